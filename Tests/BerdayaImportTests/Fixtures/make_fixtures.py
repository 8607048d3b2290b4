#!/usr/bin/env python3
"""Writes the importer fixtures in this folder (run once; the outputs are committed).

Each file imitates what a Dinas Koperasi dan UKM office actually sends: title rows above the
header, Excel-in-Indonesian-locale semicolons, Windows-1252 text, a BOM, CRLF with quoted
newlines, a header merged over two rows, and a workbook with hidden and summary sheets.
Usage: python3 make_fixtures.py   (needs openpyxl for the .xlsx)
"""
import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, text, encoding="utf-8", newline="\n"):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(text.replace("\n", newline).encode(encoding))


# 1. Semicolon CSV saved by Excel in an Indonesian locale, with title rows and a totals row.
registry_semicolon = """DATA UMKM BINAAN DINAS KOPERASI DAN UKM KOTA MEDAN;;;;;;;;;;;;;;;
TAHUN 2021;;;;;;;;;;;;;;;
;;;;;;;;;;;;;;;
No;No. Reg;NIB;NIK;NAMA UMKM;Nama Pemilik;L/P;Sektor Usaha;Skala Usaha;Kec.;Kel.;Alamat;Tgl Daftar;Status Binaan;Omzet Bulanan (Rp);Jml TK
1;MDN-2021-0001;9120001234567;1271012345670001;Warung Nasi Bu Ani;Ani Lubis;P;Makanan & Minuman;Mikro;Medan Baru;Babura;Jl. Sei Batang Hari No. 5;31/07/2021;Ya;1.500.000;2
2;MDN-2021-0002;9120001234568;1271012345670002;Bengkel Jaya;Budi Santoso;Laki-laki;Jasa;Kecil;Medan Petisah;Sei Sikambing D;"Jl. Gatot Subroto No. 12; Ruko 3";31-07-2021;Tidak;Rp 2.500.000,00;5
3;MDN-2021-0003;;1271012345670003;Kerajinan Ulos Tarutung;Rina Sitompul;Perempuan;Kerajinan;Mikro;Medan Kota;Pasar Baru;Jl. Thamrin No. 7;31 Juli 2021;Y;750.000;1
4;MDN-2021-0004;9120001234570;;Toko Sembako Berkah;Ahmad Nasution;L;Perdagangan;Menengah;Medan Baru;Petisah Hulu;Jl. Iskandar Muda No. 40;2021-07-31;T;Rp 12.000.000;8
5;MDN-2021-0005;;;Kopi Kenangan Lama;Siti Aminah;P;Kuliner;Mikro;Medan Johor;Kwala Bekala;;31 Jul 2021;Ya;3.250.000;3
6;MDN-2021-0006;;;Laundry Bersih;Dewi Sartika;P;Jasa;Mikro;Medan Johor;Gedung Johor;;44408;Ya;1.000.000;2
7;;;;;Pak Udin;L;Jasa;Mikro;Medan Baru;Babura;;31/07/2021;Ya;500.000;1
8;MDN-2021-0008;;127101234567000;Fotokopi Cepat;Joko Susilo;L;Jasa;Mikro;Medan Baru;Babura;;15/03/2021;Ya;800.000;1
9;MDN-2021-0009;;;Salon Cantik;Maya Sari;P;Jasa;Mikro;Medan Kota;Pasar Baru;;31/02/2021;Ya;600.000;1
;;;;;;;;;;;;;;;
JUMLAH;;;;;;;;;;;;;;21.400.000;24
"""
write("registry-title-rows-semicolon.csv", registry_semicolon)

# 2. Comma CSV saved by Excel on Windows: Windows-1252 bytes (é = E9, ’ = 92), English numbers.
registry_1252 = """No Registrasi,Nama Usaha,Nama Pemilik,Jenis Kelamin,Bidang Usaha,Kecamatan,Kelurahan,Tanggal Daftar,Binaan,Omzet,Tenaga Kerja
MDN-0101,Café Senja,José Manurung,L,Kuliner,Medan Tuntungan,Lau Cih,05/01/2020,Ya,"2,750,000",3
MDN-0102,Kedai D’Tuntungan,Rosé Ginting,P,Makanan & Minuman,Medan Tuntungan,Simpang Selayang,2020-02-14,Tidak,"1,234,567.50",2
"""
write("registry-windows-1252.csv", registry_1252, encoding="cp1252", newline="\r\n")

