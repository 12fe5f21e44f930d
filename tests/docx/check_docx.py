#!/usr/bin/env python3
"""Opens .docx files the app wrote with two real readers and checks what a user would see.

python-docx: page size, margins, fonts and sizes, the two-column header, the title, page numbers
from page 2 (a PAGE field in the default header, an empty first-page header), exact text.
LibreOffice headless (own profile folder per run, so parallel runs never collide): converts to
PDF; pdfinfo gives the page size and count, pdftotext the text of each page.

Usage: check_docx.py <file.docx> <expectations.json>
Expectations: {"texts": [...exact paragraphs...], "place_date": "...", "issuer": [...],
"heading": "...", "title": "...", "min_pages": n}
"""
import json
import os
import re
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def near(a, b, tol=Mm(0.2)):
    return abs(int(a) - int(b)) <= int(tol)


def with_python_docx(path, exp):
    doc = Document(path)
    sec = doc.sections[0]
    check(near(sec.page_width, Mm(210)) and near(sec.page_height, Mm(297)), f"page is not A4: {sec.page_width} x {sec.page_height}")
    check(near(sec.top_margin, Mm(20)) and near(sec.bottom_margin, Mm(20)), "top/bottom margins are not 20 mm")
    check(near(sec.left_margin, Mm(30)), f"left margin is not 30 mm: {sec.left_margin.mm}")
    check(near(sec.right_margin, Mm(15)), f"right margin is not 15 mm: {sec.right_margin.mm}")
    check(sec.different_first_page_header_footer, "page 1 does not have its own header")
    header_xml = sec.header._element.xml
    check(re.search(r'w:instr="\s*PAGE\s*"', header_xml) is not None, "no PAGE field in the header of pages 2+")
    check(sec.header.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER, "page number is not centred")
    check(all(p.text.strip() == "" for p in sec.first_page_header.paragraphs), "page 1 header is not empty")
    normal = doc.styles["Normal"]
    check(normal.font.name == "Times New Roman", f"body font is {normal.font.name}")
    check(normal.font.size == Pt(14), f"body size is {normal.font.size}")

    header = doc.tables[0]
    left = [p for p in header.cell(0, 0).paragraphs]
    right = [p for p in header.cell(0, 1).paragraphs]
    check([p.text for p in left][: len(exp["issuer"])] == exp["issuer"], f"issuer block: {[p.text for p in left]}")
    check(left[1].runs and left[1].runs[0].bold, "issuing union is not bold")
    check(right[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and right[0].runs[0].bold, "national title")
    check(right[1].text == "Độc lập - Tự do - Hạnh phúc" and right[1].runs[0].bold, "motto")
    check(right[2].text == exp["place_date"] and right[2].runs[0].italic, f"place and date: {right[2].text!r}")
    for p in left + right:
        for r in p.runs:
            check(r.font.size is not None and Pt(12) <= r.font.size <= Pt(14), f"header size {r.font.size} for {p.text!r}")

    paragraphs = [p for p in doc.paragraphs]
    texts = [p.text for p in paragraphs]
    if exp.get("heading"):
        i = texts.index(exp["heading"]) if exp["heading"] in texts else -1
        check(i >= 0, f"heading {exp['heading']!r} missing")
        if i >= 0:
            p = paragraphs[i]
            check(p.alignment == WD_ALIGN_PARAGRAPH.CENTER and p.runs[0].bold, "heading not bold and centred")
    check(exp["title"] in texts, f"title {exp['title']!r} missing")
    if exp["title"] in texts:
        p = paragraphs[texts.index(exp["title"])]
        check(p.alignment == WD_ALIGN_PARAGRAPH.CENTER and p.runs[0].bold, "title not bold and centred")
    in_tables = [p.text for table in doc.tables for row in table.rows for cell in row.cells for p in cell.paragraphs]
    for t in exp["texts"]:
        check(t in texts or t in in_tables, f"paragraph missing or altered: {t!r}")
    for p in paragraphs:
        for r in p.runs:
            check(r.font.name in (None, "Times New Roman"), f"run font {r.font.name}")
            check(r.font.size in (None, Pt(14), Pt(13), Pt(12), Pt(11)), f"run size {r.font.size}")


def with_libreoffice(path, exp):
    with tempfile.TemporaryDirectory() as tmp:
        profile = os.path.join(tmp, "profile")
        out = os.path.join(tmp, "out")
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", out, path]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
        pdf = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".pdf")
        if not os.path.exists(pdf):
            failures.append(f"LibreOffice made no PDF: {r.stdout} {r.stderr}")
            return
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
        check(size and abs(float(size.group(1)) - 595.3) < 1 and abs(float(size.group(2)) - 841.9) < 1, f"PDF page size: {size and size.group(0)}")
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        check(pages >= exp.get("min_pages", 1), f"only {pages} page(s)")
        page_texts = []
        for n in range(1, pages + 1):
            t = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", pdf, "-"], capture_output=True, text=True).stdout
            page_texts.append(t)
        first = page_texts[0]
        check("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first, "national title not on page 1 of the PDF")
        check(exp["place_date"] in first, "place and date not on page 1 of the PDF")
        first_line = first.strip().splitlines()[0].strip() if first.strip() else ""
        check(not re.fullmatch(r"\d+", first_line), f"page 1 starts with a page number: {first_line!r}")
        for n, t in enumerate(page_texts[1:], start=2):
            top = t.strip().splitlines()[0].strip() if t.strip() else ""
            check(top == str(n), f"page {n} does not start with its number: {top!r}")
        # Lines wrap and justified lines come out of pdftotext with spaces inside words
        # ("nhi ệm"): compare with all white space removed.
        whole = re.sub(r"\s+", "", "".join(page_texts))
        for t in exp["texts"]:
            check(re.sub(r"\s+", "", t) in whole, f"text not in the PDF: {t[:60]!r}")


def main():
    path, exp_path = sys.argv[1], sys.argv[2]
    with open(exp_path, encoding="utf-8") as f:
        exp = json.load(f)
    with_python_docx(path, exp)
    with_libreoffice(path, exp)
    if failures:
        print("\n".join(f"FAIL {path}: {f}" for f in failures))
        sys.exit(1)
    print(f"ok {path}")


if __name__ == "__main__":
    main()
