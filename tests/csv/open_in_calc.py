#!/usr/bin/env python3
"""Opens a CSV the way a spreadsheet user does: LibreOffice Calc imports it (UTF-8, the given
separator, quotes) and saves it as .xlsx; then prints, as JSON, every cell of the first sheet
as Calc typed it: ["s", text] for text, ["n", number] for a number (a date Calc recognised is
a number too). Only the standard library and LibreOffice.

    open_in_calc.py FILE.csv ';'|','
"""
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def column(ref):
    n = 0
    for ch in ref:
        if ch.isalpha():
            n = n * 26 + ord(ch.upper()) - 64
    return n - 1


def main():
    path, sep = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        profile = os.path.join(tmp, "profile")
        # Filter options: separator, text delimiter ("), character set 76 (UTF-8), first line 1.
        options = f"CSV:{ord(sep)},34,76,1"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               f"--infilter={options}", "--convert-to", "xlsx", "--outdir", tmp, path]
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
        book = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
        if not os.path.exists(book):
            sys.exit(f"LibreOffice Calc made no .xlsx: {run.stdout} {run.stderr}")
        with zipfile.ZipFile(book) as z:
            shared = []
            if "xl/sharedStrings.xml" in z.namelist():
                for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
                    shared.append("".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")))
            sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in sheet.find("m:sheetData", NS).findall("m:row", NS):
        cells = []
        for c in row.findall("m:c", NS):
            while len(cells) < column(c.get("r")):
                cells.append(None)
            kind, v = c.get("t"), c.find("m:v", NS)
            if kind == "s":
                cells.append(["s", shared[int(v.text)]])
            elif kind == "inlineStr":
                cells.append(["s", "".join(t.text or "" for t in c.iter(f"{{{NS['m']}}}t"))])
            elif v is not None:
                cells.append(["n", float(v.text)])
            else:
                cells.append(None)
        rows.append(cells)
    print(json.dumps(rows, ensure_ascii=False))


if __name__ == "__main__":
    main()
