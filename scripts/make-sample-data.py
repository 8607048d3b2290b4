#!/usr/bin/env python3
"""Write SampleData/: synthetic but realistic spreadsheets of three Indonesian SME offices.

Every record is made up (seeded random.Random, no clock), but the aggregates equal the figures the
studies in DOMAIN.md publish ("Published figures to reproduce"), and the files carry the mess real
office files carry: title rows, alias headers, merged two-row headers, Indonesian dates and numbers,
name variants, totals rows, semicolon / comma CSV, Windows-1252, and a few bad rows that an importer
has to quarantine. Each project's README lists every planted bad row with its file and row.

    python3 scripts/make-sample-data.py          # rewrites SampleData/ (deterministic, byte for byte)

Needs Python 3.9+ and openpyxl. Writes only under SampleData/.
"""

import csv
import datetime as dt
import io
import random
import re
import shutil
import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace as NS

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "SampleData"
FIXED_TIME = dt.datetime(2024, 1, 1, 0, 0, 0)   # XLSX document properties
ZIP_TIME = (2024, 1, 1, 0, 0, 0)                 # XLSX zip entry timestamps
D = dt.date

# --------------------------------------------------------------------------------------------
# Reference: kecamatan (Kemendagri codes and names, as in the wilayah reference) and kelurahan
# --------------------------------------------------------------------------------------------

WILAYAH = {
    "12.71.01": ("Medan Kota", "Pasar Baru|Pusat Pasar|Sei Rengas I|Mesjid|Pandau Hulu I|Kotamatsum III|Pasar Merah Barat|Teladan Timur|Teladan Barat|Sudirejo 1|Sudirejo II|Sitirejo I"),
    "12.71.02": ("Medan Sunggal", "Lalang|Sei Sikambing B|Sunggal|Babura Sunggal|Tanjung Rejo|Simpang Tanjung"),
    "12.71.03": ("Medan Helvetia", "Helvetia|Helvetia Tengah|Helvetia Timur|Tanjung Gusta|Cinta Damai|Dwi Kora|Sei Sikambing C II"),
    "12.71.04": ("Medan Denai", "Tegal S Mandala I|Tegal S Mandala II|Tegal S Mandala III|Denai|Binjai|Medan Tenggara"),
    "12.71.05": ("Medan Barat", "Kesawan|Silalas|Glugur Kota|Pulo Berayan Kota|Sei Agul|Karang Berombak"),
    "12.71.06": ("Medan Deli", "Titipapan|Tanjung Mulia Hilir|Tanjung Mulya|Kota Bangun|Mabar|Mabar Hilir"),
    "12.71.07": ("Medan Tuntungan", "Tanjung Selamat|Simpang Selayang|Namo Gajah|Kemenangan Tani|Laucih|Sidomulyo|Ladang Bambu|Simalingkar B|Mangga"),
    "12.71.08": ("Medan Belawan", "Belawan I|Belawan II|Belawan Bahagia|Belawan Bahari|Belawan Sicanang|Bagan Deli"),
    "12.71.09": ("Medan Amplas", "Amplas|Sitirejo II|Sitirejo III|Harjosari I|Harjosari II|Timbang Deli|Bangun Mulia"),
    "12.71.10": ("Medan Area", "Sukaramai I|Sukaramai II|Sei Rengas II|S. Rengas Permata|Pandau Hulu II|Kota Matsum I|Kota Matsum II|Kota Matsum IV|Pasar Merah Timur|Tegal Sari I|Tegal Sari II|Tegal Sari III"),
    "12.71.11": ("Medan Johor", "Suka Maju|Titi Kuning|Kedai Durian|Pangkalan Mansur|Gedung Johor|Kwala Bekala"),
    "12.71.12": ("Medan Marelan", "Labuhan Deli|Rengas Pulau|Terjun|Tanah Enam Ratus|Paya Pasir"),
    "12.71.13": ("Medan Labuhan", "Pekan Labuhan|Sei Mati|Besar|Martubung|Nelayan Indah|Tangkahan"),
    "12.71.14": ("Medan Tembung", "Indra Kasih|Sidorejo Hilir|Sidorejo|Bantan|Tembung|Bandar Selamat|Bantan Timur"),
    "12.71.15": ("Medan Maimun", "Aur|Hamdan|Jati|Sukaraja|Sei Mati|Kampung Baru"),
    "12.71.16": ("Medan Polonia", "Madras Hulu|Polonia|Sari Rejo|Suka Damai|Anggrung"),
    "12.71.17": ("Medan Baru", "Petisah Hulu|Babura|Merdeka|Darat|Padang Bulan|Titi Rante"),
    "12.71.18": ("Medan Perjuangan", "Pandau Hilir|Pahlawan|Sei Kera Hilir I|Sei Kera Hilir II|Sei Kera Hulu|Sidorame Timur|Sidorame Barat I|Sidorame Barat II|Tegalrejo"),
    "12.71.19": ("Medan Petisah", "Petisah Tengah|Sekip|Sei Sikambing D|Sei Putih Barat|Sei Putih Tengah|Sei Putih Timur I|Sei Putih Timur II"),
    "12.71.20": ("Medan Timur", "Gang Buntu|Sidodadi|Durian|Glugur Darat I|Glugur Darat II|P Berayan Darat I|P Berayan Darat II|P Berayan Bengkel|PB Bengkel Baru|Perintis|Gaharu"),
    "12.71.21": ("Medan Selayang", "Asam Kumbang|Tanjungsari|P Bulan Selayang II|Beringin|P Bulan Selayang I|Sempakata"),
    "12.75.01": ("Binjai Utara", "Pahlawan|Jati Negara|Nangka|Damai|Kebun Lada|Cengkeh Turi|Jati Utomo|Jati Makmur|Jati Karya"),
    "12.75.02": ("Binjai Kota", "Berngam|Satria|Setia|Kartini|Tangsi|Binjai|Pekan Binjai"),
    "12.75.03": ("Binjai Barat", "Bandar Senembah|Limau Mungkur|Limau Sundai|Paya Roba|Suka Maju|Sukaramai"),
    "12.75.04": ("Binjai Timur", "Tanah Tinggi|Dataran Tinggi|Timbang Langkat|Mencirim|Tunggurono|Sumber Mulyorejo|Sumber Karya"),
    "12.75.05": ("Binjai Selatan", "Tanah Merah|Binjai Estate|Bhakti Karya|Rambung Dalam|Pujidadi|Tanah Seribu|Rambung Barat|Rambung Timur"),
    "21.72.01": ("Tanjung Pinang Barat", "Tanjung Pinang Barat|Kemboja|Kampung Baru|Bukit Cermin"),
    "21.72.02": ("Tanjung Pinang Timur", "Melayu Kota Piring|Kampung Bulang|Air Raja|Batu IX|Pinang Kencana"),
    "21.72.03": ("Tanjung Pinang Kota", "Tanjung Pinang Kota|Senggarang|Penyengat|Kampung Bugis"),
    "21.72.04": ("Bukit Bestari", "Tanjung Pinang Timur|Dompak|Tanjung Ayun Sakti|Sei Jang|Tanjung Unggat"),
}


def kecamatan_of(region):
    """[(code, name, [kelurahan...])] of a regency, in code order."""
    return [(code, name, kel.split("|")) for code, (name, kel) in sorted(WILAYAH.items())
            if code.startswith(region + ".")]


# --------------------------------------------------------------------------------------------
# Formatting: Indonesian dates and numbers
# --------------------------------------------------------------------------------------------

BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember"]
BLN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
DATE_STYLES = {
    "dmy/": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",           # 31/07/2021
    "dmy-": lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",           # 31-07-2021
    "long": lambda d: f"{d.day} {BULAN[d.month - 1]} {d.year}",        # 31 Juli 2021
    "iso": lambda d: d.isoformat(),                                    # 2021-07-31
    "short": lambda d: f"{d.day} {BLN[d.month - 1]} {d.year}",         # 31 Jul 2021
}


def fdate(d, style):
    return "" if d is None else DATE_STYLES[style](d)


def thousands(n):
    return f"{n:,}".replace(",", ".")


def frp(v, style):
    """Rupiah as offices type it: plain '1.500.000', 'Rp 1.500.000', decimal '1.500.000,00'."""
    if v is None:
        return ""
    return {"plain": thousands(v), "rp": "Rp " + thousands(v), "dec": thousands(v) + ",00"}[style]


# --------------------------------------------------------------------------------------------
# Writers (deterministic)
# --------------------------------------------------------------------------------------------

def write_csv(path, rows, delimiter, encoding):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(["" if c is None else str(c) for c in r])
    text = buf.getvalue()
    assert "\n" not in text.replace("\r\n", ""), "a field holds a newline: line numbers would shift"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))


def new_workbook():
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    p = wb.properties
    p.creator = "scripts/make-sample-data.py (synthetic data)"
    p.lastModifiedBy = "scripts/make-sample-data.py"
    p.created = FIXED_TIME
    p.modified = FIXED_TIME
    return wb


def save_workbook(wb, path):
    """Save through openpyxl's ExcelWriter (save_workbook would stamp 'modified' with the clock),
    then rewrite the zip with fixed entry timestamps so that two runs give identical bytes."""
    wb.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 3
            dst.writestr(zi, data, compresslevel=6)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def put_row(ws, r, values, date_fmt="DD/MM/YYYY", money_cols=()):
    for c, v in enumerate(values, start=1):
        if v is None or v == "":
            continue
        cell = ws.cell(row=r, column=c, value=v)
        if isinstance(v, dt.date):
            cell.number_format = date_fmt
        elif c in money_cols and isinstance(v, int):
            cell.number_format = "#,##0"


def widths(ws, w):
    for i, x in enumerate(w, start=1):
        ws.column_dimensions[get_column_letter(i)].width = x


# --------------------------------------------------------------------------------------------
# Synthetic people and businesses
# --------------------------------------------------------------------------------------------

MALE = ["Ahmad", "Budi", "Rizky", "Fajar", "Hendra", "Irwan", "Joko", "Dedi", "Andi", "Rahmat",
        "Agus", "Hasan", "Yusuf", "Ilham", "Arief", "Bambang", "Darmawan", "Eko", "Hotman",
        "Jonatan", "Marihot", "Parlindungan", "Rudi", "Sahat", "Taufik", "Wahyu", "Zulkifli",
        "Muhammad", "Abdul", "Ridwan", "Fauzi", "Heru", "Sutrisno", "Benny", "Daniel", "Togar",
        "Martin", "Aidil", "Syahrul", "Indra", "Rony", "Firman", "Gunawan", "Anwar", "Surya"]
FEMALE = ["Siti", "Nur", "Dewi", "Sri", "Rina", "Yanti", "Fitri", "Rahmawati", "Lina", "Marlina",
          "Nurhayati", "Sumiati", "Ratna", "Wulan", "Ayu", "Putri", "Indah", "Rosmawati", "Juliana",
          "Megawati", "Lestari", "Suryani", "Hotmaida", "Rosdiana", "Tiurma", "Erna", "Maya",
          "Nining", "Safitri", "Zainab", "Aisyah", "Fatimah", "Halimah", "Mariani", "Evi", "Mona",
          "Desi", "Yusnita", "Novita", "Elvi", "Ijah", "Rohani", "Kartini", "Sulastri", "Nurul"]
SURNAMES_SUMUT = ["Siregar", "Nasution", "Lubis", "Harahap", "Hasibuan", "Pohan", "Daulay",
                  "Rangkuti", "Simanjuntak", "Sitompul", "Panjaitan", "Manurung", "Sinaga",
                  "Situmorang", "Ginting", "Tarigan", "Sembiring", "Purba", "Saragih", "Damanik",
                  "Batubara", "Matondang", "Pulungan", "Tanjung", "Hutagalung", "Simatupang",
                  "Sihombing", "Pane", "Lbs", "Rambe", "Ritonga", "Dalimunthe"]
SURNAMES_KEPRI = ["Syahrial", "Effendi", "Hamid", "Zainal", "Rusli", "Hidayat", "Saputra",
                  "Kurniawan", "Pratama", "Wijaya", "Gunawan", "Setiawan", "Ramadhan", "Yusuf",
                  "Abdullah", "Ismail", "Rahman", "Daud", "Harun", "Siregar", "Nasution", "Lim"]
WORDS = ["Berkah", "Barokah", "Sejahtera", "Mandiri", "Sentosa", "Jaya", "Makmur", "Lestari",
         "Sehati", "Ceria", "Bunda", "Ananda", "Sumber Rezeki", "Rezeki", "Nikmat", "Mantap",
         "Sari Rasa", "Selera", "Idola", "Cahaya", "Amanah", "Al-Fatih", "Permata", "Melati",
         "Kenanga", "Sinar", "Harapan", "Maju", "Bersama", "Murni", "Indah", "Abadi", "Mulia",
         "Kasih", "Sakinah", "Pelangi", "Mawar", "Anggrek", "Tiga Saudara", "Putri", "Kita"]
TEMPLATES = {
    "Kuliner": ["Dapur {o}", "Warung Nasi {w}", "Kedai Kopi {w}", "Bolu {w}", "Keripik {w}",
                "Kue Bawang {o}", "Mie Aceh {w}", "Lontong {o}", "Bika Ambon {w}",
                "Sambal Andaliman {o}", "Catering {w}", "Rumah Makan {w}", "Martabak {w}",
                "Pecel Lele {o}", "Roti Bakar {w}", "Soto {o}", "Kopi {w}", "Dimsum {w}",
                "Rendang {o}", "Kue Basah {o}", "Bakso {w}", "Gorengan {o}", "Nasi Kuning {o}"],
    "Jasa": ["Laundry {w}", "Salon {w}", "Bengkel {w}", "Servis HP {w}", "Pangkas Rambut {w}",
             "Rental {w}", "Fotokopi {w}", "Tambal Ban {o}", "Cuci Motor {w}", "Percetakan {w}",
             "Les Privat {w}", "Jahit Permak {o}", "Rias Pengantin {o}"],
    "Dagang": ["Toko {w}", "Kios {w}", "Grosir {w}", "Kelontong {o}", "UD {w}", "Toko Sembako {w}",
               "Agen Pulsa {w}", "Toko Kain {w}", "Toko Buah {o}"],
    "Produksi": ["Konveksi {w}", "Sablon {w}", "Kerajinan Ulos {w}", "Tenun {w}", "Mebel {w}",
                 "Sepatu {w}", "Tas Rajut {o}", "Sabun Herbal {w}", "Bordir {w}", "Rotan {w}",
                 "Batik {w}", "Songket {w}", "Souvenir {w}", "Kerupuk {w}", "Tahu Tempe {o}"],
    "Agribisnis": ["Tani {w}", "Jamur Tiram {o}", "Ternak Lele {w}", "Hidroponik {w}",
                   "Bibit Tanaman {w}", "Ternak Ayam {o}", "Madu Kelulut {w}"],
}
FEMALE_SHARE = {"Kuliner": 0.72, "Jasa": 0.45, "Dagang": 0.55, "Produksi": 0.5, "Agribisnis": 0.3}


