"""Fills the templates `berdaya init` wrote, the way an office clerk would in a spreadsheet
program: values picked from the workbook's own drop-down lists, real dates, numbers as numbers.

Usage: python3 fill_templates.py DATA_FOLDER ENTERPRISES ACTIVITY_ROWS
Writes with openpyxl (not with Berdaya's writer), seeded, so the test is repeatable.
"""
import datetime
import random
import sys

import openpyxl

folder, enterprises, activity_rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(7)


def lists(workbook):
    sheet = workbook["Daftar"]
    result = {}
    for column in sheet.iter_cols(values_only=True):
        result[column[0]] = [value for value in column[1:] if value is not None]
    return result


def headers(sheet):
    return {cell.value: cell.column for cell in sheet[1]}


registry_path = f"{folder}/registri.xlsx"
registry = openpyxl.load_workbook(registry_path)
choices = lists(registry)
sheet = registry["Registri UMKM"]
column = headers(sheet)
numbers = []
for index in range(enterprises):
    row = index + 2
    number = f"REG-2025-{index + 1:04d}"
    numbers.append(number)
    sheet.cell(row, column["No Registrasi"], number)
    sheet.cell(row, column["NIB"], f"{9120000000000 + index * 7919:013d}")
    sheet.cell(row, column["NIK Pemilik"], f"1271{rng.randrange(10**11, 10**12):012d}")
    sheet.cell(row, column["Nama Usaha"], f"Usaha {rng.choice(['Berkah', 'Jaya', 'Makmur', 'Sejahtera'])} {index + 1}")
    sheet.cell(row, column["Nama Pemilik"], rng.choice(["Siti Aminah", "Budi Santoso", "Rina Lubis", "Andi Nasution"]))
    sheet.cell(row, column["Jenis Kelamin"], rng.choice(choices["Jenis_Kelamin"]))
    sheet.cell(row, column["Sektor"], rng.choice(choices["Sektor"]))
    sheet.cell(row, column["Skala"], rng.choice(choices["Skala"]))
    sheet.cell(row, column["Kecamatan"], choices["Kecamatan"][index % len(choices["Kecamatan"])])
    sheet.cell(row, column["Kelurahan"], rng.choice(choices["Kelurahan"]))
    sheet.cell(row, column["Alamat"], f"Jl. Merdeka No. {index + 1}")
    sheet.cell(row, column["Tanggal Daftar"], datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(500)))
    sheet.cell(row, column["Status Binaan"], "Ya" if index % 5 else "Tidak")
    sheet.cell(row, column["Omzet Bulanan (Rp)"], rng.randrange(1, 200) * 100000)
    sheet.cell(row, column["Tenaga Kerja"], rng.randrange(1, 12))
registry.save(registry_path)

activities_path = f"{folder}/kegiatan.xlsx"
activities = openpyxl.load_workbook(activities_path)
choices = lists(activities)
sheet = activities["Kegiatan"]
column = headers(sheet)
for index in range(activity_rows):
    row = index + 2
    kind = choices["Jenis_Kegiatan"][index % len(choices["Jenis_Kegiatan"])]
    sheet.cell(row, column["ID Kegiatan"], f"KG-2025-{index // 4 + 1:02d}")
    sheet.cell(row, column["Nama Kegiatan"], f"Kegiatan {kind} {index // 4 + 1}")
    sheet.cell(row, column["Jenis Kegiatan"], kind)
    sheet.cell(row, column["Tanggal Kegiatan"], datetime.datetime(2025, 1 + index % 12, 1 + index % 28))
    sheet.cell(row, column["No Registrasi"], numbers[index % len(numbers)])
    sheet.cell(row, column["Kecamatan Kegiatan"], rng.choice(choices["Kecamatan"]))
    sheet.cell(row, column["Biaya (Rp)"], rng.randrange(0, 50) * 50000)
    sheet.cell(row, column["Mitra"], rng.choice(["Bank Sumut", "Shopee", "LPPOM MUI"]))
    if kind == "ecommerce":
        sheet.cell(row, column["Status Akun"], rng.choice(choices["Status_Akun"]))
activities.save(activities_path)
