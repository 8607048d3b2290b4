import BerdayaModel
import Foundation

/// The text above a count table's header and the file's name: where a year or sector stands
/// when no column holds it.
struct TableTitle {
  /// The non-empty cells of the rows above the header, joined with " / ".
  let text: String
  /// The file name without folder and extension (`Lainnya`).
  let fileStem: String
  let path: String

  init(records: ArraySlice<CSVTextTable.Record>, path: String) {
    text = records.flatMap(\.cells).map(PlaceNameFolder.tidy).filter { !$0.isEmpty }.joined(separator: " / ")
    fileStem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    self.path = path
  }

  /// The values taken from the title and file name for the fields the user named.
  struct Values {
    var year: Int?
    var sector: (category: String, sector: Sector)?
    /// `(tahun, "2023 (title line)")`, for the report's method part.
    var shown: [(field: String, value: String)] = []
    var issues: [ImportIssue] = []

    /// Fills what the row does not carry itself.
    func fill(_ record: inout PopulationRecord) {
      if record.year == nil, let year { record.year = year }
      if record.sector == nil, let sector {
        record.sector = sector.sector
        if record.category == nil { record.category = sector.category }
      }
    }
  }

  /// Stops the import when the table lacks a year column, or lacks a sector column while its
  /// title names a sector, and the user has not said to take it from the title or file name.
  func checkMissing(_ layout: HeaderLayout, input: InputFile) throws {
    let shownTitle = text.isEmpty ? "the file has no title line" : "its title reads '\(text)'"
    if layout.column(.tahun) == nil, !input.titleFields.contains(.tahun) {
      throw ImportError(
        file: path,
        reason: """
          the table has no tahun (year) column and \(shownTitle). If the year stands in the title or the \
          file name, say so with --title-fields tahun (or title_fields: [tahun] for this input in \
          berdaya.yaml); Berdaya does not guess it
          """)
    }
    if layout.column(.sektor) == nil, !input.titleFields.contains(.sektor), namesSector {
      throw ImportError(
        file: path,
        reason: """
          the table has no sektor column but \(shownTitle). If the file holds one sector, named by its \
          file name ('\(fileStem)'), say so with --title-fields sektor (or title_fields: [sektor] in \
          berdaya.yaml); Berdaya does not guess it
          """)
    }
  }

  /// True when the title speaks of a sector ("Bidang", "Sektor", "Jenis Usaha", "Kategori").
  private var namesSector: Bool {
    let folded = " " + HeaderAliases.fold(text) + " "
    return [" bidang ", " sektor ", " jenis usaha ", " kategori "].contains { folded.contains($0) }
  }

  /// The values of the named fields the table lacks; an error when a named field is not there.
  func values(for input: InputFile, normaliser: ValueNormaliser) throws -> Values {
    var values = Values()
    if input.titleFields.contains(.tahun) {
      let inTitle = TitleField.years(in: text)
      let inName = TitleField.years(in: fileStem)
      if inTitle.count == 1 {
        values.year = inTitle[0]
        values.shown.append(("tahun", "\(inTitle[0]) (title line)"))
      } else if inTitle.isEmpty, inName.count == 1 {
        values.year = inName[0]
        values.shown.append(("tahun", "\(inName[0]) (file name)"))
      } else {
        throw ImportError(
          file: path,
          reason: "--title-fields tahun: the title '\(text)' and the file name '\(fileStem)' do not write exactly one year")
      }
    }
    if input.titleFields.contains(.sektor) {
      let category = PlaceNameFolder.tidy(fileStem)
      values.sector = (category, normaliser.sector(category))
      values.shown.append(("sektor", "\(category) (file name)"))
      if !HeaderAliases.fold(text).contains(HeaderAliases.fold(category)) {
        values.issues.append(
          ImportIssue(
            location: SourceLocation(file: path, row: 1), value: text,
            reason: "the title line does not name the sector the file name gives ('\(category)')", quarantinesRow: false))
      }
    }
    return values
  }
}
