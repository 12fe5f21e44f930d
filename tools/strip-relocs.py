"""Removes the relocation custom sections ("linking", "reloc.*") that --emit-relocs leaves in
a wasm module wasm-split does not process (the import checker): wasm-opt cannot optimise a
module that has them. Usage: strip-relocs.py FILE.wasm (rewritten in place)."""
import sys

def leb(b, i):
    result = shift = 0
    while True:
        byte = b[i]; i += 1
        result |= (byte & 0x7F) << shift; shift += 7
        if byte < 0x80:
            return result, i

path = sys.argv[1]
data = open(path, "rb").read()
out, i, dropped = bytearray(data[:8]), 8, 0
while i < len(data):
    start = i
    section_id = data[i]; i += 1
    size, i = leb(data, i)
    end = i + size
    if section_id == 0:
        name_len, j = leb(data, i)
        name = data[j:j + name_len].decode()
        if name == "linking" or name.startswith("reloc."):
            dropped += 1
            i = end
            continue
    out += data[start:end]
    i = end
open(path, "wb").write(out)
print(f"strip-relocs: {dropped} section(s) removed from {path}")