# 3. Tab-separated UTF-8 with a byte-order mark (Excel's "Unicode text" and Google Sheets' TSV).
registry_tsv = "\ufeff" + """No Reg\tNama UMKM\tNIB\tNIK Pemilik\tJK\tSektor\tKecamatan\tKelurahan\tTanggal Registrasi\tStatus\tOmset Bulanan\tTK
MDN-0201\tRumah Makan Sederhana\t'9120001234571\t1271 0123 4567 0010\tPria\tMakanan & Minuman\tMedan Area\tSukaramai I\tSenin, 2 Agustus 2021\tbinaan\t4.000.000\t6
MDN-0202\tJahit Rapi\t9120001234572\t1271012345670011\tWanita\tFashion\tMedan Area\tPasar Merah Timur\t02/08/21\tbukan binaan\t900000\t1
"""
write("registry-utf8-bom-tab.tsv", registry_tsv)

# 4. Activities: CRLF, quoted fields holding commas and a line break, kinds written many ways.
activities = """ID Kegiatan,Nama Kegiatan,Jenis Kegiatan,Tanggal Kegiatan,No. Reg,NIB,NIK Peserta,Nama Usaha,Kelurahan,Lokasi Kegiatan,Biaya (Rp),Penyelenggara,Status
K-001,"Pelatihan Kewirausahaan, Angkatan I",Pelatihan,12/03/2021,MDN-2021-0001,,,Warung Nasi Bu Ani,Babura,Medan Baru,"Rp 5.000.000",Dinas Koperasi,
K-002,Bimtek Digital Marketing,,"Senin, 14 Juni 2021",MDN-2021-0002,,,,,Medan Petisah,2.500.000,"Dinas Kominfo, Kota Medan",Aktif
K-003,"Bantuan Mesin Jahit
(tahap 2)",Bantuan Mesin Jahit,2021-08-17,,9120001234570,,Toko Sembako Berkah,Petisah Hulu,Medan Baru,"12.500.000",Dinas Koperasi,
K-004,Fasilitasi NIB,Fasilitasi NIB,05/05/2021,,,1271012345670003,Kerajinan Ulos Tarutung,Pasar Baru,Medan Kota,0,DPMPTSP,Tidak aktif
K-005,Pameran HUT Kota,Pameran HUT Kota,01 Jul 2021,MDN-2021-0005,,,Kopi Kenangan Lama,Kwala Bekala,Medan Johor,"Rp 1.500.000,-",Pemko Medan,Entahlah
K-006,Rapat koordinasi,Rapat koordinasi,10/10/2021,MDN-2021-0001,,,,,Medan Baru,,Dinas Koperasi,
K-007,Pelatihan Pengemasan,Pelatihan,20/10/2021,,,,,Babura,Medan Baru,"3.000.000",Dinas Koperasi,
"""
write("activities-crlf.csv", activities, newline="\r\n")

# 5. A header over two rows as a CSV export of merged cells leaves it: "Tanggal" above
#    "Daftar" / "Daftar Ulang", the cell right of "Tanggal" empty.
two_row = """REKAP UMKM KECAMATAN MEDAN BARU,,,,,,
No,No. Registrasi,Nama Usaha,Kelurahan,Tanggal,,Skala
,,,,Daftar,Daftar Ulang,
1,MB-001,Warung Kopi Aceh,Babura,01/02/2019,15/01/2021,Mikro
2,MB-002,Percetakan Maju,Darat,"3 Maret 2020",,Kecil
Total,,,,,,
"""
write("registry-two-row-header.csv", two_row)

# 6. Population (denominator) table from BPS-style figures.
population = """Kecamatan,Kategori Usaha,Tahun,Jumlah UMKM
Medan Baru,Kuliner,2021,1.250
Medan Kota,Makanan & Minuman,2021,980
Medan Johor,Jasa,2021,-
,Jasa,2021,300
TOTAL,,,2.530
"""
write("population-kecamatan.csv", population)

# 6b. A wide count table (one column per scale) with a running number, a Jumlah column and a JUMLAH
# row; the year stands only in the title. Depok's row total and the grand total are off by one.
wide_counts = """Rekap UMKM per Kapanewon Tahun 2022;;;;
;;;;
No;Kapanewon;Mikro;Kecil;Jumlah
1;Gamping;120;30;150
2;Depok;200;41;240
3;Mlati;0;3;3
Jumlah;;320;74;393
"""
write("count-wide-kapanewon-totals.csv", wide_counts)

# 7. Unreadable CSVs: no header in the first 30 rows; one unterminated quote.
junk = "".join(f"Catatan rapat {i},lihat lampiran,{i * 7}\n" for i in range(1, 36))
write("no-header.csv", junk)
write("unterminated-quote.csv", 'No Reg,Nama Usaha,Kelurahan\nMDN-1,Warung Ani,Babura\nMDN-2,"Toko Sinar,Babura\nMDN-3,Bengkel,Darat\n')

