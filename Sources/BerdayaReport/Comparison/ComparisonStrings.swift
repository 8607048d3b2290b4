import BerdayaAnalysis

/// The labels of the comparison (Markdown and workbook) in one language.
struct ComparisonStrings {
  let language: ReportLanguage
  private var id: Bool { language == .indonesian }

  func title(_ first: String, _ second: String) -> String {
    id ? "Perbandingan: \(first) dan \(second)" : "Comparison: \(first) and \(second)"
  }
  var region: String { id ? "Seluruh wilayah" : "Whole region" }
  var kecamatan: String { id ? "Kecamatan" : "Kecamatan" }
  var composite: String { id ? "Indeks komposit" : "Composite index" }
  var change: String { id ? "Perubahan (pp)" : "Change (pp)" }
  var lower: String { id ? "Batas bawah 95% (pp)" : "95% lower (pp)" }
  var upper: String { id ? "Batas atas 95% (pp)" : "95% upper (pp)" }
  var interval: String { id ? "Interval 95% (pp)" : "95% interval (pp)" }
  var rankChange: String { id ? "Naik peringkat" : "Places climbed" }
  var method: String { id ? "Metode" : "Method" }
  func reached(_ side: String) -> String { id ? "\(side): terjangkau" : "\(side): reached" }
  func registered(_ side: String) -> String { id ? "\(side): binaan" : "\(side): registered" }
  func rate(_ side: String) -> String { id ? "\(side): cakupan" : "\(side): coverage" }
  func counts(_ side: String) -> String { id ? "\(side): n/N" : "\(side): n/N" }
  func index(_ side: String) -> String { id ? "\(side): indeks" : "\(side): index" }
  func rank(_ side: String) -> String { id ? "\(side): peringkat" : "\(side): rank" }
  func dimension(_ dimension: Framework.Dimension) -> String { id ? dimension.labelID : dimension.labelEN }

  func notes(minCell: Int) -> [String] {
    let newcombe = NewcombeInterval.definition
    let suppression =
      minCell > 1
      ? (id
        ? "Kecamatan dengan kurang dari \(minCell) binaan di salah satu sisi (atau yang disembunyikan sebagai pelengkap) ditampilkan \"—\" dan tidak diberi peringkat."
        : "Kecamatan with fewer than \(minCell) binaan on either side (or withheld as a complement) show \"—\" and are not ranked.")
      : (id ? "Penyembunyian sel kecil tidak aktif." : "Small-cell suppression is off.")
    return [
      id
        ? "Cakupan = binaan yang terjangkau sedikitnya satu kegiatan dimensi itu dalam periode, dibagi binaan terdaftar; perubahan = sisi kedua − sisi pertama, dalam poin persen (pp)."
        : "Coverage = binaan reached by at least one activity of the dimension in the period, over binaan registered; change = second side − first side, in percentage points (pp).",
      (id ? newcombe.textID : newcombe.textEN) + " " + newcombe.formula,
      id
        ? "Peringkat: 1 = cakupan tertinggi di antara kecamatan yang diterbitkan; nilai sama berbagi peringkat. Naik peringkat = peringkat pertama − peringkat kedua."
        : "Rank: 1 = highest coverage among the published kecamatan; ties share a rank. Places climbed = first rank − second rank.",
      suppression,
    ]
  }
}
