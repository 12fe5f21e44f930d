#!/usr/bin/env python3
"""The upper union's summary table over a folder of unit files, with DuckDB: the same facts as
the app's desk (held, within the cut-off, late, progress, overdue tasks, the key documents'
states, when each file was sent, and the results a unit sent: attendance, seats and those
elected, the executive committee elected by group), for thousands of units past what one
browser holds.

    python3 desk_summary.py <folder of unit files> <today as yyyy-mm-dd> [schema.json] > summary.csv

The columns `read_json` reads are derived from the published JSON Schema (never guessed from
the first files), so a field that is optional, or absent from every file read so far, still has
its column and is never silently dropped. A unit is known by its code in the upper union's
plan, else by its congress id; a unit sent twice keeps the file exported last. Output: CSV,
one line per unit, dates as yyyy-mm-dd, booleans as true/false, sorted by that key.
"""
import json
import os
import sys

import duckdb

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.path.join(HERE, "..", "..", "schema", "congress-notebook-v1.schema.json")


def duck_type(node, defs):
    """The DuckDB type of a JSON Schema node."""
    if "$ref" in node:
        return duck_type(defs[node["$ref"].split("/")[-1]], defs)
    for key in ("anyOf", "oneOf"):
        if key in node:
            options = [o for o in node[key] if o.get("type") != "null"]
            if len(options) == 1:
                return duck_type(options[0], defs)
            if all(o.get("type") == "string" for o in options):
                return "VARCHAR"  # an enumeration written one documented value at a time
            objects = [o for o in options if "properties" in o or "$ref" in o]
            if len(objects) == len(options):
                # One object or another (a due rule: offset_days or fixed): every field, each
                # null where the other form is used.
                merged = {}
                for o in objects:
                    o = defs[o["$ref"].split("/")[-1]] if "$ref" in o else o
                    merged.update(o.get("properties", {}))
                return duck_type({"type": "object", "properties": merged}, defs)
            return "JSON"  # a string or an object (a task's basis): kept as JSON
    kind = node.get("type")
    if isinstance(kind, list):
        kind = [k for k in kind if k != "null"][0]
    if kind == "object":
        fields = ", ".join(f'"{name}" {duck_type(p, defs)}' for name, p in sorted(node.get("properties", {}).items()))
        return f"STRUCT({fields})"
    if kind == "array":
        return duck_type(node["items"], defs) + "[]"
    if kind == "string":
        return "DATE" if node.get("format") == "date" else "VARCHAR"
    if kind == "integer":
        return "BIGINT"
    if kind == "boolean":
        return "BOOLEAN"
    raise ValueError(f"no DuckDB type for {node}")


def unit_columns(schema):
    """The columns of a unit file: the envelope's fields and the unit's `data`."""
    defs = schema["$defs"]
    props = dict(schema["properties"])
    unit = next(o for o in schema["oneOf"] if o["properties"]["kind"].get("const") == "unit")
    props.update(unit["properties"])
    return {name: duck_type(p, defs) for name, p in sorted(props.items())}