class People:
    """Synthetic owners, business names, NIK and NIB, unique within one project."""

    def __init__(self, rng, region_digits, surnames):
        self.rng, self.region_digits, self.surnames = rng, region_digits, surnames
        self.niks, self.nibs, self.names = set(), set(), set()

    def owner(self, female):
        r = self.rng
        first = r.choice(FEMALE if female else MALE)
        if r.random() < 0.7:
            name = f"{first} {r.choice(self.surnames)}"
        else:
            name = f"{first} {r.choice(FEMALE if female else MALE)}"
        h = r.random()
        if female and h < 0.07:
            name = "Hj. " + name
        elif female and h < 0.13:
            name = "Bu " + name
        elif not female and h < 0.08:
            name = "H. " + name
        return name, first

    def business(self, sektor, first):
        r = self.rng
        for attempt in range(60):
            t = r.choice(TEMPLATES[sektor])
            o = first if r.random() < 0.6 else r.choice(["Bu ", "Mak ", "Kak ", "Bang ", "Pak "]) + first
            name = t.format(o=o, w=r.choice(WORDS))
            if attempt > 30:
                name += " " + r.choice(["II", "Baru", "2", "Jaya"])
            if name.lower() not in self.names:
                self.names.add(name.lower())
                return name
        raise RuntimeError("no unique business name")

    def nik(self, kec_code, female):
        r = self.rng
        while True:
            born = D(1958, 1, 1) + dt.timedelta(days=r.randint(0, 42 * 365))
            day = born.day + (40 if female else 0)
            n = (f"{self.region_digits}{kec_code[-2:]}{day:02d}{born.month:02d}{born.year % 100:02d}"
                 f"{r.randint(1, 9999):04d}")
            if n not in self.niks:
                self.niks.add(n)
                return n

    def nib(self):
        while True:
            n = "9120" + "".join(str(self.rng.randint(0, 9)) for _ in range(9))
            if n not in self.nibs:
                self.nibs.add(n)
                return n


def workday(d):
    """Registrations and activities fall on weekdays: move Sat/Sun to the Friday before."""
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def rand_days(rng, lo, hi, n):
    span = (hi - lo).days
    return sorted(max(lo, workday(lo + dt.timedelta(days=rng.randint(0, span)))) for _ in range(n))


def wsample(rng, pool, k, weight):
    """k distinct items of pool, sampled without replacement with the given weight function."""
    keyed = []
    for i, e in enumerate(pool):
        w = weight(e)
        if w > 0:
            keyed.append((rng.random() ** (1.0 / w), i, e))
    if len(keyed) < k:
        raise RuntimeError(f"pool too small: {len(keyed)} < {k}")
    keyed.sort(key=lambda t: (-t[0], t[1]))
    return [e for _, _, e in keyed[:k]]


