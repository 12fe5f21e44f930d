//! The upper union's table as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads the
//! Vietnamese), `;` or `,` between cells as the user's Excel expects, dates as dd/mm/yyyy text
//! that Excel does not turn into another day, and no cell that Excel would run as a formula.

use chrono::NaiveDate;

use crate::i18n;
use crate::model::date::format_dmy;
use crate::model::desk::{UnitRow, KEY_DOCUMENTS};
use crate::model::upper_plan::{PlanUnit, UnionPlan};
use crate::model::Phase;

/// What separates cells: Excel takes the list separator of the computer's regional settings
/// (`;` where the decimal mark is a comma, as in Vietnamese settings; `,` in English ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Separator {
    Semicolon,
    Comma,
}

impl Separator {
    pub fn char(self) -> char {
        match self {
            Separator::Semicolon => ';',
            Separator::Comma => ',',
        }
    }
}

/// One cell of a row.
#[derive(Clone)]
pub enum Cell {
    /// Text from a user or a file: kept as text, never a formula.
    Text(String),
    Number(i64),
    /// A day, as dd/mm/yyyy text.
    Date(NaiveDate),
}

/// A cell written out: quoted when it holds the separator, a quote or a line break.
fn write_cell(cell: &Cell, sep: Separator, out: &mut String) {
    let text = match cell {
        Cell::Number(n) => return out.push_str(&n.to_string()),
        // A tab before the day keeps it text: Excel would read "05/02/2023" as a date in
        // the computer's own order (5 February or 2 May) and show it its own way.
        Cell::Date(d) => format!("\t{}", format_dmy(*d)),
        // A cell Excel would read as a formula (=, +, -, @, or a tab or carriage return before
        // one) starts with an apostrophe instead, shown as text.
        Cell::Text(t) if t.starts_with(['=', '+', '-', '@', '\t', '\r']) => format!("'{t}"),
        Cell::Text(t) => t.clone(),
    };
    if text.contains([sep.char(), '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&text);
    }
}

/// A whole CSV file: the byte-order mark, then each row on its own line (CRLF, as Excel writes).
pub fn write(rows: &[Vec<Cell>], sep: Separator) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                out.push(sep.char());
            }
            write_cell(cell, sep, &mut out);
        }
        out.push_str("\r\n");
    }
    out
}

fn yes_no(b: bool) -> Cell {
    Cell::Text(if b { i18n::vi::YES } else { i18n::vi::NO }.to_string())
}

/// The results columns, after the file's: quorum figures, the executive committee's seats,
/// those elected and their make-up, the inspection committee, the chair elected directly.
const RESULT_COLUMNS: [&str; 14] = [
    i18n::vi::DESK_COL_SUMMONED,
    i18n::vi::DESK_COL_PRESENT,
    i18n::vi::DESK_COL_EXEC_SEATS,
    i18n::vi::DESK_COL_EXEC_ELECTED,
    i18n::vi::DESK_RESULTS_WOMEN,
    i18n::vi::DESK_RESULTS_UNDER_35,
    i18n::vi::DESK_RESULTS_UNDER_40,
    i18n::vi::DESK_RESULTS_PARTY,
    i18n::vi::DESK_RESULTS_ETHNIC,
    i18n::vi::DESK_RESULTS_RE_ELECTED,
    i18n::vi::DESK_COL_BIRTHS_UNKNOWN,
    i18n::vi::DESK_COL_INSP_SEATS,
    i18n::vi::DESK_COL_INSP_ELECTED,
    i18n::vi::DESK_COL_CHAIR_DIRECT,
];

/// A unit's results in `RESULT_COLUMNS` order; empty cells where it sent none.
fn result_cells(r: Option<&crate::model::results::ResultsSummary>) -> Vec<Cell> {
    let Some(r) = r else { return vec![Cell::Text(String::new()); RESULT_COLUMNS.len()] };
    let n = |v: Option<u32>| v.map_or(Cell::Text(String::new()), |v| Cell::Number(v.into()));
    let exec = r.executive.is_some();
    let c = r.composition;
    let group = |v: u32| n(exec.then_some(v));
    vec![
        n(r.summoned),
        n(r.present),
        n(r.executive.map(|f| f.seats)),
        n(r.executive.map(|f| f.elected)),
        group(c.women),
        group(c.under_35),
        group(c.under_40),
        group(c.party_members),
        group(c.ethnic_minority),
        group(c.re_elected),
        group(c.births_unknown),
        n(r.inspection.map(|f| f.seats)),
        n(r.inspection.map(|f| f.elected)),
        yes_no(r.chair_at_congress),
    ]
}

