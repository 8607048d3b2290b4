import Foundation

/// Seeded messy registry and activity CSVs: good rows mixed with every kind of bad value an office
/// file holds (bad dates and numbers, missing ids, unknown programme kinds and kecamatan, stray
/// quotes, blank rows, totals rows, title rows). The same seed always gives the same files.
struct MessyInputGenerator {
  /// One generated file: its lines, and which lines are data rows (1-based line numbers).
  struct File {
    var lines: [String]
    var dataLines: [Int]
  }

  private var state: UInt64

  init(seed: UInt64) { state = seed }

  static let registryHeader = "No. Reg,Nama Usaha,Sektor,Kecamatan,Tanggal Daftar,Status Binaan,Omzet Bulanan"
  static let activityHeader = "ID Kegiatan,Jenis Kegiatan,Tanggal,No. Reg,Kecamatan Kegiatan,Biaya"
  static let kecamatan = ["Medan Baru", "Medan Kota", "Medan Johor", "Medan Tuntungan", "Medan Area", "Medan Petisah"]
  static let sectors = ["Kuliner", "Jasa", "Dagang", "Produksi", "Kerajinan", "Makanan & Minuman"]
  static let kinds = ["Pelatihan", "Pendampingan", "Sosialisasi", "Bantuan Peralatan", "Bantuan Modal", "Pameran", "Fasilitasi NIB"]

  /// SplitMix64: small, fast and the same on every platform.
  private mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  private mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
  private mutating func pick(_ choices: [String]) -> String { choices[below(choices.count)] }
  private mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

  private mutating func date() -> String {
    if chance(10) { return pick(["31/02/2021", "kemarin", "2021-13-01", "00/00/0000", "Juli"]) }
    let day = 1 + below(28)
    let month = 1 + below(12)
    return pick([
      String(format: "%02d/%02d/2021", day, month), String(format: "2021-%02d-%02d", month, day),
      "\(day) Juli 2021",
    ])
  }

  private mutating func amount() -> String {
    if chance(10) { return pick(["Rp abc", "1.2.3,4,5", "--", "sejuta"]) }
    return pick(["1.500.000", "Rp 2.500.000,00", "750000", "\"3,250,000\""])
  }

  private mutating func place() -> String {
    chance(8) ? pick(["Kecamatan Antah", "Medan Entah", "Planet Mars"]) : pick(Self.kecamatan)
  }

  private mutating func name(_ index: Int) -> String {
    chance(10) ? "Toko \"Jaya\" \(index)" : "Usaha \(index)"
  }

  /// Title rows, blank rows and totals rows around the data; `row` makes one data line.
  private mutating func file(header: String, rows: Int, row: (inout MessyInputGenerator, Int) -> String) -> File {
    var lines: [String] = []
    if chance(40) { lines += ["DATA UMKM BINAAN KOTA MEDAN", ""] }
    lines.append(header)
    var dataLines: [Int] = []
    for index in 0..<rows {
      if chance(5) { lines.append(chance(50) ? "" : ",,,,,") }
      lines.append(row(&self, index))
      dataLines.append(lines.count)
    }
    if chance(50) { lines.append("JUMLAH,,,,,") }
    return File(lines: lines, dataLines: dataLines)
  }

  /// A registry of `rows` enterprises MDN-0..; some rows have no registration number.
  mutating func registry(rows: Int) -> File {
    file(header: Self.registryHeader, rows: rows) { g, index in
      let id = g.chance(8) ? "" : "MDN-\(index)"
      let name = g.chance(4) && id.isEmpty ? "" : g.name(index)
      return [id, name, g.pick(Self.sectors), g.place(), g.date(), g.pick(["Ya", "Tidak", "Y"]), g.amount()]
        .joined(separator: ",")
    }
  }

  /// Activities citing enterprises 0..<enterprises, some with no reference or an unknown kind.
  mutating func activities(rows: Int, enterprises: Int) -> File {
    file(header: Self.activityHeader, rows: rows) { g, index in
      let kind = g.chance(8) ? g.pick(["Arisan", "Rapat Internal", "???"]) : g.pick(Self.kinds)
      let reference = g.chance(8) ? "" : "MDN-\(g.below(enterprises + 3))"
      return ["K-\(index)", kind, g.date(), reference, g.place(), g.amount()].joined(separator: ",")
    }
  }
}