def allocate(total, weights):
    """Split an integer total over weights exactly (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(x) for x in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return base


def make_enterprise(rng, people, reg, sektor, kec, tgl, binaan, skala="Mikro"):
    code, kname, kels = kec
    female = rng.random() < FEMALE_SHARE[sektor]
    owner, first = people.owner(female)
    if skala == "Mikro":
        omzet = rng.choice(range(1_500_000, 45_000_001, 250_000))
        tk = rng.choice([1, 1, 1, 2, 2, 2, 3, 3, 4, 5])
    else:
        omzet = rng.choice(range(80_000_000, 300_000_001, 5_000_000))
        tk = rng.randint(6, 19)
    return NS(reg=reg, nib=None, nik=people.nik(code, female), nama=people.business(sektor, first),
              pemilik=owner, female=female, sektor=sektor, skala=skala, kec=kname, kec_code=code,
              kel=rng.choice(kels), alamat=f"Jl. {rng.choice(STREETS)} No. {rng.randint(1, 250)}",
              tgl=tgl, ulang=None, binaan=binaan, omzet=omzet, tk=tk)


STREETS = ["Sisingamangaraja", "Gatot Subroto", "Brigjend Katamso", "Jamin Ginting", "Setia Budi",
           "Pancing", "Letda Sujono", "Karya Wisata", "Bunga Raya", "Pelita", "Mawar", "Melati",
           "Kenanga", "Garu II", "Pasar III", "Sei Batang Hari", "Pukat Banting", "Menteng VII",
           "Flamboyan Raya", "Kapten Muslim", "Asrama", "Marelan Raya", "KL Yos Sudarso",
           "Sutomo", "Sudirman", "Veteran", "Merdeka", "Diponegoro", "Ahmad Yani", "Gaharu",
           "Perintis Kemerdekaan", "Cempaka", "Teratai", "Bakti", "Damai", "Pendidikan"]


class Event:
    """One activity (one id_kegiatan): a name, kind, date and the enterprises it reached."""

    def __init__(self, eid, name, jenis, date, lokasi=None, biaya=None, mitra=None, members=()):
        self.eid, self.name, self.jenis, self.date = eid, name, jenis, date
        self.lokasi, self.biaya, self.mitra = lokasi, biaya, mitra
        self.members = list(members)
        self.status = {}          # reg -> account status (e-commerce)
        self.dates = {}           # reg -> own date (monitoring visits)


JENIS = {  # canonical kind -> the office wording used in the files (see the project READMEs)
    "pelatihan": "Pelatihan", "pendampingan": "Pendampingan", "sosialisasi": "Sosialisasi",
    "bantuan_peralatan": "Bantuan Peralatan", "bantuan_modal": "Bantuan Modal",
    "rekomendasi_kredit": "Rekomendasi Kredit", "pameran": "Pameran", "galeri": "Galeri",
    "ecommerce": "E-Commerce", "nib": "NIB", "sertifikasi_halal": "Sertifikasi Halal",
    "sentra_kelompok": "Sentra Kelompok", "monitoring": "Monitoring",
}


class Mess:
    """The planted mess of one project, for its README."""

    def __init__(self):
        self.items = []

    def add(self, file, where, what, expect):
        self.items.append((file, where, what, expect))

    def table(self):
        lines = ["| file | where | what | the importer should |", "|---|---|---|---|"]
        for f, w, what, exp in self.items:
            lines.append(f"| `{f}` | {w} | {what} | {exp} |")
        return "\n".join(lines)


def kec_variant(rng, name, p_prefix=0.08, p_upper=0.06):
    x = rng.random()
    if x < p_prefix:
        return "Kec. " + name
    if x < p_prefix + p_upper:
        return name.upper()
    return name


def registered(ents, as_of, sektor=None):
    return sum(1 for e in ents if e.binaan and e.tgl <= as_of and (sektor is None or e.sektor == sektor))


# ============================================================================================
# Medan
# ============================================================================================

MEDAN_REG_WEIGHT = {  # share of binaan by kecamatan (relative)
    "Medan Kota": 5, "Medan Sunggal": 7, "Medan Helvetia": 7, "Medan Denai": 8, "Medan Barat": 4,
    "Medan Deli": 7, "Medan Tuntungan": 8, "Medan Belawan": 4, "Medan Amplas": 6, "Medan Area": 6,
    "Medan Johor": 7, "Medan Marelan": 5, "Medan Labuhan": 5, "Medan Tembung": 7,
    "Medan Maimun": 2.5, "Medan Polonia": 2.5, "Medan Baru": 3, "Medan Perjuangan": 5,
    "Medan Petisah": 4, "Medan Timur": 6, "Medan Selayang": 5,
}
MEDAN_REACH = {  # how easily the office's activities reach each kecamatan (uneven on purpose)
    "Medan Kota": 2.5, "Medan Baru": 2.5, "Medan Petisah": 2.5, "Medan Perjuangan": 2,
    "Medan Timur": 2, "Medan Area": 2, "Medan Johor": 1.5, "Medan Tuntungan": 1.5,
    "Medan Selayang": 1.5, "Medan Helvetia": 1.2, "Medan Sunggal": 1.2,
    "Medan Belawan": 0.25, "Medan Labuhan": 0.3, "Medan Marelan": 0.3,
}
MEDAN_NO_PROTECT = ["Medan Belawan", "Medan Labuhan", "Medan Marelan", "Medan Maimun",
                    "Medan Polonia"]   # no NIB / halal / sentra activity ever reaches these
MEDAN_SECTOR_2021 = {"Jasa": 249, "Dagang": 57, "Produksi": 259, "Agribisnis": 5, "Kuliner": 917}
MEDAN_PUBLISHED = {D(2019, 12, 31): 1284, D(2020, 12, 31): 1320, D(2021, 7, 31): 1487}


def build_medan():
    rng = random.Random(1271_2021)
    people = People(rng, "1271", SURNAMES_SUMUT)
    kecs = kecamatan_of("12.71")
    kec_by_name = {k[1]: k for k in kecs}
    kec_w = [MEDAN_REG_WEIGHT[k[1]] for k in kecs]

    # Registration dates of the binaan, bucket by bucket, so that the counts as of each published
    # date are exact. Boundary rows on purpose: one on 2019-12-31, one on 2020-12-31, one on
    # 2021-07-30 (Friday; 31 July 2021 is a Saturday) and the next on 2021-08-02.
    dates = []
    dates += rand_days(rng, D(2016, 1, 4), D(2016, 12, 30), 118)
    dates += rand_days(rng, D(2017, 1, 2), D(2017, 12, 29), 231)
    dates += rand_days(rng, D(2018, 1, 2), D(2018, 12, 31), 402)
    dates += rand_days(rng, D(2019, 1, 2), D(2019, 12, 30), 532) + [D(2019, 12, 31)]
    assert len(dates) == 1284
    dates += [D(2020, 1, 2)] + rand_days(rng, D(2020, 1, 6), D(2020, 12, 30), 34) + [D(2020, 12, 31)]
    assert len(dates) == 1320
    dates += [D(2021, 1, 4)] + rand_days(rng, D(2021, 1, 5), D(2021, 7, 29), 165) + [D(2021, 7, 30)]
    assert len(dates) == 1487
    dates += [D(2021, 8, 2)] + rand_days(rng, D(2021, 8, 3), D(2021, 12, 30), 57)
    dates += rand_days(rng, D(2022, 1, 3), D(2022, 12, 29), 55)
    n_binaan = len(dates)   # 1,600 by the end of 2022

    sectors = [s for s, n in MEDAN_SECTOR_2021.items() for _ in range(n)]
    rng.shuffle(sectors)
    later = ["Kuliner"] * 62 + ["Jasa"] * 19 + ["Produksi"] * 22 + ["Dagang"] * 8 + ["Agribisnis"] * 2
    rng.shuffle(later)
    sectors += later
    assert len(sectors) == n_binaan

    ents = []
    for d, s in zip(dates, sectors):
        kec = rng.choices(kecs, weights=kec_w)[0]
        ents.append(make_enterprise(rng, people, None, s, kec, d, True))
    # Enterprises that left the programme (status binaan Tidak): extra to every count.
    tidak_ranges = [(D(2017, 1, 2), D(2019, 12, 30), 22), (D(2020, 1, 6), D(2020, 12, 30), 6),
                    (D(2021, 1, 5), D(2021, 12, 30), 9), (D(2022, 1, 3), D(2022, 12, 29), 4)]
    for lo, hi, n in tidak_ranges:
        for d in rand_days(rng, lo, hi, n):
            s = rng.choice(["Kuliner", "Kuliner", "Jasa", "Dagang", "Produksi"])
            ents.append(make_enterprise(rng, people, None, s, rng.choices(kecs, weights=kec_w)[0], d,
                                        False, "Kecil" if rng.random() < 0.4 else "Mikro"))
    ents.sort(key=lambda e: (e.tgl, e.nik))
    seq = {}
    for e in ents:
        y = e.tgl.year
        seq[y] = seq.get(y, 0) + 1
        e.reg = f"MDN-{y}-{seq[y]:04d}"
        if rng.random() < 0.45:
            e.nib = people.nib()
        # Last re-registration (the six-month rule): many re-registered in the February 2021
        # campaign, some in 2022, some long ago, some never.
        x = rng.random()
        if e.tgl < D(2020, 1, 1):
            if x < 0.45:
                e.ulang = workday(D(2021, 2, 1) + dt.timedelta(days=rng.randint(0, 178)))
            elif x < 0.57:
                e.ulang = workday(D(2022, 1, 3) + dt.timedelta(days=rng.randint(0, 320)))
            elif x < 0.75:
                e.ulang = workday(max(e.tgl + dt.timedelta(days=190), D(2020, 1, 2)) +
                                  dt.timedelta(days=rng.randint(0, 120)))
        elif e.tgl < D(2021, 8, 1):
            if x < 0.35:
                e.ulang = workday(D(2022, 1, 3) + dt.timedelta(days=rng.randint(0, 320)))
            elif x < 0.55 and e.tgl < D(2021, 1, 1):
                e.ulang = workday(D(2021, 2, 1) + dt.timedelta(days=rng.randint(0, 178)))
        if e.ulang is not None and e.ulang <= e.tgl:
            e.ulang = None
    binaan = [e for e in ents if e.binaan]
    for d, n in MEDAN_PUBLISHED.items():
        assert registered(ents, d) == n, (d, registered(ents, d), n)
    for s, n in MEDAN_SECTOR_2021.items():
        assert registered(ents, D(2021, 7, 31), s) == n

    # ---------------------------------------------------------------- activities
    reach = lambda e: MEDAN_REACH.get(e.kec, 1.0)

    def pick(k, date, sektor=None, kec=None, exclude=(), weight=None, protect=False, pool=None):
        ex = set(exclude)
        base = pool if pool is not None else binaan
        cand, seen = [], set()
        for e in base:
            if (e.binaan and e.tgl <= date and e.reg not in ex and e.reg not in seen
                    and (sektor is None or e.sektor in sektor) and (kec is None or e.kec == kec)
                    and not (protect and e.kec in MEDAN_NO_PROTECT)):
                seen.add(e.reg)
                cand.append(e)
        return wsample(rng, cand, k, weight or reach)

    venues = ["Medan Petisah", "Medan Baru", "Medan Kota", "Medan Polonia", "Medan Selayang"]
    ev_train, ev_aid, ev_mon, ev_ecom, ev_legal, ev_expo = [], [], [], [], [], []

    def train(eid, name, kind, date, k, sektor=None, lokasi=None, pool=None, exclude=(), kec=None,
              mitra=None):
        ev = Event(eid, name, kind, date, lokasi or rng.choice(venues), mitra=mitra,
                   members=pick(k, date, sektor, kec=kec, pool=pool, exclude=exclude))
        ev_train.append(ev)
        return ev

    K, P, J, D_, A = ["Kuliner"], ["Produksi"], ["Jasa"], ["Dagang"], ["Agribisnis"]
    # 2019
    t1 = train("PLT-2019-01", "Pelatihan Kewirausahaan Angkatan I", "pelatihan", D(2019, 3, 12), 30)
    t2 = train("PLT-2019-02", "Pelatihan Kewirausahaan Angkatan II", "pelatihan", D(2019, 4, 16), 30,
               exclude=[e.reg for e in t1.members])
    t3 = train("PLT-2019-03", "Pelatihan Pengolahan Pangan Higienis", "pelatihan", D(2019, 7, 9), 25, K)
    t4 = train("PLT-2019-04", "Pelatihan Pengemasan dan Label Produk", "pelatihan", D(2019, 9, 17), 25,
               K + P)
    train("SOS-2019-01", "Sosialisasi Daftar Ulang UMKM Binaan", "sosialisasi", D(2019, 10, 22), 60)
    train("PDP-2019-01", "Pendampingan Manajemen Usaha", "pendampingan", D(2019, 11, 5), 20,
          pool=t1.members + t2.members + t3.members + t4.members)
    # 2020
    train("SOS-2020-01", "Sosialisasi Protokol Kesehatan bagi UMKM", "sosialisasi", D(2020, 6, 23), 40)
    train("SOS-2020-02", "Sosialisasi Banpres Produktif Usaha Mikro (BPUM)", "sosialisasi",
          D(2020, 8, 25), 60)
    t5 = train("PLT-2020-01", "Pelatihan Pemasaran Online (Daring)", "pelatihan", D(2020, 10, 13), 30)
    train("PDP-2020-01", "Pendampingan Usaha Masa Pandemi", "pendampingan", D(2020, 11, 10), 20,
          pool=t5.members + binaan[:400])
    # 2021
    train("SOS-2021-01", "Sosialisasi Daftar Ulang UMKM Binaan", "sosialisasi", D(2021, 2, 16), 60)
    a = train("PLT-2021-01", "Pelatihan Menjahit", "pelatihan", D(2021, 3, 9), 20, P + J)
    b = train("PLT-2021-02", "Pelatihan Sablon Kaos", "pelatihan", D(2021, 4, 6), 15, P)
    c = train("PLT-2021-03", "Pelatihan Pengemasan Produk", "pelatihan", D(2021, 5, 18), 25, K + P)
    d = train("PLT-2021-04", "Pelatihan Foto Produk dengan Ponsel", "pelatihan", D(2021, 6, 22), 25)
    train("PDP-2021-01", "Pendampingan Pasca Pelatihan", "pendampingan", D(2021, 7, 13), 20,
          pool=a.members + b.members + c.members + d.members)
    e5 = train("PLT-2021-05", "Pelatihan Pembukuan Sederhana", "pelatihan", D(2021, 9, 14), 25)
    train("PDP-2021-02", "Pendampingan Manajemen Keuangan", "pendampingan", D(2021, 10, 19), 15,
          pool=e5.members)
    # 2022: seven Go Digital trainings (seed 001), distinct participants
    gd_dates = [D(2022, 2, 15), D(2022, 3, 15), D(2022, 4, 19), D(2022, 5, 24), D(2022, 7, 19),
                D(2022, 8, 16), D(2022, 10, 11)]
    gd_seen = []
    gd = []
    for i, gdd in enumerate(gd_dates, start=1):
        ev = train(f"GD-2022-0{i}", f"Pelatihan Go Digital Angkatan {i}", "pelatihan", gdd, 25,
                   exclude=gd_seen, lokasi="Medan Petisah")
        gd_seen += [e.reg for e in ev.members]
        gd.append(ev)
    train("SOS-2022-01", "Sosialisasi Sertifikasi Halal Gratis (SEHATI)", "sosialisasi",
          D(2022, 5, 10), 40)
    # Digital-trend training 27-30 June 2022: 50 participants in 2 sessions of 25 (seed 001)
    td1 = train("TD-2022-01", "Pelatihan Tren Digital Sesi 1", "pelatihan", D(2022, 6, 27), 25,
                exclude=gd_seen, lokasi="Medan Baru")
    td2 = train("TD-2022-02", "Pelatihan Tren Digital Sesi 2", "pelatihan", D(2022, 6, 29), 25,
                exclude=gd_seen + [e.reg for e in td1.members], lokasi="Medan Baru")
    train("PLT-2022-01", "Pelatihan Akuntansi Digital", "pelatihan", D(2022, 8, 23), 25)
    train("PDP-2022-01", "Pendampingan Pasca Pelatihan Digital", "pendampingan", D(2022, 11, 15), 20,
          pool=[m for ev in gd for m in ev.members])

    # Equipment aid (bantuan peralatan); 2021 kinds as in seed 000 table 4
    def aid(eid, name, kind, date, k, value, sektor=None, kec=None, mitra=None, pool=None, protect=False):
        ev = Event(eid, name, kind, date, None, value, mitra,
                   pick(k, date, sektor, kec=kec, pool=pool, protect=protect))
        ev_aid.append(ev)
        return ev

    aid("BP-2019-01", "Bantuan Gerobak Usaha", "bantuan_peralatan", D(2019, 6, 11), 15, 2_500_000, K + D_)
    aid("BP-2019-02", "Bantuan Peralatan Oven", "bantuan_peralatan", D(2019, 10, 8), 8, 4_500_000, K)
    aid("BP-2020-01", "Bantuan Paket Usaha Masa Pandemi", "bantuan_peralatan", D(2020, 9, 15), 20,
        1_500_000)
    aid_2021 = [
        ("Bantuan Peralatan Oven", D(2021, 3, 23), 8, 4_750_000, K),
        ("Bantuan Paket Usaha", D(2021, 4, 13), 12, 2_000_000, None),
        ("Bantuan Mesin Scaler", D(2021, 5, 11), 5, 1_850_000, K + D_),
        ("Bantuan Lemari Etalase (Display Cabinet)", D(2021, 6, 8), 6, 3_200_000, K + D_),
        ("Bantuan Mesin Slicer", D(2021, 6, 29), 4, 5_500_000, K),
        ("Bantuan Mesin Potong", D(2021, 8, 24), 4, 6_000_000, P),
        ("Bantuan Mesin Jahit", D(2021, 9, 7), 10, 2_750_000, P + J),
        ("Bantuan Mesin Sablon", D(2021, 10, 5), 5, 7_500_000, P),
        ("Bantuan Mesin Pengemas", D(2021, 10, 26), 5, 8_500_000, P + K),
        ("Bantuan Kompresor", D(2021, 11, 16), 4, 3_000_000, J),
    ]
    for i, (name, date, k, value, sek) in enumerate(aid_2021, start=1):
        aid(f"BP-2021-{i:02d}", name, "bantuan_peralatan", date, k, value, sek)
    aid("BP-2022-01", "Bantuan Mesin Pengemas", "bantuan_peralatan", D(2022, 6, 14), 5, 8_500_000, P + K)
    # Credit recommendations (a letter, no money)
    aid("RK-2019-01", "Rekomendasi Kredit Usaha Rakyat (KUR)", "rekomendasi_kredit", D(2019, 8, 20), 12,
        None, mitra="Bank Sumut")
    aid("RK-2020-01", "Rekomendasi Kredit Usaha Rakyat (KUR)", "rekomendasi_kredit", D(2020, 7, 21), 8,
        None, mitra="BRI")
    aid("RK-2021-01", "Rekomendasi Kredit Usaha Rakyat (KUR)", "rekomendasi_kredit", D(2021, 3, 30), 12,
        None, mitra="Bank Sumut")
    aid("RK-2021-02", "Surat Rekomendasi Pinjaman Bank", "rekomendasi_kredit", D(2021, 9, 28), 8, None,
        mitra="Bank Mandiri")
    aid("RK-2022-01", "Rekomendasi Kredit Usaha Rakyat (KUR)", "rekomendasi_kredit", D(2022, 5, 17), 15,
        None, mitra="BNI")

    # SAKA SANWIRA, launched 15 September 2022 in Medan Tuntungan only (seed 001): members
    # (sentra_kelompok), Rp 15.000.000 of capital aid (10 x Rp 1.500.000, bantuan_modal) and
    # production equipment handed over at the launch (named without "SAKA SANWIRA").
    saka_date = D(2022, 9, 15)
    saka = Event("SK-2022-01", "Peresmian SAKA SANWIRA Kecamatan Medan Tuntungan", "sentra_kelompok",
                 saka_date, "Medan Tuntungan", None, "PT GoTo Gojek Tokopedia",
                 pick(24, saka_date, kec="Medan Tuntungan"))
    ev_legal.append(saka)
    modal = Event("BM-2022-01", "Bantuan Modal Usaha SAKA SANWIRA", "bantuan_modal", saka_date,
                  "Medan Tuntungan", 1_500_000, None, saka.members[:10])
    ev_aid.append(modal)
    rest = saka.members[10:]
    for i, (name, k, value) in enumerate([("Bantuan Mesin Jahit", 4, 2_750_000),
                                          ("Bantuan Oven Listrik", 4, 3_500_000),
                                          ("Bantuan Kompor Gas", 3, 1_250_000),
                                          ("Bantuan Mixer", 3, 1_750_000)], start=2):
        ev = Event(f"BP-2022-0{i}", name, "bantuan_peralatan", saka_date, "Medan Tuntungan", value, None,
                   rest[:k])
        rest = rest[k:]
        ev_aid.append(ev)
    train("PLT-2022-02", "Pelatihan Menjahit SAKA SANWIRA", "pelatihan", D(2022, 10, 4), 12,
          pool=saka.members, lokasi="Medan Tuntungan")

    # Monitoring visits after equipment aid: about a month later for some, a year later for fewer
    for ev in [x for x in ev_aid if x.jenis == "bantuan_peralatan"]:
        first = Event(f"MON-{ev.eid}", "Monitoring Pasca Bantuan Peralatan", "monitoring", None)
        yearly = Event(f"MONT-{ev.eid}", "Monitoring Tahunan Bantuan Peralatan", "monitoring", None)
        p1 = 0.6 if ev.date.year == 2021 else 0.4
        for m in ev.members:
            if rng.random() < p1:
                first.members.append(m)
                first.dates[m.reg] = workday(ev.date + dt.timedelta(days=rng.randint(21, 35)))
                later_visit = workday(ev.date + dt.timedelta(days=rng.randint(350, 385)))
                if rng.random() < 0.5 and later_visit <= D(2022, 12, 30):
                    yearly.members.append(m)
                    yearly.dates[m.reg] = later_visit
        ev_mon += [x for x in (first, yearly) if x.members]

    # E-commerce onboarding (linked by NIB): the enterprise needs a NIB
    def ecom(eid, name, date, k, mitra, sektor=None, p_active=0.3):
        cand_pool = [e for e in binaan if e.nib]
        ev = Event(eid, name, "ecommerce", date, rng.choice(venues), None, mitra,
                   pick(k, date, sektor, pool=cand_pool))
        for m in ev.members:
            ev.status[m.reg] = "aktif" if rng.random() < p_active else "tidak aktif"
        ev_ecom.append(ev)

    # Legality (linked by NIK + business name + kelurahan): NIB and halal facilitation
    def legal(eid, name, kind, date, k, mitra, sektor=None, pool=None):
        ev = Event(eid, name, kind, date, None, None, mitra, pick(k, date, sektor, pool=pool, protect=True))
        ev_legal.append(ev)
        return ev

    no_nib = [e for e in binaan if not e.nib]
    legal("HL-2019-01", "Fasilitasi Sertifikasi Halal MUI", "sertifikasi_halal", D(2019, 10, 15), 10,
          "LPPOM MUI Sumut", K)
    n1 = legal("NIB-2020-01", "Fasilitasi Pendaftaran NIB melalui OSS", "nib", D(2020, 2, 18), 20,
               "DPMPTSP Kota Medan", pool=no_nib)
    hl21 = legal("HL-2021-01", "Fasilitasi Sertifikasi Halal Gratis (SEHATI)", "sertifikasi_halal",
                 D(2021, 6, 15), 20, "BPJPH", K)
    n2 = legal("NIB-2021-01", "Fasilitasi NIB melalui OSS RBA", "nib", D(2021, 9, 21), 35,
               "DPMPTSP Kota Medan", pool=[e for e in no_nib if e not in n1.members])
    n3 = legal("NIB-2022-01", "Fasilitasi NIB melalui OSS RBA", "nib", D(2022, 4, 12), 40,
               "DPMPTSP Kota Medan", pool=[e for e in no_nib if e not in n1.members + n2.members])
    legal("HL-2022-01", "Sertifikasi Halal Gratis (SEHATI) 2022", "sertifikasi_halal", D(2022, 7, 12), 30,
          "BPJPH", K)
    for ev in (n1, n2, n3):
        for m in ev.members:
            m.nib = people.nib()

    ecom("EC-2020-01", "Onboarding UMKM ke Marketplace Bukalapak", D(2020, 9, 8), 15, "Bukalapak")
    ecom("EC-2021-01", "Pelatihan dan Onboarding Kampus UMKM Shopee", D(2021, 4, 20), 30, "Shopee")
    ecom("EC-2021-02", "Pendaftaran Toko Online Tokopedia", D(2021, 8, 24), 25, "Tokopedia")
    ecom("EC-2021-03", "Pendaftaran Merchant GoFood", D(2021, 11, 9), 20, "GoFood", K)
    ecom("EC-2022-01", "Kampus UMKM Shopee Batch 2", D(2022, 3, 22), 30, "Shopee", p_active=0.35)
    ecom("EC-2022-02", "Onboarding Toko Online Tokopedia", D(2022, 8, 9), 25, "Tokopedia")
    ecom("EC-2022-03", "Pendaftaran Merchant GrabFood", D(2022, 10, 25), 15, "GrabFood", K)

    # Exhibitions and the gallery; the same strong enterprises keep coming back (seed 001)
    favourites = wsample(rng, [e for e in binaan if e.tgl < D(2019, 6, 1)], 40, reach)

    def expo(eid, name, kind, date, k, fee, mitra, lokasi):
        n_fav = int(k * 0.6)
        fav = [e for e in favourites if e.tgl <= date]
        rng.shuffle(fav)
        members = fav[:n_fav]
        members += pick(k - len(members), date, exclude=[m.reg for m in members])
        ev = Event(eid, name, kind, date, lokasi, fee, mitra, members)
        ev_expo.append(ev)

    expo("PM-2019-01", "Bazar Ramadhan Fair 2019", "pameran", D(2019, 5, 10), 20, 500_000,
         "Pemko Medan", "Medan Maimun")
    expo("PM-2019-02", "Pameran Medan Expo UMKM 2019", "pameran", D(2019, 8, 14), 25, 750_000,
         "Pemko Medan", "Medan Polonia")
    expo("GL-2019-01", "Display Produk di Galeri UMKM Kota Medan", "galeri", D(2019, 9, 2), 30, None,
         None, "Medan Petisah")
    expo("GL-2020-01", "Display Produk di Galeri UMKM Kota Medan", "galeri", D(2020, 2, 3), 20, None,
         None, "Medan Petisah")
    expo("PM-2020-01", "Pameran Virtual UMKM Kota Medan", "pameran", D(2020, 11, 17), 15, None,
         "Pemko Medan", "Medan Petisah")
    expo("PM-2021-01", "Medan Ramadhan Fair 2021", "pameran", D(2021, 4, 20), 20, 500_000,
         "Pemko Medan", "Medan Maimun")
    expo("GL-2021-01", "Display Produk di Galeri UMKM Kota Medan", "galeri", D(2021, 6, 7), 30, None,
         None, "Medan Petisah")
    expo("PM-2021-02", "Pameran HUT Kota Medan ke-431", "pameran", D(2021, 7, 1), 20, 750_000,
         "Pemko Medan", "Medan Barat")
    expo("PM-2021-03", "Pameran UMKM Sumut Expo 2021", "pameran", D(2021, 11, 23), 15, 1_000_000,
         "Dinas Koperasi UKM Provinsi Sumatera Utara", "Medan Polonia")
    expo("GL-2022-01", "Galeri UMKM Kota Medan 2022", "galeri", D(2022, 3, 1), 30, None, None,
         "Medan Petisah")
    expo("PM-2022-01", "Medan Ramadhan Fair 2022", "pameran", D(2022, 4, 5), 25, 500_000, "Pemko Medan",
         "Medan Maimun")
    expo("PM-2022-02", "Pameran HUT Kota Medan ke-432", "pameran", D(2022, 7, 1), 25, 750_000,
         "Pemko Medan", "Medan Barat")
    expo("PM-2022-03", "Bazar UMKM Lapangan Merdeka", "pameran", D(2022, 12, 9), 20, 500_000,
         "Pemko Medan", "Medan Barat")

    # Two business names with characters outside ASCII that Windows-1252 encodes (é, ’): both in
    # legalitas.csv, which is saved as Windows-1252.
    hl21.members[0].nama = "Café Mak Ijah"
    saka.members[0].nama = "Kedai Kopi D’Tuntungan"
    assert hl21.members[0].sektor == "Kuliner"

    return NS(rng=rng, ents=ents, binaan=binaan, train=ev_train, aid=ev_aid, mon=ev_mon, ecom=ev_ecom,
              legal=ev_legal, expo=ev_expo, saka=saka, modal=modal, gd=gd, td=(td1, td2),
              kec_by_name=kec_by_name)


MEDAN_SECTOR_VARIANTS = {   # sheet -> canonical -> [(label, weight)]
    "2019": {"Kuliner": [("Kuliner", 8), ("KULINER", 2)], "Dagang": [("Dagang", 1)],
             "Produksi": [("Produksi", 1)], "Jasa": [("Jasa", 1)], "Agribisnis": [("Agribisnis", 1)]},
    "2020": {"Kuliner": [("Makanan & Minuman", 1)], "Dagang": [("Perdagangan", 1)],
             "Produksi": [("Produksi", 1)], "Jasa": [("Jasa", 1)], "Agribisnis": [("Pertanian", 1)]},
    "2021": {"Kuliner": [("Kuliner", 6), ("Makanan & Minuman", 2), ("KULINER", 1)],
             "Dagang": [("Dagang", 2), ("Perdagangan", 1)], "Produksi": [("Produksi", 2), ("Industri", 1)],
             "Jasa": [("Jasa", 1)], "Agribisnis": [("Agribisnis", 1), ("Pertanian", 1)]},
    "2022": {"Kuliner": [("Kuliner", 1)], "Dagang": [("Dagang", 1)], "Produksi": [("Industri", 1)],
             "Jasa": [("Jasa", 1)], "Agribisnis": [("Pertanian", 1)]},
}


def choose(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def write_medan(m):
    rng = random.Random(1271_0001)   # formatting choices only
    base = OUT / "medan"
    data = base / "data"
    mess = Mess()
    helvetya_rows = []

    # ------------------------------------------------------------------ registry.xlsx
    header = ["No", "No. Reg", "NIB", "NIK", "NAMA UMKM", "Nama Pelaku Usaha", "L/P", "Bidang Usaha",
              "Skala Usaha", "Kec.", "Kel.", "Alamat", "Tgl Daftar", "Tanggal Daftar Ulang",
              "Status Binaan", "Omset", "Jml TK"]
    wb = new_workbook()
    sheets = {"2019": [e for e in m.ents if e.tgl.year <= 2019]}
    for y in (2020, 2021, 2022):
        sheets[str(y)] = [e for e in m.ents if e.tgl.year == y]
    # duplicate: an enterprise of 2020 typed again into the 2021 sheet at re-registration
    dup_src = [e for e in sheets["2020"] if e.binaan][7]
    titles = {"2019": "TAHUN 2016 - 2019", "2020": "TAHUN 2020", "2021": "TAHUN 2021", "2022": "TAHUN 2022"}
    reg_rows = {}   # reg -> (sheet, row)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        ws["A1"] = "DATA UMKM BINAAN DINAS KOPERASI DAN UKM KOTA MEDAN"
        ws["A1"].font = BOLD
        ws["A2"] = titles[name]
        ws["A2"].font = BOLD
        put_row(ws, 4, header)
        for c in range(1, len(header) + 1):
            ws.cell(row=4, column=c).font = BOLD
            ws.cell(row=4, column=c).alignment = CENTER
        ws.freeze_panes = "A5"
        widths(ws, [5, 15, 15, 19, 30, 28, 5, 18, 11, 20, 20, 30, 12, 12, 12, 13, 7])
        items = list(rows)
        if name == "2021":
            items.insert(60, "DUP")
            items.insert(121, "MENYUSUL")
        r = 5
        no = 0
        for e in items:
            no += 1
            if e == "MENYUSUL":
                put_row(ws, r, [no, None, None, None, None, None, None, "Kuliner", "Mikro", "Medan Denai",
                                None, "data menyusul", D(2021, 5, 20), None, "Ya", None, None])
                mess.add("data/registry.xlsx", f"sheet `2021`, row {r}",
                         "no No. Reg, no NIB, no NIK, no business or owner name; Alamat 'data menyusul' "
                         "(Kuliner, Medan Denai, Tgl Daftar 20/05/2021, Ya)",
                         "quarantine (no identifier); Kuliner 2021-07-31 stays 917")
                r += 1
                continue
            dup = e == "DUP"
            if dup:
                e = dup_src
            sv = MEDAN_SECTOR_VARIANTS[name][e.sektor]
            sektor = choose(rng, sv)
            kec = kec_variant(rng, e.kec)
            if e.kec == "Medan Helvetia" and not dup and rng.random() < 0.05:
                kec = "Medan Helvetya"
                helvetya_rows.append(f"`{name}`!{r} ({e.reg})")
            if name == "2022":
                lp = "Perempuan" if e.female else "Laki-laki"
                status = "Y" if e.binaan else "T"
            else:
                lp = "P" if e.female else "L"
                status = "Ya" if e.binaan else "Tidak"
            put_row(ws, r, [no, e.reg, e.nib, e.nik, e.nama, e.pemilik, lp, sektor, e.skala, kec, e.kel,
                            e.alamat, e.tgl, e.ulang, status, e.omzet, e.tk], money_cols=(16,))
            if dup:
                mess.add("data/registry.xlsx", f"sheet `2021`, row {r}",
                         f"exact duplicate of {e.reg} (sheet `2020`, row {reg_rows[e.reg][1]}), "
                         "typed again at re-registration",
                         "keep one record (dedupe on No. Reg); counts unchanged")
            else:
                reg_rows[e.reg] = (name, r)
            r += 1
        total_row = r
        ws.cell(row=r, column=1, value="JUMLAH").font = BOLD
        ws.cell(row=r, column=2, value=no).font = BOLD
        ws.cell(row=r, column=16, value=sum(e.omzet for e in rows)).number_format = "#,##0"
        ws.cell(row=r, column=17, value=sum(e.tk for e in rows))
        mess.add("data/registry.xlsx", f"sheet `{name}`, row {total_row}",
                 f"totals row: A='JUMLAH', B={no} (rows numbered), P=sum of Omset, Q=sum of Jml TK",
                 "skip as a totals row")
    ref = wb.create_sheet("Ref")
    ref.sheet_state = "hidden"
    put_row(ref, 1, ["Kecamatan", "Bidang Usaha", "L/P", "Status Binaan", "Skala Usaha"])
    kec_names = [k for k in sorted(m.kec_by_name)]
    lists = [kec_names, ["Kuliner", "Jasa", "Dagang", "Produksi", "Agribisnis"], ["L", "P"],
             ["Ya", "Tidak"], ["Mikro", "Kecil", "Menengah"]]
    for c, values in enumerate(lists, start=1):
        for i, v in enumerate(values, start=2):
            ref.cell(row=i, column=c, value=v)
    save_workbook(wb, data / "registry.xlsx")
    mess.add("data/registry.xlsx", "every sheet, rows 1-3",
             "title rows 'DATA UMKM BINAAN DINAS KOPERASI DAN UKM KOTA MEDAN', 'TAHUN ...', blank; "
             "header on row 4", "find the header row")
    mess.add("data/registry.xlsx", "sheet `Ref` (hidden)", "helper lists for drop-downs (kecamatan, "
             "sectors, L/P, Ya/Tidak, scale); not a data sheet", "ignore (not listed in berdaya.yaml)")
    mess.add("data/registry.xlsx", "sheet `2022`", "L/P column holds 'Laki-laki'/'Perempuan'; Status "
             "Binaan holds 'Y'/'T'; Bidang Usaha 'Industri' (= Produksi), 'Pertanian' (= Agribisnis)",
             "map the values")
    mess.add("data/registry.xlsx", "sheets `2020`, `2021`", "sector variants 'Makanan & Minuman', "
             "'KULINER' (= Kuliner), 'Perdagangan' (= Dagang), 'Industri' (= Produksi), 'Pertanian' "
             "(= Agribisnis)", "map the values")
    mess.add("data/registry.xlsx", "all sheets, Kec.", "kecamatan written 'Kec. Medan Johor', "
             "'MEDAN JOHOR'; typo 'Medan Helvetya' in rows " + ", ".join(helvetya_rows),
             "normalise to the Kemendagri name (12.71.xx)")

    # ------------------------------------------------------------------ pelatihan.csv (semicolon, UTF-8 BOM)
    head = ["No", "ID Kegiatan", "Nama Kegiatan", "Jenis Kegiatan", "Tgl Kegiatan", "No. Reg",
            "Lokasi Kegiatan", "Biaya"]
    pad = [""] * (len(head) - 1)
    rows = [["DAFTAR PESERTA PELATIHAN, PENDAMPINGAN DAN SOSIALISASI UMKM BINAAN"] + pad,
            ["DINAS KOPERASI DAN UKM KOTA MEDAN TAHUN 2019 - 2022"] + pad, [""] * len(head), head]
    no = 0
    extras = {  # eid -> extra bad rows appended after the event's participants
        "PLT-2021-03": "outside", "SOS-2022-01": "baddate",
    }
    valid_extra = [e for e in m.binaan if e.tgl < D(2021, 1, 1)]
    for ev in sorted(m.train, key=lambda x: (x.date, x.eid)):
        style = rng.choice(["dmy/", "dmy/", "long"])
        lok = kec_variant(rng, ev.lokasi, 0.3, 0.1)
        if ev.eid == "PLT-2021-01":    # a coordination meeting typed into the same sheet
            no += 1
            rows.append([no, "RAPAT-2021-01", "Rapat koordinasi", "Rapat", fdate(D(2021, 3, 2), style),
                         valid_extra[3].reg, lok, ""])
            mess.add("data/pelatihan.csv", f"line {len(rows)}", "'Rapat koordinasi', Jenis 'Rapat' "
                     f"(unknown kind and name), No. Reg {valid_extra[3].reg}",
                     "quarantine or keep as kind 'other'; it counts in no dimension")
        for mem in ev.members:
            no += 1
            rows.append([no, ev.eid, ev.name, JENIS[ev.jenis], fdate(ev.date, style), mem.reg, lok, ""])
        if extras.get(ev.eid) == "outside":
            no += 1
            rows.append([no, ev.eid, ev.name, JENIS[ev.jenis], fdate(ev.date, style), "MDN-2021-0999",
                         lok, ""])
            mess.add("data/pelatihan.csv", f"line {len(rows)}", "No. Reg MDN-2021-0999 is not in the "
                     "registry (reach outside the registry)", "report as unlinked, not as a binaan")
        if extras.get(ev.eid) == "baddate":
            no += 1
            rows.append([no, ev.eid, ev.name, JENIS[ev.jenis], "31/02/2022", valid_extra[5].reg, lok, ""])
            mess.add("data/pelatihan.csv", f"line {len(rows)}", "date '31/02/2022' (does not exist), "
                     f"No. Reg {valid_extra[5].reg}", "quarantine (invalid date)")
    rows.append(["JUMLAH", "", "", "", "", no, "", ""])
    mess.add("data/pelatihan.csv", f"line {len(rows)}", f"totals row 'JUMLAH' with {no} in the No. Reg "
             "column", "skip as a totals row")
    mess.add("data/pelatihan.csv", "lines 1-3", "title rows and a blank row (trailing ';'); header on "
             "line 4; semicolon-separated, UTF-8 with BOM, CRLF", "detect dialect and header")
    mess.add("data/pelatihan.csv", "Tgl Kegiatan", "dates as '12/03/2019' or '9 Maret 2021' (per "
             "activity)", "parse both")
    write_csv(data / "pelatihan.csv", rows, ";", "utf-8-sig")

    # ------------------------------------------------------------------ bantuan.xlsx
    wb = new_workbook()
    ws = wb.create_sheet("Bantuan")
    head = ["No", "ID Kegiatan", "Nama Kegiatan", "Jenis Kegiatan", "Tanggal", "No. Reg",
            "Lokasi Kegiatan", "Nilai Bantuan (Rp)", "Mitra"]
    ws["A1"] = "REKAPITULASI BANTUAN UMKM BINAAN"
    ws["A2"] = "DINAS KOPERASI, USAHA KECIL DAN MENENGAH KOTA MEDAN TAHUN 2019 - 2022"
    ws["A1"].font = ws["A2"].font = BOLD
    put_row(ws, 4, head)
    for c in range(1, len(head) + 1):
        ws.cell(row=4, column=c).font = BOLD
    ws.freeze_panes = "A5"
    widths(ws, [5, 12, 42, 18, 12, 15, 20, 18, 28])
    r, no = 5, 0
    saka_rows = []
    for ev in sorted(m.aid, key=lambda x: (x.date, x.eid)):
        for mem in ev.members:
            no += 1
            lok = kec_variant(rng, ev.lokasi or mem.kec, 0.2, 0.05)
            put_row(ws, r, [no, ev.eid, ev.name, JENIS[ev.jenis], ev.date, mem.reg, lok, ev.biaya,
                            ev.mitra], money_cols=(8,))
            if ev is m.modal:
                saka_rows.append(r)
            r += 1
    mess.add("data/bantuan.xlsx", f"sheet `Bantuan`, rows {saka_rows[0]}-{saka_rows[-1]}",
             "SAKA SANWIRA capital aid: 10 rows x Rp 1.500.000 = Rp 15.000.000, Medan Tuntungan, "
             "15/09/2022 (bantuan_modal)", "sum to 15,000,000 (claim medan-saka-sanwira-2022)")
    ws = wb.create_sheet("Monitoring")
    head_m = ["No", "ID Kegiatan", "Nama Kegiatan", "Jenis Kegiatan", "Tanggal", "No. Reg",
              "Lokasi Kegiatan"]
    ws["A1"] = "MONITORING PENERIMA BANTUAN PERALATAN"
    ws["A1"].font = BOLD
    put_row(ws, 3, head_m)
    for c in range(1, len(head_m) + 1):
        ws.cell(row=3, column=c).font = BOLD
    widths(ws, [5, 16, 40, 14, 12, 15, 20])
    r, no = 4, 0
    visits = [(ev.dates[mem.reg], ev.eid, mem, ev) for ev in m.mon for mem in ev.members]
    visits.sort(key=lambda t: (t[0], t[1], t[2].reg))
    for date, eid, mem, ev in visits:
        no += 1
        put_row(ws, r, [no, eid, ev.name, JENIS["monitoring"], date, mem.reg, kec_variant(rng, mem.kec)])
        r += 1
    save_workbook(wb, data / "bantuan.xlsx")
    mess.add("data/bantuan.xlsx", "sheet `Bantuan`, rows 1-3; sheet `Monitoring`, rows 1-2",
             "title rows above the header (row 4 and row 3)", "find the header row")

    # ------------------------------------------------------------------ ecommerce.csv (comma, UTF-8, NIB)
    head = ["No", "ID Kegiatan", "Nama Kegiatan", "Jenis Kegiatan", "Tanggal", "NIB", "Lokasi Kegiatan",
            "Mitra", "Status Akun"]
    rows = [["DATA UMKM BINAAN YANG DIFASILITASI E-COMMERCE"] + [""] * 8, head]
    no = 0
    for ev in sorted(m.ecom, key=lambda x: (x.date, x.eid)):
        style = rng.choice(["iso", "dmy-"])
        for mem in ev.members:
            no += 1
            st = ev.status[mem.reg]
            if rng.random() < 0.3:
                st = st.title()
            rows.append([no, ev.eid, ev.name, JENIS[ev.jenis], fdate(ev.date, style), mem.nib,
                         kec_variant(rng, ev.lokasi, 0.2, 0.0), ev.mitra, st])
    write_csv(data / "ecommerce.csv", rows, ",", "utf-8")
    mess.add("data/ecommerce.csv", "whole file", "comma-separated, UTF-8 without BOM; one title row, "
             "header on line 2; enterprises identified by NIB (no No. Reg column); dates '2021-04-20' or "
             "'20-04-2021'; Status Akun 'aktif'/'tidak aktif' in either case", "link on NIB")

    # ------------------------------------------------------------------ legalitas.csv (;, Windows-1252, NIK+name)
    head = ["No", "ID Kegiatan", "Nama Kegiatan", "Jenis Kegiatan", "Tanggal", "NIK", "Nama Usaha",
            "Kelurahan", "Lokasi Kegiatan", "Mitra"]
    rows = [["DATA FASILITASI LEGALITAS USAHA (NIB, SERTIFIKAT HALAL) DAN SENTRA KELOMPOK"] + [""] * 9,
            ["DINAS KOPERASI DAN UKM KOTA MEDAN"] + [""] * 9, [""] * 10, head]
    no = 0
    name_only = []
    upper_rows = []
    for ev in sorted(m.legal, key=lambda x: (x.date, x.eid)):
        style = rng.choice(["short", "long"])
        for i, mem in enumerate(ev.members):
            no += 1
            nik = mem.nik
            nama = mem.nama
            if ev.eid == "NIB-2022-01" and i in (3, 11, 19):
                nik = ""      # owner forgot the KTP: link on business name + kelurahan
                name_only.append(len(rows) + 1)
            elif rng.random() < 0.08 and "’" not in nama and "é" not in nama:
                nama = nama.upper()
                upper_rows.append(len(rows) + 1)
            lok = kec_variant(rng, ev.lokasi or mem.kec, 0.25, 0.05)
            rows.append([no, ev.eid, ev.name, JENIS[ev.jenis], fdate(ev.date, style), nik, nama, mem.kel,
                         lok, ev.mitra])
    cafe = [i + 1 for i, r in enumerate(rows) if r[6] in ("Café Mak Ijah", "Kedai Kopi D’Tuntungan")]
    write_csv(data / "legalitas.csv", rows, ";", "cp1252")
    mess.add("data/legalitas.csv", "whole file", "semicolon-separated, Windows-1252 (not UTF-8), CRLF; "
             "title rows 1-3, header on line 4; enterprises identified by NIK + Nama Usaha + Kelurahan "
             "(no No. Reg); dates '15 Jun 2021' or '15 Juni 2021'", "decode cp1252; link on NIK, "
             "else on name + kelurahan")
    mess.add("data/legalitas.csv", "lines " + ", ".join(map(str, cafe)), "business names 'Café Mak Ijah' "
             "(0xE9) and 'Kedai Kopi D’Tuntungan' (0x92) in Windows-1252", "decode to é and ’")
    mess.add("data/legalitas.csv", "lines " + ", ".join(map(str, name_only)), "NIK empty: link on Nama "
             "Usaha + Kelurahan", "link by name")
    mess.add("data/legalitas.csv", f"{len(upper_rows)} lines (" + ", ".join(map(str, upper_rows)) + ")",
             "Nama Usaha in capitals", "match names case-insensitively")

    # ------------------------------------------------------------------ pameran.csv (comma, UTF-8)
    head = ["No", "ID Kegiatan", "Nama Kegiatan", "Jenis Kegiatan", "Tgl Kegiatan", "No. Reg",
            "Lokasi Kegiatan", "Biaya", "Mitra"]
    rows = [["PESERTA PAMERAN, BAZAR DAN GALERI UMKM"] + [""] * 8, [""] * 9, head]
    no = 0
    for ev in sorted(m.expo, key=lambda x: (x.date, x.eid)):
        style = rng.choice(["dmy-", "short"])
        for mem in ev.members:
            no += 1
            rows.append([no, ev.eid, ev.name, JENIS[ev.jenis], fdate(ev.date, style), mem.reg,
                         kec_variant(rng, ev.lokasi, 0.2, 0.05), frp(ev.biaya, rng.choice(["plain", "rp", "dec"])),
                         ev.mitra or ""])
    write_csv(data / "pameran.csv", rows, ",", "utf-8")
    mess.add("data/pameran.csv", "whole file", "comma-separated UTF-8; title row and a blank row, header "
             "on line 3; dates '20-04-2021' or '20 Apr 2021'; Biaya '500.000', 'Rp 500.000' or "
             "'500.000,00' (quoted, it holds a comma)", "parse Indonesian numbers")

    return mess, helvetya_rows


def medan_readme(m, mess):
    ents, binaan = m.ents, m.binaan
    lines = []
    sector_rows = "\n".join(f"| {s} | {registered(ents, D(2021, 7, 31), s)} | {n} |"
                            for s, n in MEDAN_SECTOR_2021.items())
    trained = {e.reg for ev in m.train if ev.jenis in ("pelatihan", "pendampingan", "sosialisasi")
               for e in ev.members}
    protect_kec = sorted({e.kec for ev in m.legal for e in ev.members})
    no_protect = sorted(set(m.kec_by_name) - set(protect_kec))
    n_rows = {k: sum(len(ev.members) for ev in getattr(m, k)) for k in ("train", "aid", "mon", "ecom", "legal", "expo")}
    return f"""# Kota Medan (12.71), 2019-2022: sample project

