#!/usr/bin/env python3
"""Seeds for the XLSXWorkbook fuzz target's parts mode, cut from real workbooks.

usage: make-part-seeds.py FOLDER WORKBOOK...

Each seed is the first sheet, the shared strings, the styles and the workbook part of one
workbook, joined by the separator WorkbookParts.swift splits on.
"""
import hashlib
import sys
import zipfile

SEPARATOR = b"\n=====\n"
PARTS = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"]


def main() -> None:
    folder, workbooks = sys.argv[1], sys.argv[2:]
    for path in workbooks:
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
                parts = [archive.read(p) if p in names else b"" for p in PARTS]
        except (zipfile.BadZipFile, OSError):
            continue
        seed = SEPARATOR.join(parts)[:65536]
        with open(f"{folder}/parts-{hashlib.sha1(seed).hexdigest()[:16]}", "wb") as out:
            out.write(seed)


if __name__ == "__main__":
    main()
