/// The drop-down lists of the templates, in the order they appear on the lists sheet.
struct TemplateLists {
  let kecamatan: TemplateList
  let kelurahan: TemplateList
  let sector: TemplateList
  let scale = TemplateList(title: "Skala", values: ["Mikro", "Kecil", "Menengah"])
  let gender = TemplateList(title: "Jenis_Kelamin", values: ["L", "P"])
  let status = TemplateList(title: "Status_Binaan", values: ["Ya", "Tidak"])
  let kind: TemplateList
  /// E-commerce account status: other words are questioned, not refused (the column is optional
  /// and offices write their own).
  let accountStatus = TemplateList(title: "Status_Akun", values: ["aktif", "tidak aktif"], strict: false)

  init(
    kecamatan: [String], kelurahanByKecamatan: [String: [String]], sectors: [String], kinds: [String] = []
  ) {
    self.kecamatan = TemplateList(title: "Kecamatan", values: Self.unique(kecamatan))
    // Kelurahan in the order of their kecamatan, then any kecamatan not in the list, by name.
    let extra = kelurahanByKecamatan.keys.filter { !kecamatan.contains($0) }.sorted()
    let kelurahan = (kecamatan + extra).flatMap { kelurahanByKecamatan[$0] ?? [] }
    self.kelurahan = TemplateList(title: "Kelurahan", values: Self.unique(kelurahan))
    sector = TemplateList(title: "Sektor", values: Self.unique(sectors), strict: false)
    kind = TemplateList(title: "Jenis_Kegiatan", values: Self.unique(kinds))
  }

  /// The lists a registry template uses.
  var registry: [TemplateList] { [kecamatan, kelurahan, sector, scale, gender, status] }
  /// The lists an activity template uses.
  var activities: [TemplateList] { [kecamatan, kind, accountStatus] }

  /// The non-empty values in first-seen order.
  static func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { !$0.isEmpty && seen.insert($0).inserted }
  }
}