**The records are synthetic.** No enterprise, owner, NIK or NIB here is real. They are made by
`scripts/make-sample-data.py` (seeded `random.Random`, no clock; rerun it and the files are
byte-identical). What is real are the aggregates: they equal the figures the studies publish
(DOMAIN.md, "Published figures to reproduce"), and `findings.yaml` checks them.

- `berdaya.yaml`: the 2021 report the studies describe (period 2021, as of 2021-07-31, Friedmann).
- `../medan-2022/berdaya.yaml`: the same data files, period 2022 (for `berdaya compare`).
- `findings.yaml`: the published 2019-2021 figures of seed 000, including the two growth claims
  (+36 %, +167 %) that its own table does not support.

## Files

| file | kind | format |
|---|---|---|
| `data/registry.xlsx` | registry | XLSX, sheets `2019` (registrations 2016-2019), `2020`, `2021`, `2022`, hidden `Ref`; real Excel dates |
| `data/pelatihan.csv` | activities: pelatihan, pendampingan, sosialisasi | `;`, UTF-8 with BOM |
| `data/bantuan.xlsx` | activities: bantuan_peralatan, bantuan_modal, rekomendasi_kredit (sheet `Bantuan`); monitoring visits (sheet `Monitoring`) | XLSX |
| `data/ecommerce.csv` | activities: ecommerce (Shopee, Tokopedia, Bukalapak, GoFood, GrabFood; Status Akun) | `,`, UTF-8, linked by NIB |
| `data/legalitas.csv` | activities: nib, sertifikasi_halal, sentra_kelompok (SAKA SANWIRA) | `;`, Windows-1252, linked by NIK + Nama Usaha + Kelurahan |
| `data/pameran.csv` | activities: pameran, galeri | `,`, UTF-8 |

