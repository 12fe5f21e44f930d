"""Removes the relocation custom sections ("linking", "reloc.*") that --emit-relocs leaves in
a wasm module wasm-split does not process (the import checker): wasm-opt cannot optimise a
module that has them. Usage: strip-relocs.py FILE.wasm (rewritten in place)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wasm_sections import leb, sections  # noqa: E402

path = sys.argv[1]
data = open(path, "rb").read()
out, dropped = bytearray(data[:8]), 0
for section_id, whole, body in sections(data):
    if section_id == 0:
        name_len, j = leb(data, body)
        name = data[j:j + name_len].decode()
        if name == "linking" or name.startswith("reloc."):
            dropped += 1
            continue
    out += whole
open(path, "wb").write(out)
print(f"strip-relocs: {dropped} section(s) removed from {path}")
