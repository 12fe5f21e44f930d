#!/usr/bin/env python3
"""Checks .docx files the app wrote with an independent OOXML validator, openxml-audit (the
Open XML SDK's schema, semantic and package checks in Python): element order, required parts
and relationships, attribute values. Any error or warning fails; every finding is printed with
its part and path, and the validator's verdict for Word.

Usage: validate_ooxml.py <file.docx>...
"""
import sys

from openxml_audit import FileFormat, OpenXmlValidator, predict

# The Word versions the files are meant for: the oldest OOXML one and today's.
FORMATS = [FileFormat.OFFICE_2007, FileFormat.MICROSOFT_365]


def main():
    paths = sys.argv[1:]
    if not paths:
        sys.exit("usage: validate_ooxml.py <file.docx>...")
    validators = [OpenXmlValidator(file_format=f, max_errors=0) for f in FORMATS]
    bad = 0
    for path in paths:
        for validator in validators:
            result = validator.validate(path)
            if not result.errors:
                continue
            bad += 1
            fmt = result.file_format.value
            print(f"FAIL {path} ({fmt}): {predict(result).headline}")
            print(f"  errors: {result.error_count}, warnings: {result.warning_count}")
            for e in result.errors:
                print(f"  {e.severity.value}: {e.description}")
                print(f"    part {e.part_uri}, path {e.path}, node {e.node or ''}")
    if bad:
        print(f"{bad} of {len(paths) * len(FORMATS)} validations had findings")
        sys.exit(1)
    print(f"ok {len(paths)} file(s), no errors or warnings ({', '.join(f.value for f in FORMATS)})")


if __name__ == "__main__":
    main()