Jenis Kegiatan is written as the office writes it: `Pelatihan`, `Pendampingan`, `Sosialisasi`,
`Bantuan Peralatan`, `Bantuan Modal`, `Rekomendasi Kredit`, `Pameran`, `Galeri`, `E-Commerce`,
`NIB`, `Sertifikasi Halal`, `Sentra Kelompok`, `Monitoring` (and one unknown `Rapat`, below).

## The published figures and what the data give

Registered = status binaan Ya and Tgl Daftar on or before the date, one record per No. Reg.

| as of | computed from these files | published (seed 000) |
|---|---|---|
| 2019-12-31 | {registered(ents, D(2019, 12, 31))} | 1,284 |
| 2020-12-31 | {registered(ents, D(2020, 12, 31))} | 1,320 |
| 2021-07-31 | {registered(ents, D(2021, 7, 31))} | 1,487 |
| 2021-12-31 | {registered(ents, D(2021, 12, 31))} | not published |
| 2022-12-31 | {registered(ents, D(2022, 12, 31))} | not published (synthetic enterprises registered after July 2021) |

| sector, as of 2021-07-31 | computed | published |
|---|---|---|
{sector_rows}

Growth from the table: 2019 to July 2021 = 1487/1284 - 1 = **+15.8 %** (paper: +36 %); 2020 to
July 2021 = 1487/1320 - 1 = **+12.7 %** (paper: +167 %). Boundary rows on purpose: registrations on
2019-12-31, 2020-01-02, 2020-12-31, 2021-01-04, 2021-07-30 (Friday) and 2021-08-02.
Besides the 1,600 binaan the registry holds {sum(1 for e in ents if not e.binaan)} enterprises with status
binaan Tidak (some of scale Kecil), which count nowhere. All binaan are skala Mikro.

2022 figures (seed 001), in `../medan-2022/findings.yaml`:
- 7 Go Digital trainings: `GD-2022-01` .. `GD-2022-07`, "Pelatihan Go Digital Angkatan 1" .. "7",
  25 distinct participants each ({sum(len(e.members) for e in m.gd)} in all), `data/pelatihan.csv`.
- Digital-trend training 27-30 June 2022: `TD-2022-01` "Pelatihan Tren Digital Sesi 1" (27/06/2022)
  and `TD-2022-02` "... Sesi 2" (29/06/2022), 25 + 25 = {len(m.td[0].members) + len(m.td[1].members)} distinct enterprises.
- SAKA SANWIRA, 15 September 2022, Medan Tuntungan only: `SK-2022-01` "Peresmian SAKA SANWIRA
  Kecamatan Medan Tuntungan" (Sentra Kelompok, {len(m.saka.members)} member enterprises, no amount, in
  `legalitas.csv`); `BM-2022-01` "Bantuan Modal Usaha SAKA SANWIRA" (Bantuan Modal, 10 x Rp 1.500.000
  = **Rp 15.000.000**, in `bantuan.xlsx`). Seed 001 also reports production equipment handed over at
  the launch (sewing machine, electric oven, gas stove, mixer): `BP-2022-02` .. `BP-2022-05`, same
  day and kecamatan, named without "SAKA SANWIRA" so that the Rp 15.000.000 stays the capital aid.
  `PLT-2022-02` "Pelatihan Menjahit SAKA SANWIRA" (October 2022) has no amount.
- 2021 equipment-aid kinds (seed 000 table 4), `BP-2021-01` .. `BP-2021-10`: Bantuan Peralatan
  Oven, Bantuan Paket Usaha, Bantuan Mesin Scaler, Bantuan Lemari Etalase (Display Cabinet),
  Bantuan Mesin Slicer, Bantuan Mesin Potong, Bantuan Mesin Jahit, Bantuan Mesin Sablon, Bantuan
  Mesin Pengemas, Bantuan Kompresor. Monitoring visits (sheet `Monitoring`) follow about 60 % of the
  2021 aid within 21-35 days and half of those again a year later; older and newer aid less often.

Uneven reach (on purpose): protecting activities (NIB, halal, sentra) never reach
{", ".join(no_protect)}; the other activities reach central kecamatan (Medan Kota, Baru, Petisah)
several times more easily than Belawan, Labuhan and Marelan. E-commerce accounts are mostly
`tidak aktif`. {len(trained)} distinct enterprises had an enabling activity 2019-2022.

Activity rows: pelatihan.csv {n_rows['train']} participants (+3 bad rows), bantuan.xlsx {n_rows['aid']} aid rows and
{n_rows['mon']} monitoring visits, ecommerce.csv {n_rows['ecom']}, legalitas.csv {n_rows['legal']}, pameran.csv {n_rows['expo']}.

## Planted mess

Rows are 1-based: spreadsheet rows for XLSX, physical lines for CSV.

