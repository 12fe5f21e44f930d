"""Removes the classes `IntoUnderlyingSource`, `IntoUnderlyingSink` and
`IntoUnderlyingByteSource` from the page's main module and its JavaScript. wasm-streams, a
dependency of Leptos's server functions (which this client-only app never calls), exports them
to JavaScript, so wasm-bindgen keeps their code and writes their classes although nothing
creates one. Their exports are taken out of the wasm (wasm-opt then drops the code only they
kept: 1.5 KB gzipped), and their classes and finalizers out of the JavaScript. Fails if it
finds nothing to remove, so a new wasm-bindgen or Leptos that changes them is noticed.
Usage: drop-stream-classes.py MAIN_bg.wasm MAIN.js (both rewritten in place)."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wasm_sections import leb, sections, uleb  # noqa: E402

CLASSES = ("IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource")
PREFIXES = tuple(p + c.lower() for c in CLASSES for p in ("", "__wbg_"))

path, js_path = sys.argv[1], sys.argv[2]
prefixes = PREFIXES
data = open(path, "rb").read()
out, dropped = bytearray(data[:8]), []
for section_id, whole, body_start in sections(data):
    if section_id != 7:  # not the exports
        out += whole
        continue
    count, j = leb(data, body_start)
    kept = []
    for _ in range(count):
        entry = j
        name_len, j = leb(data, j)
        name = data[j:j + name_len].decode()
        j += name_len + 1  # the name, then the kind
        _, j = leb(data, j)  # the index
        if name.startswith(prefixes):
            dropped.append(name)
        else:
            kept.append(data[entry:j])
    body = uleb(len(kept)) + b"".join(kept)
    out += bytes([7]) + uleb(len(body)) + body
if not dropped:
    sys.exit(f"drop-stream-classes: no export of {path} starts with {', '.join(prefixes)}")

js = open(js_path, encoding="utf-8").read()
for name in CLASSES:
    # The class, from its first line to the closing brace at the start of a line.
    js, n = re.subn(r"^export class " + name + r" \{\n.*?^\}\n", "", js, count=1, flags=re.S | re.M)
    # Its finalizer (three lines), and the line giving it Symbol.dispose.
    js, m = re.subn(r"^const " + name + r"Finalization = .*?\);\n", "", js, count=1, flags=re.S | re.M)
    js = re.sub(r"^if \(Symbol\.dispose\) " + name + r"\.prototype.*\n", "", js, flags=re.M)
    if n != 1 or m != 1:
        sys.exit(f"drop-stream-classes: class {name} or its finalizer not found in {js_path}")
if re.search(r"\b(" + "|".join(CLASSES) + r")\b", js):
    sys.exit(f"drop-stream-classes: {js_path} still names one of {', '.join(CLASSES)}")
open(path, "wb").write(out)
open(js_path, "w", encoding="utf-8").write(js)
print(f"drop-stream-classes: {len(dropped)} exports and {len(CLASSES)} classes dropped")
