"""Reading a wasm module's sections, for the build's small rewriting tools (strip-relocs.py,
drop-stream-classes.py): LEB128 numbers and the list of sections."""


def leb(b, i):
    """The unsigned LEB128 number at b[i], and the index after it."""
    result = shift = 0
    while True:
        byte = b[i]; i += 1
        result |= (byte & 0x7F) << shift; shift += 7
        if byte < 0x80:
            return result, i


def uleb(n):
    """n as unsigned LEB128."""
    out = bytearray()
    while True:
        byte = n & 0x7F; n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def sections(data):
    """Yields (section id, the section's bytes with its header, the offset of its body) for
    each section after the 8-byte preamble."""
    i = 8
    while i < len(data):
        start = i
        section_id = data[i]; i += 1
        size, i = leb(data, i)
        yield section_id, data[start:i + size], i
        i += size