{mess.table()}
"""


# ============================================================================================
# Binjai
# ============================================================================================

BINJAI_POP = {2019: 9972, 2020: 18181, 2021: 20852, 2022: 20968, 2023: 21134, 2024: 21601}
BINJAI_PUBLISHED = (2019, 2020, 2021, 2024)
BINJAI_KEC_W = {"Binjai Utara": 27, "Binjai Kota": 19, "Binjai Barat": 15, "Binjai Timur": 22,
                "Binjai Selatan": 17}
BINJAI_SEC_W = {"Kuliner": 38, "Dagang": 30, "Jasa": 16, "Produksi": 10, "Agribisnis": 6}
BINJAI_NO_PROTECT = ["Binjai Barat"]


def build_binjai():
    rng = random.Random(1275_2024)
    people = People(rng, "1275", SURNAMES_SUMUT)
    kecs = kecamatan_of("12.75")
    kec_w = [BINJAI_KEC_W[k[1]] for k in kecs]

    # Population: kecamatan x sector x year, exact yearly totals
    pop = []
    jitter = {(k[1], s): rng.uniform(0.8, 1.2) for k in kecs for s in BINJAI_SEC_W}
    for year, total in BINJAI_POP.items():
        cells = [(k[1], s) for k in kecs for s in BINJAI_SEC_W]
        w = [BINJAI_KEC_W[k] * BINJAI_SEC_W[s] * jitter[(k, s)] * rng.uniform(0.97, 1.03) for k, s in cells]
        for (k, s), n in zip(cells, allocate(total, w)):
            pop.append((k, s, year, n))

    # Registry of binaan
    buckets = [(D(2017, 1, 2), D(2019, 12, 31), 120), (D(2020, 1, 2), D(2020, 12, 31), 40),
               (D(2021, 1, 4), D(2021, 12, 31), 45), (D(2022, 1, 3), D(2022, 12, 30), 40),
               (D(2023, 1, 2), D(2023, 12, 29), 35), (D(2024, 1, 2), D(2024, 12, 31), 40)]
    ents = []
    for lo, hi, n in buckets:
        for d in rand_days(rng, lo, hi, n):
            s = rng.choices(list(BINJAI_SEC_W), weights=list(BINJAI_SEC_W.values()))[0]
            ents.append(make_enterprise(rng, people, None, s, rng.choices(kecs, weights=kec_w)[0], d, True))
    for d in rand_days(rng, D(2018, 1, 2), D(2024, 6, 28), 18):
        s = rng.choice(list(BINJAI_SEC_W))
        ents.append(make_enterprise(rng, people, None, s, rng.choices(kecs, weights=kec_w)[0], d, False,
                                    "Kecil" if rng.random() < 0.3 else "Mikro"))
    ents.sort(key=lambda e: (e.tgl, e.nik))
    seq = {}
    for e in ents:
        seq[e.tgl.year] = seq.get(e.tgl.year, 0) + 1
        e.reg = f"BJI-{e.tgl.year}-{seq[e.tgl.year]:03d}"
        if rng.random() < 0.4:
            e.nib = people.nib()
        if rng.random() < 0.6:
            u = workday(e.tgl + dt.timedelta(days=rng.randint(180, 900)))
            if u <= D(2024, 12, 20):
                e.ulang = u
    binaan = [e for e in ents if e.binaan]
    ents_by_reg = {e.reg: e for e in ents}

    reach = {"Binjai Kota": 2.0, "Binjai Utara": 1.3, "Binjai Timur": 1.0, "Binjai Selatan": 0.8,
             "Binjai Barat": 0.5}
    events = []

    def ev(eid, name, kind, date, k, lokasi=None, biaya=None, mitra=None, sektor=None, protect=False,
           pool=None):
        base = pool if pool is not None else binaan
        cand = [e for e in base if e.tgl <= date and (sektor is None or e.sektor in sektor)
                and not (protect and e.kec in BINJAI_NO_PROTECT)]
        x = Event(eid, name, kind, date, lokasi, biaya, mitra, wsample(rng, cand, k, lambda e: reach[e.kec]))
        events.append(x)
        return x

    K, P = ["Kuliner"], ["Produksi"]
    ev("PLT-2019-01", "Pelatihan Kewirausahaan: Manajemen Keuangan", "pelatihan", D(2019, 3, 19), 25, "Binjai Kota")
    ev("PM-2019-01", "Pameran Produk UMKM HUT Kota Binjai ke-147", "pameran", D(2019, 5, 17), 15, "Binjai Kota",
       750_000, "Pemko Binjai")
    ev("BP-2019-01", "Bantuan Alat Usaha: Alat Masak", "bantuan_peralatan", D(2019, 9, 10), 10, None, 1_750_000,
       sektor=K)
    ev("PLT-2020-01", "Pelatihan Digital Marketing (Daring)", "pelatihan", D(2020, 8, 11), 25, "Binjai Kota")
    ev("NIB-2020-01", "Fasilitasi Pendaftaran NIB", "nib", D(2020, 10, 6), 20, "Binjai Kota",
       mitra="DPMPTSP Kota Binjai", protect=True)
    ev("BP-2020-01", "Bantuan Alat Usaha: Mesin Jahit", "bantuan_peralatan", D(2020, 11, 24), 8, None, 2_500_000,
       sektor=P + ["Jasa"])
    ev("SOS-2021-01", "Sosialisasi Program Pemberdayaan UMKM", "sosialisasi", D(2021, 2, 23), 40, "Binjai Utara")
    ev("PLT-2021-01", "Pelatihan Pengemasan Produk", "pelatihan", D(2021, 4, 13), 25, "Binjai Kota")
    ev("HL-2021-01", "Pendampingan Sertifikasi Halal", "sertifikasi_halal", D(2021, 6, 22), 15, "Binjai Kota",
       mitra="BPJPH", sektor=K, protect=True)
    ev("PM-2021-01", "Pameran UMKM HUT Kota Binjai ke-149", "pameran", D(2021, 5, 17), 15, "Binjai Kota",
       750_000, "Pemko Binjai")
    ev("NIB-2021-01", "Fasilitasi NIB melalui OSS RBA", "nib", D(2021, 10, 12), 25, "Binjai Kota",
       mitra="DPMPTSP Kota Binjai", protect=True)
    ev("PLT-2022-01", "Pelatihan Kewirausahaan Angkatan 2022", "pelatihan", D(2022, 3, 15), 25, "Binjai Timur")
    ev("BP-2022-01", "Bantuan Alat Usaha: Alat Tenun", "bantuan_peralatan", D(2022, 6, 21), 6, None, 4_500_000,
       sektor=P)
    ev("PM-2022-01", "Pameran UMKM MTQ Kota Binjai", "pameran", D(2022, 9, 6), 20, "Binjai Selatan", 500_000,
       "Pemko Binjai")
    ev("HL-2022-01", "Pendampingan Sertifikasi Halal Gratis (SEHATI)", "sertifikasi_halal", D(2022, 8, 9), 15,
       "Binjai Kota", mitra="BPJPH", sektor=K, protect=True)
    ev("PLT-2023-01", "Pelatihan Digital Marketing", "pelatihan", D(2023, 3, 14), 25, "Binjai Kota")
    ev("NIB-2023-01", "Fasilitasi NIB melalui OSS RBA", "nib", D(2023, 5, 9), 25, "Binjai Utara",
       mitra="DPMPTSP Kota Binjai", protect=True)
    ev("PM-2023-01", "Pameran UMKM HUT Kota Binjai ke-151", "pameran", D(2023, 5, 17), 15, "Binjai Kota",
       750_000, "Pemko Binjai")
    ev("BP-2023-01", "Bantuan Alat Usaha: Alat Masak", "bantuan_peralatan", D(2023, 8, 15), 10, None, 1_750_000,
       sektor=K)
    p24 = ev("PLT-2024-01", "Pelatihan Manajemen Keuangan UMKM", "pelatihan", D(2024, 2, 20), 25, "Binjai Kota")
    ev("HL-2024-01", "Pendampingan Sertifikasi Halal", "sertifikasi_halal", D(2024, 4, 23), 20, "Binjai Kota",
       mitra="BPJPH", sektor=K, protect=True)
    ev("PM-2024-01", "Pameran UMKM MTQ Kota Binjai", "pameran", D(2024, 7, 2), 20, "Binjai Timur", 500_000,
       "Pemko Binjai")
    ev("BP-2024-01", "Bantuan Alat Usaha: Mesin Jahit", "bantuan_peralatan", D(2024, 8, 13), 8, None, 2_500_000,
       sektor=P + ["Jasa"])
    ev("PDP-2024-01", "Pendampingan Pasca Pelatihan", "pendampingan", D(2024, 9, 10), 15, "Binjai Kota",
       pool=p24.members)
    for x in [x for x in events if x.jenis == "bantuan_peralatan"]:
        mon = Event(f"MON-{x.eid}", "Monitoring Bantuan Alat Usaha", "monitoring", None)
        for mem in x.members:
            if rng.random() < 0.35:
                mon.members.append(mem)
                mon.dates[mem.reg] = workday(x.date + dt.timedelta(days=rng.randint(25, 60)))
        if mon.members:
            mon.date = min(mon.dates.values())
            events.append(mon)
    return NS(pop=pop, ents=ents, binaan=binaan, events=events, by_reg=ents_by_reg, kecs=kecs)


def write_binjai(b):
    rng = random.Random(1275_0001)
    data = OUT / "binjai" / "data"
    mess = Mess()

    # ---------------------------------------------------------------- populasi.csv (;, UTF-8)
    head = ["Kecamatan", "Sektor", "Tahun", "Jumlah UMKM"]
    rows = [["JUMLAH UMKM MENURUT KECAMATAN DAN SEKTOR", "", "", ""],
            ["KOTA BINJAI TAHUN 2019 - 2024", "", "", ""], ["", "", "", ""], head]
    old_sector = {"Kuliner": "Makanan & Minuman", "Dagang": "Perdagangan", "Jasa": "Jasa",
                  "Produksi": "Industri", "Agribisnis": "Pertanian"}
    for k, s, year, n in b.pop:
        kec = k.upper() if year == 2019 else kec_variant(rng, k, 0.15, 0.0)
        sek = old_sector[s] if year <= 2020 else s
        rows.append([kec, sek, year, thousands(n)])
    total = sum(n for *_, n in b.pop)
    rows.append(["JUMLAH", "", "", thousands(total)])
    write_csv(data / "populasi.csv", rows, ";", "utf-8")
    mess.add("data/populasi.csv", "whole file", "semicolon-separated UTF-8; title rows 1-3, header on "
             "line 4; Jumlah UMKM with '.' as thousands separator ('2.431'); 2019 rows write the "
             "kecamatan in capitals ('BINJAI UTARA'), later rows sometimes 'Kec. Binjai Kota'; 2019-2020 "
             "rows use 'Makanan & Minuman', 'Perdagangan', 'Industri', 'Pertanian'",
             "parse '2.431' as 2431; map names and sectors")
    mess.add("data/populasi.csv", f"line {len(rows)}", f"totals row 'JUMLAH' = {thousands(total)} (all "
             "years together)", "skip as a totals row")

    # ---------------------------------------------------------------- binaan.csv (,, Windows-1252)
    head = ["No", "No. Reg", "NIB", "NIK", "Nama Usaha", "Nama Pemilik", "Jenis Kelamin", "Sektor Usaha",
            "Skala Usaha", "Kecamatan", "Kelurahan", "Alamat", "Tanggal Daftar", "Tanggal Daftar Ulang",
            "Binaan", "Omzet Bulanan (Rp)", "Tenaga Kerja"]
    pad = [""] * (len(head) - 1)
    rows = [["DATA UMKM BINAAN DINAS KOPERASI DAN UKM KOTA BINJAI"] + pad, ["TAHUN 2019 - 2024"] + pad,
            [""] * len(head), head]
    # two names with characters that Windows-1252 holds
    kul = [e for e in b.binaan if e.sektor == "Kuliner"]
    kul[4].nama = "Roti Bakar D’Binjai"
    kul[9].nama = "Café Rambung"
    sec_var = {"Kuliner": [("Kuliner", 6), ("KULINER", 1), ("Makanan & Minuman", 2)],
               "Dagang": [("Dagang", 2), ("Perdagangan", 2)], "Jasa": [("Jasa", 1)],
               "Produksi": [("Produksi", 2), ("Industri", 1)], "Agribisnis": [("Agribisnis", 1), ("Pertanian", 1)]}
    items = list(b.ents)
    dup_src = [e for e in b.binaan if e.tgl.year == 2021][5]
    items.insert(200, "DUP")
    items.insert(150, "MENYUSUL")
    no = 0
    src_line = {}
    for e in items:
        no += 1
        if e == "MENYUSUL":
            rows.append([no, "", "", "", "", "", "", "Kuliner", "Mikro", "Binjai Kota", "", "data menyusul",
                         "14/03/2022", "", "Y", "", ""])
            mess.add("data/binaan.csv", f"line {len(rows)}", "no No. Reg, NIB, NIK or names; Alamat "
                     "'data menyusul' (Kuliner, Binjai Kota, 14/03/2022, Y)", "quarantine")
            continue
        dup = e == "DUP"
        if dup:
            e = dup_src
        jk = ("Perempuan" if e.female else "Laki-laki") if rng.random() < 0.8 else ("P" if e.female else "L")
        st = ("Y" if e.binaan else "T") if rng.random() < 0.75 else ("Ya" if e.binaan else "Tidak")
        ds = rng.choice(["dmy/", "dmy-", "long", "iso", "short"])
        rows.append([no, e.reg, e.nib or "", e.nik, e.nama, e.pemilik, jk, choose(rng, sec_var[e.sektor]),
                     e.skala, kec_variant(rng, e.kec, 0.1, 0.1), e.kel, e.alamat, fdate(e.tgl, ds),
                     fdate(e.ulang, ds), st, frp(e.omzet, rng.choice(["plain", "rp", "dec"])), e.tk])
        if dup:
            mess.add("data/binaan.csv", f"line {len(rows)}", f"duplicate of {e.reg} (line {src_line[e.reg]})",
                     "keep one record")
        else:
            src_line[e.reg] = len(rows)
    rows.append(["JUMLAH", no, "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""])
    mess.add("data/binaan.csv", f"line {len(rows)}", f"totals row 'JUMLAH' with {no}", "skip")
    special = [i + 1 for i, r in enumerate(rows) if r[4] in ("Roti Bakar D’Binjai", "Café Rambung")]
    write_csv(data / "binaan.csv", rows, ",", "cp1252")
    mess.add("data/binaan.csv", "whole file", "comma-separated, Windows-1252, CRLF; title rows 1-3, header on "
             "line 4; dates in five forms ('31/07/2021', '31-07-2021', '31 Juli 2021', '2021-07-31', "
             "'31 Jul 2021'); Omzet '2.500.000', 'Rp 2.500.000' or '2.500.000,00'; Jenis Kelamin "
             "'Laki-laki'/'Perempuan' or 'L'/'P'; Binaan 'Y'/'T' or 'Ya'/'Tidak'", "parse all")
    mess.add("data/binaan.csv", "lines " + ", ".join(map(str, special)), "'Roti Bakar D’Binjai' (0x92) and "
             "'Café Rambung' (0xE9)", "decode cp1252")

    # ---------------------------------------------------------------- kegiatan.csv (;, UTF-8)
    head = ["No", "ID Kegiatan", "Nama Kegiatan", "Jenis Kegiatan", "Tanggal", "No. Reg", "Lokasi Kegiatan",
            "Biaya", "Mitra"]
    rows = [["REKAP KEGIATAN PEMBERDAYAAN UMKM DINAS KOPERASI DAN UKM KOTA BINJAI"] + [""] * 8, head]
    no = 0
    valid = [e for e in b.binaan if e.tgl < D(2021, 1, 1)]
    flat = []
    for x in b.events:
        for mem in x.members:
            flat.append((x.dates.get(mem.reg, x.date), x.eid, mem.reg, x, mem))
    flat.sort(key=lambda t: (t[0], t[1], t[2]))
    done = set()
    for date, eid, reg, x, mem in flat:
        style = rng.choice(["dmy/", "long", "short"])
        if date.year == 2021 and "rapat" not in done:
            done.add("rapat")
            no += 1
            rows.append([no, "RPT-2021-01", "Rapat koordinasi", "Rapat", fdate(D(2021, 1, 26), style),
                         valid[2].reg, "Binjai Kota", "", ""])
            mess.add("data/kegiatan.csv", f"line {len(rows)}", "'Rapat koordinasi', Jenis 'Rapat' (unknown)",
                     "quarantine or kind 'other'")
        if date.year == 2022 and "baddate" not in done:
            done.add("baddate")
            no += 1
            rows.append([no, "PLT-2022-01", "Pelatihan Kewirausahaan Angkatan 2022", "Pelatihan",
                         "31/02/2022", valid[6].reg, "Binjai Timur", "", ""])
            mess.add("data/kegiatan.csv", f"line {len(rows)}", "date '31/02/2022'", "quarantine")
        if date.year == 2023 and "outside" not in done:
            done.add("outside")
            no += 1
            rows.append([no, "PLT-2023-01", "Pelatihan Digital Marketing", "Pelatihan",
                         fdate(D(2023, 3, 14), style), "BJI-2023-999", "Binjai Kota", "", ""])
            mess.add("data/kegiatan.csv", f"line {len(rows)}", "No. Reg BJI-2023-999 not in the registry "
                     "(a non-member reached)", "report as unlinked")
        no += 1
        lok = kec_variant(rng, x.lokasi or mem.kec, 0.2, 0.05)
        rows.append([no, eid, x.name, JENIS[x.jenis], fdate(date, style), reg, lok,
                     frp(x.biaya, rng.choice(["plain", "rp"])) if x.biaya else "", x.mitra or ""])
    rows.append(["JUMLAH", "", "", "", "", no, "", "", ""])
    mess.add("data/kegiatan.csv", f"line {len(rows)}", f"totals row 'JUMLAH' with {no}", "skip")
    mess.add("data/kegiatan.csv", "whole file", "semicolon-separated UTF-8 (no BOM); title row 1, header "
             "on line 2; dates in three forms ('17/05/2019', '17 Mei 2019', "
             "'14 Agu 2023'); Biaya '750.000' or 'Rp 750.000'", "parse all")
    write_csv(data / "kegiatan.csv", rows, ";", "utf-8")
    return mess


def binjai_readme(b, mess):
    by_year = {}
    for k, s, y, n in b.pop:
        by_year[y] = by_year.get(y, 0) + n
    unpublished = "not published (invented; the study says only 'relatively stable')"
    pop_rows = "\n".join(
        f"| {y} | {by_year[y]:,} | {format(BINJAI_POP[y], ',') if y in BINJAI_PUBLISHED else unpublished} |"
        for y in sorted(by_year))
    reg_rows = "\n".join(f"| {y}-12-31 | {registered(b.ents, D(y, 12, 31))} |" for y in range(2019, 2025))
    return f"""# Kota Binjai (12.75), 2019-2024: sample project

