import BerdayaModel
import XLSXWriter

/// Blank XLSX input templates for an office to fill next year (issue 7, item 2): the registry
/// and the activity list, with the importer's own header spellings, drop-down lists, date and
/// number validation, a frozen header and an instructions sheet ("Petunjuk").
///
/// ```swift
/// try XLSXTemplate.writeRegistry(
///   to: "templates/registri.xlsx", kecamatan: ["Medan Kota", "Medan Baru"],
///   kelurahanByKecamatan: ["Medan Kota": ["Teladan Barat"]], sectors: ["Kuliner", "Jasa"])
/// ```
public enum XLSXTemplate {
  /// Rows (below the header) that carry the validations and formats.
  public static let dataRows = 2000

  /// The name of the data sheet of the registry template.
  public static let registrySheet = "Registri UMKM"
  /// The name of the data sheet of the activity template.
  public static let activitySheet = "Kegiatan"
  /// The name of the hidden sheet holding the drop-down lists.
  public static let listSheet = "Daftar"

  /// Writes the registry template: one row per enterprise.
  ///
  /// `kelurahanByKecamatan` gives the kelurahan/desa of each kecamatan; they are offered as one
  /// list (in the order of `kecamatan`, duplicates removed). `created` fixes the document date
  /// (2000-01-01 when nil) so that the same arguments give the same bytes.
  public static func writeRegistry(
    to path: String, kecamatan: [String], kelurahanByKecamatan: [String: [String]], sectors: [String],
    language: ReportLanguage = .indonesian, created: CalendarDate? = nil
  ) throws {
    let lists = TemplateLists(kecamatan: kecamatan, kelurahanByKecamatan: kelurahanByKecamatan, sectors: sectors)
    try TemplateWriter(
      sheetName: registrySheet, columns: TemplateColumns.registry(lists), lists: lists.registry,
      language: language, kind: .registry
    ).write(to: path, created: created)
  }

  /// Writes the activity template: one row per enterprise per activity (a participation).
  ///
  /// `kinds` are the programme kind codes offered in `jenis_kegiatan` (by default every kind the
  /// frameworks know, monitoring included).
  public static func writeActivities(
    to path: String, kecamatan: [String], kinds: [String] = ProgrammeKind.known.map(\.code),
    language: ReportLanguage = .indonesian, created: CalendarDate? = nil
  ) throws {
    let lists = TemplateLists(kecamatan: kecamatan, kelurahanByKecamatan: [:], sectors: [], kinds: kinds)
    try TemplateWriter(
      sheetName: activitySheet, columns: TemplateColumns.activities(lists), lists: lists.activities,
      language: language, kind: .activities
    ).write(to: path, created: created)
  }
}