/// The upper union's table as of `today`: a header, then one row per unit in `rows`' order.
pub fn desk_table(rows: &[&UnitRow], plan: Option<(&UnionPlan, &[&PlanUnit])>, today: NaiveDate, sep: Separator) -> String {
    let mut header: Vec<Cell> = [
        i18n::vi::DESK_COL_UNIT,
        i18n::vi::DESK_COL_LEVEL,
        i18n::vi::DESK_COL_KIND,
        i18n::vi::DESK_COL_PILOT,
        i18n::vi::DESK_COL_DATE,
        i18n::vi::DESK_COL_CUT_OFF,
        i18n::vi::DESK_COL_WITHIN,
        i18n::vi::DESK_COL_HELD,
        i18n::vi::DESK_COL_LATE,
        i18n::vi::DESK_COL_DONE,
        i18n::vi::DESK_COL_APPLICABLE,
    ]
    .into_iter()
    .map(|h| Cell::Text(h.to_string()))
    .collect();
    header.extend(Phase::ALL.into_iter().map(|p| Cell::Text(i18n::vi::desk_phase_percent(p))));
    header.push(Cell::Text(i18n::vi::DESK_COL_OVERDUE.to_string()));
    header.extend(KEY_DOCUMENTS.into_iter().map(|k| Cell::Text(i18n::vi::desk_document(k).to_string())));
    header.extend([i18n::vi::DESK_COL_SENT, i18n::vi::DESK_COL_DAYS_SINCE, i18n::vi::DESK_COL_CODE, i18n::vi::DESK_COL_FILE].map(|h| Cell::Text(h.to_string())));
    let width = header.len();
    header.extend(RESULT_COLUMNS.map(|h| Cell::Text(h.to_string())));
    let mut table = vec![header];
    let codes = plan.map(|(p, _)| crate::model::desk::PlanCodes::of(p));
    for row in rows {
        let s = row.standing(today);
        let (done, applicable) = row.progress();
        let mut cells = vec![
            Cell::Text(row.unit_name.clone()),
            Cell::Text(i18n::vi::level_name(row.level).to_string()),
            Cell::Text(if row.conference { i18n::vi::DESK_CONFERENCE } else { i18n::vi::kind_name(row.kind) }.to_string()),
            yes_no(row.pilot),
            Cell::Date(row.date),
            row.cut_off.map_or(Cell::Text(i18n::vi::DESK_OUT_OF_CYCLE.to_string()), Cell::Date),
            s.within_cut_off.map_or(Cell::Text(String::new()), yes_no),
            yes_no(s.held),
            yes_no(s.late),
            Cell::Number(done.into()),
            Cell::Number(applicable.into()),
        ];
        cells.extend(Phase::ALL.into_iter().map(|phase| match row.phases.iter().find(|p| p.phase == phase) {
            Some(p) => Cell::Number(i64::from(p.done * 100 / p.applicable.max(1))),
            None => Cell::Text(String::new()),
        }));
        cells.push(Cell::Number(s.overdue as i64));
        cells.extend(row.documents.iter().map(|d| Cell::Text(i18n::vi::doc_state_text(*d).to_string())));
        cells.push(row.sent_on().map_or(Cell::Text(String::new()), Cell::Date));
        cells.push(Cell::Number(s.days_since_sent));
        cells.push(Cell::Text(row.code.clone().unwrap_or_default()));
        let outside = codes.as_ref().is_some_and(|c| c.outside(row));
        cells.push(Cell::Text(if outside { i18n::vi::DESK_OUTSIDE_PLAN } else { i18n::vi::DESK_FILE_RECEIVED }.to_string()));
        cells.extend(result_cells(row.results.as_ref()));
        table.push(cells);
    }
    // The plan's units that sent nothing: name, level, pilot, the cut-off that applies.
    if let Some((p, missing)) = plan {
        for unit in missing {
            let mut cells = vec![
                Cell::Text(unit.name.clone()),
                Cell::Text(i18n::vi::level_name(p.level).to_string()),
                Cell::Text(if unit.conference { i18n::vi::DESK_CONFERENCE.to_string() } else { String::new() }),
                yes_no(unit.pilot_cut_off.is_some()),
                Cell::Text(String::new()),
                p.cut_off_for(unit).map_or(Cell::Text(i18n::vi::DESK_OUT_OF_CYCLE.to_string()), Cell::Date),
            ];
            cells.resize(width - 2, Cell::Text(String::new()));
            cells.push(Cell::Text(unit.code.clone()));
            cells.push(Cell::Text(i18n::vi::DESK_FILE_MISSING.to_string()));
            cells.extend(result_cells(None));
            table.push(cells);
        }
    }
    write(&table, sep)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_neutralised_and_dated_as_text() {
        let d = NaiveDate::from_ymd_opt(2023, 5, 2).unwrap();
        let rows = vec![vec![
            Cell::Text("Công đoàn \"Lê Lợi\"; cơ sở".into()),
            Cell::Text("=HYPERLINK(\"http://x\")".into()),
            Cell::Text("+1".into()),
            Cell::Text("-2".into()),
            Cell::Text("@SUM(A1)".into()),
            Cell::Text("\t=1".into()),
            Cell::Number(-3),
            Cell::Date(d),
            Cell::Text("hai\ndòng".into()),
        ]];
        let csv = write(&rows, Separator::Semicolon);
        assert_eq!(
            csv,
            "\u{feff}\"Công đoàn \"\"Lê Lợi\"\"; cơ sở\";\"'=HYPERLINK(\"\"http://x\"\")\";'+1;'-2;'@SUM(A1);'\t=1;-3;\t02/05/2023;\"hai\ndòng\"\r\n"
        );
        // With commas, a semicolon needs no quotes but a comma does.
        let csv = write(&[vec![Cell::Text("a;b".into()), Cell::Text("a,b".into())]], Separator::Comma);
        assert_eq!(csv, "\u{feff}a;b,\"a,b\"\r\n");
    }

    #[test]
    fn the_desk_table_has_a_header_and_one_row_per_unit_in_order() {
        let mut a = crate::templates::sample_congress();
        a.unit_name = "=Công đoàn A".into();
        let mut b = a.clone();
        b.unit_name = "Công đoàn Bình Minh".into();
        b.round = None;
        let mut rows = [UnitRow::of(&b, &[], false, "2023-05-20T18:00:00Z"), UnitRow::of(&a, &[], true, "2023-05-20T01:00:00Z")];
        use crate::model::results::{Composition, Filled, ResultsSummary};
        rows[0].results = Some(ResultsSummary {
            summoned: Some(30),
            present: Some(28),
            executive: Some(Filled { seats: 9, elected: 8 }),
            chair_at_congress: true,
            chair_elected: true,
            composition: Composition { women: 3, under_35: 1, under_40: 2, party_members: 5, ethnic_minority: 0, re_elected: 4, births_unknown: 1 },
            ..Default::default()
        });
        let today = NaiveDate::from_ymd_opt(2023, 5, 25).unwrap();
        let csv = desk_table(&rows.iter().collect::<Vec<_>>(), None, today, Separator::Semicolon);
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 3);
        let header: Vec<&str> = lines[0].split(';').collect();
        let first: Vec<&str> = lines[1].split(';').collect();
        let second: Vec<&str> = lines[2].split(';').collect();
        assert_eq!(header.len(), first.len());
        assert_eq!(header.len(), second.len());
        assert_eq!(header[0], i18n::vi::DESK_COL_UNIT);
        assert_eq!(first[0], "Công đoàn Bình Minh");
        assert_eq!(second[0], "'=Công đoàn A", "a name that looks like a formula stays text");
        let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
        assert_eq!(first[col(i18n::vi::DESK_COL_CUT_OFF)], i18n::vi::DESK_OUT_OF_CYCLE);
        assert_eq!(first[col(i18n::vi::DESK_COL_SENT)], "\t21/05/2023", "sent after 17:00 UTC is the next day in Vietnam");
        assert_eq!(first[col(i18n::vi::DESK_COL_DAYS_SINCE)], "4");
        assert_eq!(first[col(i18n::vi::desk_document(KEY_DOCUMENTS[0]))], i18n::vi::DESK_DOC_NOT_SENT);
        assert_eq!(second[col(i18n::vi::desk_document(KEY_DOCUMENTS[0]))], i18n::vi::DESK_DOC_NOT_STARTED);
        assert_eq!(second[col(i18n::vi::DESK_COL_DATE)], format!("\t{}", format_dmy(a.date)));
        assert_eq!(first[col(i18n::vi::DESK_COL_FILE)], i18n::vi::DESK_FILE_RECEIVED);
        // The results sent, as numbers; none sent leaves the cells empty.
        let results = |line: &[&str]| RESULT_COLUMNS.map(|c| line[col(c)].to_string());
        assert_eq!(results(&first), ["30", "28", "9", "8", "3", "1", "2", "5", "0", "4", "1", "", "", i18n::vi::YES].map(String::from));
        assert!(results(&second).iter().all(String::is_empty));
    }

    #[test]
    fn with_a_plan_the_units_that_sent_nothing_follow_with_their_code() {
        use crate::model::upper_plan::{apply, parse_units};
        let plan = UnionPlan {
            upper_union: "Công đoàn phường Bến Thành".into(),
            level: crate::model::Level::Grassroots,
            round: None,
            units: parse_units("BT01; Công đoàn Kết Đoàn\nBT02; Công đoàn Đông Á; 15/10/2025; x\nBT03; @Công đoàn Ba").unwrap(),
            due_offsets: Vec::new(),
            guidance: Vec::new(),
        };
        let mut a = crate::templates::sample_congress();
        apply(&mut a, &plan, "BT01", "2025-06-02T01:00:00Z", |_| None).unwrap();
        let stray = crate::templates::sample_congress();
        let rows = [UnitRow::of(&a, &[], false, "2025-06-10T01:00:00Z"), UnitRow::of(&stray, &[], false, "2025-06-10T01:00:00Z")];
        let missing = crate::model::desk::not_received(&plan, &rows);
        let today = NaiveDate::from_ymd_opt(2025, 6, 12).unwrap();
        let csv = desk_table(&rows.iter().collect::<Vec<_>>(), Some((&plan, &missing)), today, Separator::Semicolon);
        let lines: Vec<Vec<&str>> = csv.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty()).map(|l| l.split(';').collect()).collect();
        assert_eq!(lines.len(), 5, "header, two files, two units not received");
        assert!(lines.iter().all(|l| l.len() == lines[0].len()));
        let col = |name: &str| lines[0].iter().position(|h| *h == name).unwrap();
        assert_eq!((lines[1][col(i18n::vi::DESK_COL_CODE)], lines[1][col(i18n::vi::DESK_COL_FILE)]), ("BT01", i18n::vi::DESK_FILE_RECEIVED));
        assert_eq!((lines[2][col(i18n::vi::DESK_COL_CODE)], lines[2][col(i18n::vi::DESK_COL_FILE)]), ("", i18n::vi::DESK_OUTSIDE_PLAN));
        assert_eq!(lines[3][0], "Công đoàn Đông Á");
        assert_eq!(lines[3][col(i18n::vi::DESK_COL_KIND)], i18n::vi::DESK_CONFERENCE);
        assert_eq!(lines[3][col(i18n::vi::DESK_COL_PILOT)], i18n::vi::YES);
        assert_eq!(lines[3][col(i18n::vi::DESK_COL_CUT_OFF)], "\t15/10/2025");
        assert_eq!((lines[3][col(i18n::vi::DESK_COL_CODE)], lines[3][col(i18n::vi::DESK_COL_FILE)]), ("BT02", i18n::vi::DESK_FILE_MISSING));
        assert_eq!(lines[4][0], "'@Công đoàn Ba", "a plan's name is neutralised too");
    }
}