**The records are synthetic**, made by `scripts/make-sample-data.py` (seeded, deterministic). No
enterprise, owner, NIK or NIB is real. The population file's yearly totals equal the UMKM counts
seed 002 publishes (BPS Kota Binjai / Dinas Koperasi dan UKM); the split by kecamatan and sector is
invented.

## Files

| file | kind | format |
|---|---|---|
| `data/populasi.csv` | population: all UMKM by kecamatan x sektor x year | `;`, UTF-8 |
| `data/binaan.csv` | registry of binaan ({len(b.binaan)} binaan + {sum(1 for e in b.ents if not e.binaan)} Tidak) | `,`, Windows-1252 |
| `data/kegiatan.csv` | activities: pelatihan, pendampingan, sosialisasi, bantuan_peralatan (alat masak, mesin jahit, alat tenun), nib, sertifikasi_halal, pameran (HUT Kota Binjai, MTQ), monitoring | `;`, UTF-8 |

## Population: published and computed

| year | sum of `populasi.csv` | published (seed 002) |
|---|---|---|
{pop_rows}

The growth claim in `findings.yaml` (2019 to 2024, +116.6 %) is derived from the two published
counts; the study prints the counts, not the percentage.

Registered binaan as of each year end (not published; for reference):

| as of | registered |
|---|---|
{reg_rows}

Uneven reach: legality activities (NIB, halal) never reach Binjai Barat; Binjai Kota is reached
most. Only binaan are reached (seed 002: non-members are left out), except the one planted row.

## Planted mess

Rows are 1-based physical lines.

{mess.table()}
"""


# ============================================================================================
# Tanjungpinang
# ============================================================================================

TPI_KEC_W = {"Tanjung Pinang Timur": 35, "Bukit Bestari": 30, "Tanjung Pinang Barat": 20,
             "Tanjung Pinang Kota": 15}
TPI_NO_KELEMBAGAAN = ["Tanjung Pinang Kota"]


def tpi_variant(rng, name):
    """Offices write 'Tanjungpinang' and 'Tanjung Pinang' (Kemendagri: with a space)."""
    x = rng.random()
    if name.startswith("Tanjung Pinang"):
        joined = name.replace("Tanjung Pinang", "Tanjungpinang")
        if x < 0.55:
            return joined
        if x < 0.65:
            return joined.upper()
        if x < 0.75:
            return "Kec. " + joined
        return name
    return kec_variant(rng, name, 0.15, 0.1)


def build_tpi():
    rng = random.Random(2172_2021)
    people = People(rng, "2172", SURNAMES_KEPRI)
    kecs = kecamatan_of("21.72")
    kec_w = [TPI_KEC_W[k[1]] for k in kecs]
    sec_w = {"Kuliner": 45, "Dagang": 25, "Jasa": 15, "Produksi": 12, "Agribisnis": 3}
    ents = []
    for lo, hi, n in [(D(2018, 1, 2), D(2019, 12, 31), 140), (D(2020, 1, 2), D(2020, 12, 31), 60),
                      (D(2021, 1, 4), D(2021, 12, 31), 55)]:
        for d in rand_days(rng, lo, hi, n):
            s = rng.choices(list(sec_w), weights=list(sec_w.values()))[0]
            ents.append(make_enterprise(rng, people, None, s, rng.choices(kecs, weights=kec_w)[0], d, True))
    for d in rand_days(rng, D(2018, 3, 1), D(2021, 9, 30), 12):
        ents.append(make_enterprise(rng, people, None, rng.choice(list(sec_w)),
                                    rng.choices(kecs, weights=kec_w)[0], d, False))
    ents.sort(key=lambda e: (e.tgl, e.nik))
    seq = {}
    for e in ents:
        seq[e.tgl.year] = seq.get(e.tgl.year, 0) + 1
        e.reg = f"TPI-{e.tgl.year}-{seq[e.tgl.year]:03d}"
        if rng.random() < 0.35:
            e.nib = people.nib()
        if rng.random() < 0.5:
            u = workday(e.tgl + dt.timedelta(days=rng.randint(180, 700)))
            if u <= D(2021, 12, 20):
                e.ulang = u
    binaan = [e for e in ents if e.binaan]
    reach = {"Tanjung Pinang Timur": 1.0, "Bukit Bestari": 1.5, "Tanjung Pinang Barat": 1.2,
             "Tanjung Pinang Kota": 0.6}
    events = []

    def ev(eid, name, kind, date, k, lokasi=None, biaya=None, mitra=None, sektor=None, kel=False):
        cand = [e for e in binaan if e.tgl <= date and (sektor is None or e.sektor in sektor)
                and not (kel and e.kec in TPI_NO_KELEMBAGAAN)]
        x = Event(eid, name, kind, date, lokasi, biaya, mitra, wsample(rng, cand, k, lambda e: reach[e.kec]))
        events.append(x)
        return x

    K = ["Kuliner"]
    ev("PLT-2020-01", "Pelatihan Akses Permodalan bagi Usaha Mikro", "pelatihan", D(2020, 3, 10), 25,
       "Tanjung Pinang Barat")
    ev("SOS-2020-01", "Sosialisasi Banpres Produktif Usaha Mikro (BPUM)", "sosialisasi", D(2020, 8, 18), 40,
       "Tanjung Pinang Barat")
    ev("BM-2020-01", "Banpres Produktif Usaha Mikro (BPUM) Tahap I", "bantuan_modal", D(2020, 9, 22), 45, None,
       2_400_000, "Kementerian Koperasi dan UKM")
    ev("PM-2020-01", "Bazar UMKM Akhir Pekan", "pameran", D(2020, 10, 17), 20, "Tanjung Pinang Kota", None,
       "Disperindag Kota Tanjungpinang")
    ev("GL-2020-01", "Rak Produk UMKM di Swalayan", "galeri", D(2020, 11, 9), 15, "Bukit Bestari", None,
       "Disperindag Kota Tanjungpinang")
    ev("PLT-2021-01", "Pelatihan Manajemen Usaha Mikro", "pelatihan", D(2021, 3, 16), 25, "Tanjung Pinang Barat")
    ev("BM-2021-01", "Banpres Produktif Usaha Mikro (BPUM) 2021", "bantuan_modal", D(2021, 5, 25), 40, None,
       1_200_000, "Kementerian Koperasi dan UKM")
    ev("SK-2021-01", "Sentra Kuliner Kerja Sama Dinas Pariwisata", "sentra_kelompok", D(2021, 6, 14), 18,
       "Tanjung Pinang Timur", None, "Dinas Pariwisata Kota Tanjungpinang", sektor=K, kel=True)
    ev("NIB-2021-01", "Pendampingan Pendaftaran NIB", "nib", D(2021, 8, 10), 25, "Tanjung Pinang Barat",
       mitra="DPMPTSP Kota Tanjungpinang", kel=True)
    ev("PLT-2021-02", "Pelatihan Kemasan Produk", "pelatihan", D(2021, 9, 14), 20, "Bukit Bestari")
    ev("PM-2021-01", "Bazar UMKM Akhir Pekan 2021", "pameran", D(2021, 10, 23), 20, "Tanjung Pinang Kota",
       None, "Disperindag Kota Tanjungpinang")
    ev("RK-2021-01", "Rekomendasi Kredit Usaha Rakyat (KUR)", "rekomendasi_kredit", D(2021, 11, 2), 10, None,
       None, "Bank Riau Kepri")
    ev("SOS-2021-01", "Sosialisasi Informasi Pasar dan Harga", "sosialisasi", D(2021, 11, 23), 30,
       "Bukit Bestari")
    return NS(ents=ents, binaan=binaan, events=events)


def write_tpi(t):
    rng = random.Random(2172_0001)
    data = OUT / "tanjungpinang" / "data"
    mess = Mess()

    # ---------------------------------------------------------------- registry.xlsx, merged two-row header
    wb = new_workbook()
    ws = wb.create_sheet("UMKM Binaan")
    ws["A1"] = "DATA USAHA MIKRO BINAAN"
    ws["A2"] = "DINAS TENAGA KERJA, KOPERASI DAN USAHA MIKRO KOTA TANJUNGPINANG"
    ws["A3"] = "TAHUN 2020 - 2021"
    for c in ("A1", "A2", "A3"):
        ws[c].font = BOLD
    top = ["No", "No. Reg", "NIB", "NIK", "Nama Usaha", "Nama Pemilik", "L/P", "Sektor Usaha", "Skala Usaha",
           "Kecamatan", "Kelurahan", "Alamat", "Tanggal", None, "Status Binaan", "Omzet Bulanan (Rp)",
           "Tenaga Kerja"]
    for c, v in enumerate(top, start=1):
        if v is None:
            continue
        ws.cell(row=5, column=c, value=v)
        if v != "Tanggal":
            ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.merge_cells(start_row=5, start_column=13, end_row=5, end_column=14)
    ws.cell(row=6, column=13, value="Daftar")
    ws.cell(row=6, column=14, value="Daftar Ulang")
    for r in (5, 6):
        for c in range(1, 18):
            ws.cell(row=r, column=c).font = BOLD
            ws.cell(row=r, column=c).alignment = CENTER
    ws.freeze_panes = "A7"
    widths(ws, [5, 14, 15, 19, 28, 26, 5, 14, 10, 22, 20, 28, 12, 12, 10, 14, 8])
    mess.add("data/registry.xlsx", "sheet `UMKM Binaan`, rows 5-6", "two-row header: 'Tanggal' merged over "
             "M5:N5 with 'Daftar' (M6) and 'Daftar Ulang' (N6); the other headers merged vertically "
             "(A5:A6 ...)", "combine to 'Tanggal Daftar' / 'Tanggal Daftar Ulang'")
    mess.add("data/registry.xlsx", "sheet `UMKM Binaan`, rows 1-4", "three title rows and a blank row",
             "find the header")
    items = list(t.ents)
    dup_src = [e for e in t.binaan if e.tgl.year == 2020][3]
    items.insert(230, "DUP")
    items.insert(95, "MENYUSUL")
    r, no = 7, 0
    src_row = {}
    for e in items:
        no += 1
        if e == "MENYUSUL":
            put_row(ws, r, [no, None, None, None, None, None, None, "Kuliner", "Mikro", "Tanjungpinang Timur",
                            None, "data menyusul", D(2019, 8, 12), None, "Ya", None, None])
            mess.add("data/registry.xlsx", f"sheet `UMKM Binaan`, row {r}", "no No. Reg, NIB, NIK or names; "
                     "Alamat 'data menyusul'", "quarantine")
            r += 1
            continue
        dup = e == "DUP"
        if dup:
            e = dup_src
        put_row(ws, r, [no, e.reg, e.nib, e.nik, e.nama, e.pemilik, "P" if e.female else "L",
                        choose(rng, [(e.sektor, 5), ({"Kuliner": "Makanan & Minuman", "Dagang": "Perdagangan",
                                                       "Produksi": "Industri", "Agribisnis": "Pertanian",
                                                       "Jasa": "JASA"}[e.sektor], 1)]),
                        e.skala, tpi_variant(rng, e.kec), e.kel, e.alamat, e.tgl, e.ulang,
                        "Ya" if e.binaan else "Tidak", e.omzet, e.tk], money_cols=(16,))
        if dup:
            mess.add("data/registry.xlsx", f"sheet `UMKM Binaan`, row {r}",
                     f"duplicate of {e.reg} (row {src_row[e.reg]})", "keep one record")
        else:
            src_row[e.reg] = r
        r += 1
    ws.cell(row=r, column=1, value="JUMLAH").font = BOLD
    ws.cell(row=r, column=2, value=no)
    mess.add("data/registry.xlsx", f"sheet `UMKM Binaan`, row {r}", f"totals row 'JUMLAH', B={no}", "skip")
    mess.add("data/registry.xlsx", "column Kecamatan", "'Tanjungpinang Barat' and 'Tanjung Pinang Barat', "
             "'TANJUNGPINANG TIMUR', 'Kec. Tanjungpinang Kota', 'Kec. Bukit Bestari', 'BUKIT BESTARI'",
             "normalise to 21.72.xx")
    save_workbook(wb, data / "registry.xlsx")

    # ---------------------------------------------------------------- kegiatan.xlsx, one sheet per year
    wb = new_workbook()
    head = ["No", "ID Kegiatan", "Nama Kegiatan", "Jenis Kegiatan", "Tanggal", "No. Reg", "Lokasi Kegiatan",
            "Biaya", "Mitra"]
    valid = [e for e in t.binaan if e.tgl < D(2020, 1, 1)]
    for year in (2020, 2021):
        ws = wb.create_sheet(f"Kegiatan {year}")
        ws["A1"] = f"KEGIATAN PEMBERDAYAAN USAHA MIKRO TAHUN {year}"
        ws["A1"].font = BOLD
        put_row(ws, 3, head)
        for c in range(1, len(head) + 1):
            ws.cell(row=3, column=c).font = BOLD
        widths(ws, [5, 12, 44, 18, 12, 14, 22, 14, 34])
        r, no = 4, 0
        for x in sorted([x for x in t.events if x.date.year == year], key=lambda x: (x.date, x.eid)):
            for mem in x.members:
                no += 1
                put_row(ws, r, [no, x.eid, x.name, JENIS[x.jenis], x.date, mem.reg,
                                tpi_variant(rng, x.lokasi or mem.kec), x.biaya, x.mitra], money_cols=(8,))
                r += 1
            if year == 2021 and x.eid == "PLT-2021-01":
                no += 1
                put_row(ws, r, [no, "RPT-2021-01", "Rapat koordinasi", "Rapat", D(2021, 3, 18), valid[1].reg,
                                "Tanjungpinang Barat", None, None])
                mess.add("data/kegiatan.xlsx", f"sheet `Kegiatan 2021`, row {r}", "'Rapat koordinasi', Jenis "
                         "'Rapat' (unknown)", "quarantine or kind 'other'")
                r += 1
                no += 1
                put_row(ws, r, [no, "PLT-2021-01", "Pelatihan Manajemen Usaha Mikro", "Pelatihan", "31/02/2021",
                                valid[4].reg, "Tanjungpinang Barat", None, None])
                mess.add("data/kegiatan.xlsx", f"sheet `Kegiatan 2021`, row {r}", "date typed as text "
                         "'31/02/2021' (does not exist)", "quarantine")
                r += 1
            if year == 2020 and x.eid == "PM-2020-01":
                no += 1
                put_row(ws, r, [no, x.eid, x.name, JENIS[x.jenis], x.date, "TPI-2020-999",
                                "Tanjungpinang Kota", None, x.mitra])
                mess.add("data/kegiatan.xlsx", f"sheet `Kegiatan 2020`, row {r}", "No. Reg TPI-2020-999 not "
                         "in the registry", "report as unlinked")
                r += 1
        if year == 2021:
            ws.cell(row=r, column=1, value="JUMLAH").font = BOLD
            ws.cell(row=r, column=6, value=no)
            ws.cell(row=r, column=8, value=sum(x.biaya * len(x.members) for x in t.events
                                               if x.date.year == 2021 and x.biaya)).number_format = "#,##0"
            mess.add("data/kegiatan.xlsx", f"sheet `Kegiatan 2021`, row {r}", "totals row 'JUMLAH' (count in "
                     "F, sum of Biaya in H)", "skip")
    save_workbook(wb, data / "kegiatan.xlsx")
    mess.add("data/kegiatan.xlsx", "both sheets, rows 1-2", "title row and a blank row; header on row 3",
             "find the header")
    return mess


def tpi_readme(t, mess):
    by_kind = {}
    for x in t.events:
        by_kind[x.jenis] = by_kind.get(x.jenis, 0) + len(x.members)
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items()))
    return f"""# Kota Tanjungpinang (21.72), 2020-2021: sample project (Ismawan framework)

