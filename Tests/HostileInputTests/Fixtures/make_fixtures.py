#!/usr/bin/env python3
"""Writes the hostile input files in this folder (the outputs are committed; run it again to check).

Each file is one attack or breakage a shared drive or a stranger's upload can hold. They are
small: the 100 MB cell is made by the test itself at run time (make_fixtures.py --big-cell PATH
writes its workbook form). Deterministic: zip entries carry a fixed date.
Usage: python3 make_fixtures.py
"""
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

HEADER = ["No. Reg", "Nama Usaha", "Sektor", "Kecamatan", "Tanggal Daftar", "Status Binaan"]
GOOD_ROW = ["MDN-0001", "Warung Nasi Bu Ani", "Kuliner", "Medan Baru", "31/07/2021", "Ya"]


def inline_row(number, values):
    cells = "".join(
        f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>' for i, v in enumerate(values)
    )
    return f'<row r="{number}">{cells}</row>'


def sheet_xml(rows, before="", prolog=""):
    return f'<?xml version="1.0"?>{prolog}<worksheet xmlns="{MAIN}">{before}<sheetData>{rows}</sheetData></worksheet>'


def workbook(path, sheets, shared_strings=None, compression=zipfile.ZIP_DEFLATED):
    """A workbook of (name, sheet XML) pairs, optionally with a sharedStrings part."""
    entries = [
        ("[Content_Types].xml",
         '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'spreadsheetml.sheet.main+xml"/></Types>'),
        ("_rels/.rels",
         f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    ]
    sheet_list = "".join(
        f'<sheet name="{name}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (name, _) in enumerate(sheets)
    )
    entries.append(("xl/workbook.xml",
                    f'<?xml version="1.0"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{sheet_list}</sheets></workbook>'))
    rels = "".join(
        f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
        for i in range(len(sheets))
    )
    if shared_strings is not None:
        rels += f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    entries.append(("xl/_rels/workbook.xml.rels",
                    f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                    f'relationships">{rels}</Relationships>'))
    for i, (_, xml) in enumerate(sheets):
        entries.append((f"xl/worksheets/sheet{i + 1}.xml", xml))
    if shared_strings is not None:
        entries.append(("xl/sharedStrings.xml", shared_strings))
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = compression
            archive.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def good_rows():
    return inline_row(1, HEADER) + inline_row(2, GOOD_ROW)


def main():
    # A sheet that inflates 1,100:1 (64 MiB of spaces inside a row), past the 1000:1 limit.
    bomb = sheet_xml(good_rows().encode().decode() + "<row r=\"3\">" + " " * (64 << 20) + "</row>")
    workbook(os.path.join(HERE, "zip-bomb.xlsx"), [("Registrasi", bomb)])

    # Billion laughs: ten levels of ten entity references in the shared strings.
    laughs = "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' if i else '<!ENTITY lol0 "lol">' for i in range(10)
    )
    shared = (f'<?xml version="1.0"?><!DOCTYPE sst [{laughs}]><sst xmlns="{MAIN}">'
              + "".join(f"<si><t>{h}</t></si>" for h in HEADER) + "<si><t>&lol9;</t></si></sst>")
    shared_row = '<row r="1">' + "".join(f'<c r="{chr(65 + i)}1" t="s"><v>{i}</v></c>' for i in range(6)) + "</row>"
    workbook(os.path.join(HERE, "billion-laughs.xlsx"), [("Registrasi", sheet_xml(shared_row))], shared)

    # An external entity that would pull /etc/passwd into a cell.
    xxe = sheet_xml(good_rows() + '<row r="3"><c r="B3" t="inlineStr"><is><t>&xxe;</t></is></c></row>',
                    prolog='<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
    workbook(os.path.join(HERE, "external-entity.xlsx"), [("Registrasi", xxe)])

    # A dimension that claims 2^31 rows over a sheet of two: nothing may be sized from it.
    claim = sheet_xml(good_rows(), before='<dimension ref="A1:F2147483648"/>')
    workbook(os.path.join(HERE, "dimension-2-31-rows.xlsx"), [("Registrasi", claim)])

    # A row numbered 2^31: past Excel's 1,048,576 rows.
    deep = sheet_xml(good_rows() + inline_row(2147483648, GOOD_ROW))
    workbook(os.path.join(HERE, "row-2-31.xlsx"), [("Registrasi", deep)])

    # Shared-string index 7 in a table of 6.
    table = f'<?xml version="1.0"?><sst xmlns="{MAIN}">' + "".join(f"<si><t>{h}</t></si>" for h in HEADER) + "</sst>"
    past = shared_row + '<row r="2"><c r="A2" t="s"><v>7</v></c></row>'
    workbook(os.path.join(HERE, "shared-string-past-table.xlsx"), [("Registrasi", sheet_xml(past))], table)

    # A sheet named like a path out of the output folder.
    workbook(os.path.join(HERE, "path-like-sheet-name.xlsx"), [("../../etc", sheet_xml(good_rows()))])

    csv_header = ",".join(HEADER) + "\n"
    # Invalid UTF-8 (a lone continuation byte, a cut sequence) after the 64 KiB sample that decides the
    # encoding, so the file is read as UTF-8 and the bad bytes reach the decoder.
    valid = "".join(f"MDN-{n},Kopi Kenangan {n},Kuliner,Medan Johor,31/07/2021,Ya\n" for n in range(1000, 3000))
    write("invalid-utf8.csv", (csv_header + valid + "MDN-3000,Toko ").encode() + b"\x80\xc3"
          + " Jaya,Dagang,Medan Kota,31/07/2021,Ya\n".encode())

    # NUL bytes inside a field and as a whole field.
    write("nul-bytes.csv", (csv_header + "MDN-0001,Warung\x00Nasi,Kuliner,Medan Baru,31/07/2021,Ya\n"
                            "\x00,\x00,\x00,\x00,\x00,\x00\n").encode())

    # One quote opened on row 3 and never closed.
    write("unterminated-quote.csv", (csv_header + "MDN-0001,Warung Nasi Bu Ani,Kuliner,Medan Baru,31/07/2021,Ya\n"
                                     "MDN-0002,\"Toko Jaya,Dagang,Medan Kota,31/07/2021,Ya\n"
                                     "MDN-0003,Kopi Kenangan Lama,Kuliner,Medan Johor,31/07/2021,Ya\n").encode())

    # A project whose registry is outside the project folder.
    os.makedirs(os.path.join(HERE, "project-path-escape"), exist_ok=True)
    write("project-path-escape/berdaya.yaml", b"title: Path escape\nregion: \"12.71\"\ninputs:\n"
          b"  registry:\n    - ../../../../../../etc/passwd\n")


def big_cell(path, size):
    """A workbook whose one data cell holds `size` bytes, stored (not deflated) so no ratio trips."""
    rows = good_rows() + f'<row r="3"><c r="B3" t="inlineStr"><is><t>{"x" * size}</t></is></c></row>'
    workbook(path, [("Registrasi", sheet_xml(rows))], compression=zipfile.ZIP_STORED)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--big-cell":
        big_cell(sys.argv[2], int(sys.argv[3]))
    else:
        main()