SUMMARY = """
WITH files AS (
    SELECT * FROM read_json($files, columns = {columns}, format = 'auto', records = true,
                            filename = true, maximum_object_size = 67108864)
    WHERE format = 'congress-notebook' AND version = 1 AND kind = 'unit'
),
latest AS (
    SELECT * FROM files
    QUALIFY row_number() OVER (PARTITION BY data.congress.plan.code IS NOT NULL,
                                            coalesce(data.congress.plan.code, data.congress.id)
                               ORDER BY exported_at DESC, filename) = 1
),
units AS (
    SELECT
        data.congress AS c,
        coalesce(data.drafts, []) AS drafts,
        coalesce(data.includes_drafts, false) AS includes_drafts,
        data.results AS r,
        CAST(strptime(exported_at, '%Y-%m-%dT%H:%M:%SZ') + INTERVAL 7 HOUR AS DATE) AS sent_on,
        coalesce(data.congress.pilot_cut_off,
                 list_filter(data.congress.round.cut_offs, x -> x.level = data.congress.level)[1].date) AS cut_off
    FROM latest
),
facts AS (
    SELECT *,
        c.date <= $today AND len(list_filter(c.tasks, t -> t.template_key = 'congress.hold' AND t.status = 'done')) > 0 AS held,
        len(list_filter(c.tasks, t -> t.status = 'done')) AS done,
        len(list_filter(c.tasks, t -> t.status <> 'not_applicable')) AS applicable,
        len(list_filter(c.tasks, t -> t.status NOT IN ('done', 'not_applicable')
            AND coalesce(t.due.fixed, c.date + CAST(t.due.offset_days AS INTEGER)) < $today)) AS overdue
    FROM units
)
SELECT
    c.id AS congress_id, c.plan.code AS code, coalesce(c.conference, false) AS conference,
    c.unit_name, c.level, c.kind,
    c.pilot_cut_off IS NOT NULL AS pilot, c.date, cut_off,
    CASE WHEN cut_off IS NULL THEN NULL ELSE c.date <= cut_off END AS within_cut_off,
    held,
    cut_off IS NOT NULL AND (c.date > cut_off OR (cut_off < $today AND NOT held)) AS late,
    done, applicable, overdue,
    {documents},
    sent_on,
    $today - sent_on AS days_since_sent,
    $today - sent_on >= 14 AS stale,
    r.summoned AS summoned, r.present AS present,
    r.executive.seats AS executive_seats, r.executive.elected AS executive_elected,
    CASE WHEN r.executive IS NULL THEN NULL ELSE r.composition.women END AS women,
    CASE WHEN r.executive IS NULL THEN NULL ELSE r.composition.under_35 END AS under_35,
    CASE WHEN r.executive IS NULL THEN NULL ELSE r.composition.under_40 END AS under_40,
    CASE WHEN r.executive IS NULL THEN NULL ELSE r.composition.party_members END AS party_members,
    CASE WHEN r.executive IS NULL THEN NULL ELSE r.composition.ethnic_minority END AS ethnic_minority,
    CASE WHEN r.executive IS NULL THEN NULL ELSE r.composition.re_elected END AS re_elected,
    CASE WHEN r.executive IS NULL THEN NULL ELSE r.composition.births_unknown END AS births_unknown,
    r.inspection.seats AS inspection_seats, r.inspection.elected AS inspection_elected,
    r.chair_at_congress AS chair_at_congress
FROM facts
ORDER BY coalesce(c.plan.code, c.id)
"""

STATUSES = ["draft", "sent_upper", "comments_received", "final"]


def document_state(kind):
    """The key document `kind`: the furthest draft's status, else not started or not sent."""
    rank = " ".join(f"WHEN '{s}' THEN {i + 1}" for i, s in enumerate(STATUSES))
    name = " ".join(f"WHEN {i + 1} THEN '{s}'" for i, s in enumerate(STATUSES))
    furthest = (f"list_max(list_transform(list_filter(drafts, d -> d.congress_id = c.id AND d.kind = '{kind}'), "
                f"d -> CASE d.status {rank} END))")
    return (f"CASE {furthest} {name} ELSE "
            f"CASE WHEN includes_drafts OR len(drafts) > 0 THEN 'not_started' ELSE 'not_sent' END END AS {kind}")


def summary(folder, today, schema_path=SCHEMA):
    with open(schema_path, encoding="utf-8") as f:
        columns = unit_columns(json.load(f))
    spec = "{" + ", ".join(f"'{name}': '{kind}'" for name, kind in columns.items()) + "}"
    documents = ",\n    ".join(document_state(k) for k in ("term_report", "personnel_plan", "resolution"))
    sql = SUMMARY.replace("{columns}", spec).replace("{documents}", documents)
    con = duckdb.connect()
    return con.execute(sql, {"files": os.path.join(folder, "*.json"), "today": today}).fetchall(), \
        [d[0] for d in con.description]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    import csv
    import datetime
    rows, names = summary(sys.argv[1], datetime.date.fromisoformat(sys.argv[2]), *sys.argv[3:4])
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(names)
    for row in rows:
        out.writerow(["" if v is None else str(v).lower() if isinstance(v, bool) else v for v in row])


if __name__ == "__main__":
    main()