**The records are synthetic**, made by `scripts/make-sample-data.py` (seeded, deterministic). No
enterprise, owner, NIK or NIB is real. Seed 003 (Hasibuan) publishes no enterprise counts; the one
figure it gives, the poor population of 2020 (19,980 people), is in `findings.yaml` as a claim these
inputs **cannot** compute (there is no poverty data among the inputs): the tool must say so and why.

The activities follow Ismawan's five strategies as seed 003 describes them: training on access to
capital (human resources), a culinary centre with the tourism office and NIB help (group
institutions), the presidential micro-enterprise grant BPUM (Rp 2.400.000 in 2020, Rp 1.200.000 in
2021) and KUR recommendations (capital), weekend bazaars and supermarket shelves with the trade
office (productive business), information sessions (appropriate information).

## Files

| file | kind | format |
|---|---|---|
| `data/registry.xlsx` | registry, sheet `UMKM Binaan` ({len(t.binaan)} binaan + {sum(1 for e in t.ents if not e.binaan)} Tidak) | XLSX, two-row merged header |
| `data/kegiatan.xlsx` | activities, sheets `Kegiatan 2020`, `Kegiatan 2021` | XLSX |

Activity rows by kind: {kinds}. Kecamatan names: Kemendagri writes "Tanjung Pinang Barat" etc.
with a space; the files mostly write "Tanjungpinang Barat". Group-institution activities (sentra,
NIB) never reach Tanjung Pinang Kota.

Registered binaan (not published): {registered(t.ents, D(2020, 12, 31))} as of 2020-12-31,
{registered(t.ents, D(2021, 12, 31))} as of 2021-12-31.

## Planted mess

Rows are 1-based spreadsheet rows.

{mess.table()}
"""


# ============================================================================================
# Project files
# ============================================================================================

MEDAN_YAML = """# Sample project: synthetic records (scripts/make-sample-data.py) whose aggregates equal the
# published figures of seed 000 (Laporan Usaha Mikro Kota Medan 2021). See README.md.
title: "Laporan Pemberdayaan UMKM Binaan Kota Medan 2021"
region: "12.71"
period:
  year: 2021
as_of: 2021-07-31
language: id
framework: friedmann
min_cell: 5
target: 0.5
inputs:
  registry:
    - path: {d}registry.xlsx
      sheets: ["2019", "2020", "2021", "2022"]
  activities:
    - path: {d}pelatihan.csv
    - path: {d}bantuan.xlsx
      sheet: "Bantuan"
      headers: {{"Nilai Bantuan (Rp)": biaya}}
    - path: {d}bantuan.xlsx
      sheet: "Monitoring"
    - path: {d}ecommerce.csv
    - path: {d}legalitas.csv
    - path: {d}pameran.csv
"""

MEDAN_FINDINGS = """title: "Angka yang dipublikasikan: Laporan Usaha Mikro Kota Medan 2021"
project: .
claims:
  - id: medan-binaan-2019
    source: "Dwiyantri & Trimurni (seed 000), tabel jumlah usaha mikro binaan, dari Laporan Usaha Mikro Kota Medan 2021"
    indicator: registered
    keys: {as_of: 2019-12-31}
    published: 1284
  - id: medan-binaan-2020
    source: "seed 000, tabel jumlah usaha mikro binaan"
    indicator: registered
    keys: {as_of: 2020-12-31}
    published: 1320
  - id: medan-binaan-2021
    source: "seed 000, tabel jumlah usaha mikro binaan ('Tahun 2021 Per Juli 2021')"
    indicator: registered
    keys: {as_of: 2021-07-31}
    published: 1487
  - id: medan-binaan-2021-jasa
    source: "seed 000, Tabel Jenis-Jenis Usaha Mikro Tahun 2021"
    indicator: registered
    keys: {as_of: 2021-07-31, sektor: Jasa}
    published: 249
  - id: medan-binaan-2021-dagang
    source: "seed 000, Tabel Jenis-Jenis Usaha Mikro Tahun 2021"
    indicator: registered
    keys: {as_of: 2021-07-31, sektor: Dagang}
    published: 57
  - id: medan-binaan-2021-produksi
    source: "seed 000, Tabel Jenis-Jenis Usaha Mikro Tahun 2021"
    indicator: registered
    keys: {as_of: 2021-07-31, sektor: Produksi}
    published: 259
  - id: medan-binaan-2021-agribisnis
    source: "seed 000, Tabel Jenis-Jenis Usaha Mikro Tahun 2021"
    indicator: registered
    keys: {as_of: 2021-07-31, sektor: Agribisnis}
    published: 5
  - id: medan-binaan-2021-kuliner
    source: "seed 000, Tabel Jenis-Jenis Usaha Mikro Tahun 2021"
    indicator: registered
    keys: {as_of: 2021-07-31, sektor: Kuliner}
    published: 917
  - id: medan-growth-2019-2021
    source: "seed 000, narrative below the table: 'meningkat sebesar 36%' (2019 to 2021); the table gives +15.8%"
    indicator: growth_registered
    keys: {from: 2019-12-31, to: 2021-07-31}
    published: 0.36
    tolerance: 0.005
  - id: medan-growth-2020-2021
    source: "seed 000, narrative below the table: 'peningkatannya adalah sebesar 167%' (2020 to 2021); the table gives +12.7%"
    indicator: growth_registered
    keys: {from: 2020-12-31, to: 2021-07-31}
    published: 1.67
    tolerance: 0.005
"""

MEDAN_2022_FINDINGS = """title: "Angka yang dipublikasikan: program Go Digital Dinas Koperasi UKM Kota Medan 2022"
project: .
claims:
  - id: medan-go-digital-2022
    source: "Lubis & Sihombing 2024 (seed 001), wawancara: '7 kali pelatihan UMKM Go Digital' pada tahun 2022"
    indicator: activities
    keys: {year: 2022, name_contains: "Go Digital", distinct: id_kegiatan}
    published: 7
  - id: medan-tren-digital-2022
    source: "seed 001: pelatihan trend digital 27-30 Juni 2022, 50 peserta UMKM dalam 2 sesi"
    indicator: participants
    keys: {from: 2022-06-27, to: 2022-06-30, name_contains: "Tren Digital"}
    published: 50
  - id: medan-saka-sanwira-2022
    source: "seed 001, Gambar 3: peresmian SAKA SANWIRA 15 September 2022 di Kecamatan Medan Tuntungan, bantuan modal Rp.15.000.000"
    indicator: cost
    keys: {kecamatan: Medan Tuntungan, year: 2022, name_contains: "SAKA SANWIRA"}
    published: 15000000
"""

BINJAI_YAML = """# Sample project: synthetic records (scripts/make-sample-data.py); the population file's yearly
# totals equal the UMKM counts of seed 002. See README.md.
title: "Laporan Pemberdayaan UMKM Kota Binjai 2024"
region: "12.75"
period:
  year: 2024
language: id
framework: friedmann
min_cell: 5
target: 0.5
inputs:
  registry:
    - path: data/binaan.csv
  activities:
    - path: data/kegiatan.csv
  population:
    - path: data/populasi.csv
"""

BINJAI_FINDINGS = """title: "Angka yang dipublikasikan: jumlah UMKM Kota Binjai 2019-2024"
project: .
claims:
  - id: binjai-umkm-2019
    source: "Salsabilla, Jannah & Nasution 2025 (seed 002), pendahuluan, dari BPS Kota Binjai 2024: 9.972 unit"
    indicator: population
    keys: {year: 2019}
    published: 9972
  - id: binjai-umkm-2020
    source: "seed 002, pendahuluan: 18.181 unit"
    indicator: population
    keys: {year: 2020}
    published: 18181
  - id: binjai-umkm-2021
    source: "seed 002, pendahuluan: 20.852 unit"
    indicator: population
    keys: {year: 2021}
    published: 20852
  - id: binjai-umkm-2024
    source: "seed 002, pendahuluan: 21.601 unit"
    indicator: population
    keys: {year: 2024}
    published: 21601
  - id: binjai-umkm-growth-2019-2024
    source: "derived from the counts seed 002 publishes (21.601 / 9.972 - 1); the study prints no percentage"
    indicator: growth_population
    keys: {from: 2019, to: 2024}
    published: 1.1662
    tolerance: 0.0005
"""

TPI_YAML = """# Sample project: synthetic records (scripts/make-sample-data.py), Ismawan framework (seed 003).
title: "Laporan Pemberdayaan Usaha Mikro Kota Tanjungpinang 2020-2021"
region: "21.72"
period:
  from: 2020-01-01
  to: 2021-12-31
language: id
framework: ismawan
min_cell: 5
target: 0.5
inputs:
  registry:
    - path: data/registry.xlsx
      sheets: ["UMKM Binaan"]
  activities:
    - path: data/kegiatan.xlsx
      sheet: "Kegiatan 2020"
    - path: data/kegiatan.xlsx
      sheet: "Kegiatan 2021"
"""

TPI_FINDINGS = """title: "Angka yang dipublikasikan: strategi pemberdayaan usaha mikro Kota Tanjungpinang"
project: .
# Deliberately not computable: the project has no poverty data (only a registry and activities),
# so `berdaya reproduce` must answer "cannot be computed" and say why.
claims:
  - id: tanjungpinang-penduduk-miskin-2020
    source: "Hasibuan (seed 003), abstrak: 'Jumlah penduduk miskin di Tanjungpinang sendiri sebanyak 19.980 jiwa pada tahun 2020'"
    indicator: poor_population
    keys: {year: 2020}
    published: 19980
"""

MEDAN_2022_README = """# Kota Medan 2022: sample project (second period of the Medan data)

The same synthetic files as `../medan/` (made by `scripts/make-sample-data.py`; see
`../medan/README.md` for what they hold and the planted mess), read for calendar year 2022. It is
the second half of `berdaya compare SampleData/medan SampleData/medan-2022`.

`findings.yaml` checks the 2022 figures of seed 001 (Lubis & Sihombing 2024):

| claim | published | where in the data |
|---|---|---|
| Go Digital trainings in 2022 | 7 | `GD-2022-01` .. `GD-2022-07`, "Pelatihan Go Digital Angkatan 1" .. "7", `../medan/data/pelatihan.csv` |
| digital-trend training 27-30 June 2022 | 50 participants, 2 sessions | `TD-2022-01` (27/06/2022) and `TD-2022-02` (29/06/2022), 25 enterprises each, `pelatihan.csv` |
| SAKA SANWIRA capital aid, Medan Tuntungan, 15 September 2022 | Rp 15.000.000 | `BM-2022-01` "Bantuan Modal Usaha SAKA SANWIRA", 10 x Rp 1.500.000, `bantuan.xlsx` sheet `Bantuan` |

Registered binaan as of 2022-12-31: {n2022} (synthetic: the 2022 count is not published).
"""


def write_text(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def main():
    if OUT.exists():
        for child in sorted(OUT.iterdir()):
            if child.is_dir() and child.name in ("medan", "medan-2022", "binjai", "tanjungpinang"):
                shutil.rmtree(child)
    OUT.mkdir(exist_ok=True)

    m = build_medan()
    mess, _ = write_medan(m)
    write_text(OUT / "medan" / "berdaya.yaml", MEDAN_YAML.format(d="data/"))
    write_text(OUT / "medan" / "findings.yaml", MEDAN_FINDINGS)
    write_text(OUT / "medan" / "README.md", medan_readme(m, mess))
    y22 = MEDAN_YAML.format(d="../medan/data/").replace(
        "Kota Medan 2021\"", "Kota Medan 2022\"").replace(
        "period:\n  year: 2021\nas_of: 2021-07-31\n", "period:\n  year: 2022\n").replace(
        "published figures of seed 000 (Laporan Usaha Mikro Kota Medan 2021)",
        "published 2022 figures of seed 001 (Go Digital, SAKA SANWIRA)")
    write_text(OUT / "medan-2022" / "berdaya.yaml", y22)
    write_text(OUT / "medan-2022" / "findings.yaml", MEDAN_2022_FINDINGS)
    write_text(OUT / "medan-2022" / "README.md",
               MEDAN_2022_README.replace("{n2022}", str(registered(m.ents, D(2022, 12, 31)))))

    b = build_binjai()
    bmess = write_binjai(b)
    write_text(OUT / "binjai" / "berdaya.yaml", BINJAI_YAML)
    write_text(OUT / "binjai" / "findings.yaml", BINJAI_FINDINGS)
    write_text(OUT / "binjai" / "README.md", binjai_readme(b, bmess))

    t = build_tpi()
    tmess = write_tpi(t)
    write_text(OUT / "tanjungpinang" / "berdaya.yaml", TPI_YAML)
    write_text(OUT / "tanjungpinang" / "findings.yaml", TPI_FINDINGS)
    write_text(OUT / "tanjungpinang" / "README.md", tpi_readme(t, tmess))

    write_text(OUT / "README.md", TOP_README)
    print("wrote", OUT)


TOP_README = """# SampleData

Demo projects for `berdaya`, one per city of the studies (DOMAIN.md, seeds/). **Every record is
synthetic** (no real enterprise, owner, NIK or NIB), made by `scripts/make-sample-data.py`: seeded,
no clock, byte-identical on every run. Their aggregates equal the figures the studies publish, and
the files carry the mess real office files carry (title rows, alias headers, a merged two-row
header, Indonesian dates and numbers, name variants, totals rows, `;` and `,` CSV, Windows-1252, and
a few bad rows to quarantine), each documented with its file and row in the project's README.

| project | region | period | framework | published figures reproduced |
|---|---|---|---|---|
| `medan/` | 12.71 Kota Medan | 2021, as of 2021-07-31 (data 2019-2022) | friedmann | binaan 2019 1,284; 2020 1,320; July 2021 1,487; by sector 2021 (Jasa 249, Dagang 57, Produksi 259, Agribisnis 5, Kuliner 917); the +36 % / +167 % growth claims that the table does not support (+15.8 % / +12.7 %) |
| `medan-2022/` | 12.71 Kota Medan | 2022 (same files as `medan/`) | friedmann | 7 Go Digital trainings; 50 participants of the digital-trend training (27-30 June 2022, 2 sessions); SAKA SANWIRA Rp 15,000,000 in Medan Tuntungan |
| `binjai/` | 12.75 Kota Binjai | 2024 (data 2019-2024) | friedmann | all UMKM 2019 9,972; 2020 18,181; 2021 20,852; 2024 21,601 (2022 and 2023 invented, "relatively stable") |
| `tanjungpinang/` | 21.72 Kota Tanjungpinang | 2020-2021 | ismawan | none computable; poor population 2020 (19,980) is the deliberately uncomputable claim |
| `jabar/` | 32 Jawa Barat (unit: kab/kota) | 2019-2021 | (count table only) | **real published data**, not generated: the Open Data Jabar binaan table od_17367; see its README |

Each project folder holds `berdaya.yaml` (the project file), `data/`, `findings.yaml` (the
published claims for `berdaya reproduce`) and a README. `jabar/` is kept by hand (the script leaves
it alone) and has no `findings.yaml`.

Regenerate: `python3 scripts/make-sample-data.py` (Python 3 and openpyxl).
"""

if __name__ == "__main__":
    main()