# 7b. Bytes the import has to change, each listed as a value issue (never silent): NUL bytes (a
#     damaged export), a row of NULs in the header window (line 3) and one below it (line 43); and a
#     UTF-8 file with one Windows-1252 field past the 64 KiB the encoding sniff reads (line 1602).
header = "No Reg,Nama Usaha,Sektor,Kecamatan,Tanggal Daftar,Status Binaan\n"
nul_rows = [header, "MDN-0001,Warung\0Nasi,Kuliner,Medan Baru,31/07/2021,Ya\n", "\0,\0,\0,\0,\0,\0\n"]
nul_rows += [f"MDN-{i:04},Toko {i},Dagang,Medan Kota,01/08/2021,Ya\n" for i in range(2, 41)]
nul_rows += ["\0\0\0\0\n", "MDN-0041,Bengkel Jaya,Jasa,Medan Area,02/08/2021,Tidak\n"]
write("registry-nul-rows.csv", "".join(nul_rows))
late = [header] + [f"MDN-{i:04},Kopi Kenangan Café {i},Kuliner,Medan Johor,31/07/2021,Ya\n" for i in range(1, 1601)]
late_bytes = "".join(late).encode("utf-8") + "MDN-1601,Café Senja,Kuliner,Medan Johor,31/07/2021,Ya\n".encode("cp1252")
with open(os.path.join(HERE, "registry-invalid-utf8-late.csv"), "wb") as f:
    f.write(late_bytes)

# 7c. UTF-16LE (Excel's "Unicode text") with a lone surrogate in one name (line 3): the reader
#     puts U+FFFD there, and the import lists it.
utf16 = "\ufeffNo Reg\tNama Usaha\tKecamatan\nMDN-0301\tToko Rahmat\tMedan Area\nMDN-0302\tKedai @\tMedan Area\n"
utf16_bytes = utf16.encode("utf-16-le").replace("@".encode("utf-16-le"), b"\x00\xd8")
with open(os.path.join(HERE, "registry-utf16-lone-surrogate.txt"), "wb") as f:
    f.write(utf16_bytes)

# 8. A workbook as offices build it by hand (openpyxl): title rows, a header merged over two rows,
#    real Excel dates, one sheet per kecamatan, a hidden helper sheet, a summary sheet, totals rows.
try:
    import openpyxl
except ImportError:
    openpyxl = None
if openpyxl:
    wb = openpyxl.Workbook()
    helper = wb.active
    helper.title = "Referensi"
    helper.append(["No. Registrasi", "Nama Usaha", "Kelurahan"])
    helper.append(["CONTOH-1", "Contoh Usaha", "Contoh"])
    helper.sheet_state = "hidden"

    def data_sheet(name, rows, totals):
        ws = wb.create_sheet(name)
        ws["A1"] = f"DATA UMKM BINAAN KECAMATAN {name.upper()}"
        ws.merge_cells("A1:H1")
        ws["A2"] = "Tahun 2021"
        ws.append(["No", "No. Registrasi", "Nama Usaha", "NIB", "Tanggal", None, "Status Binaan", "Omzet Bulanan (Rp)"])
        ws.append([None, None, None, None, "Daftar", "Daftar Ulang", None, None])
        for col in "ABCDGH":
            ws.merge_cells(f"{col}3:{col}4")
        ws.merge_cells("E3:F3")
        for row in rows:
            ws.append(row)
            r = ws.max_row
            for col in "EF":
                ws[f"{col}{r}"].number_format = "DD/MM/YYYY"
        ws.append(totals)
        ws.merge_cells(f"A{ws.max_row}:D{ws.max_row}")

    d = datetime.date
    data_sheet("Medan Baru", [
        [1, "MB-2021-001", "Warung Nasi Padang Sabar", "9120001234573", d(2021, 7, 31), d(2022, 1, 10), "Ya", 2500000],
        [2, "MB-2021-002", "Bengkel Las Jaya", 9120001234574, d(2020, 2, 29), None, "Tidak", 1750000],
        [3, "MB-2021-003", "Kue Basah Bu Tini", None, d(2019, 12, 31), None, "Y", 600000],
    ], ["JUMLAH", None, None, None, None, None, None, 4850000])
    data_sheet("Medan Johor", [
        [1, "MJ-2021-001", "Ayam Penyet Johor", None, "31 Juli 2021", None, "Ya", 3000000],
        [2, None, None, None, d(2021, 1, 5), None, "Ya", 100000],
    ], ["TOTAL", None, None, None, None, None, None, 3100000])
    summary = wb.create_sheet("Rekap")
    summary.append(["Kecamatan", "Jumlah"])
    summary.append(["Medan Baru", 3])
    summary.append(["Medan Johor", 2])
    wb.save(os.path.join(HERE, "registry-merged-header.xlsx"))
