import BerdayaModel
import Foundation

/// A field of a count table that may stand outside the table, in its title line or file name
/// (`Jumlah UMKM Bidang Lainnya ... Tahun 2023` in `Lainnya.csv`).
///
/// Such values are taken only when the user names the field (`--title-fields tahun,sektor` or
/// `title_fields` in berdaya.yaml); otherwise the import stops and asks, so nothing is guessed.
public enum TitleField: String, CaseIterable, Hashable, Sendable {
  /// The year: the one year (1900-2099) the title lines write, else the one in the file name.
  case tahun
  /// The sector: the file name without its extension (`Ekspedisi.csv` -> Ekspedisi), checked
  /// against the title (a title that does not name it is reported, not corrected).
  case sektor

  /// The fields named in `text` (`tahun,sektor`), or nil naming the word that is not one.
  public static func list(_ text: String) -> Result<Set<TitleField>, TitleFieldError> {
    var fields = Set<TitleField>()
    for word in text.split(separator: ",") {
      let name = word.trimmingCharacters(in: .whitespaces).lowercased()
      guard let field = TitleField(rawValue: name) else { return .failure(TitleFieldError(word: name)) }
      fields.insert(field)
    }
    return .success(fields)
  }

  /// The years written in `text` as whole 4-digit numbers from 1900 to 2099, in order, distinct.
  static func years(in text: String) -> [Int] {
    var years: [Int] = []
    var digits = ""
    for character in text + " " {
      if character.isASCII && character.isNumber {
        digits.append(character)
        continue
      }
      if digits.count == 4, let year = Int(digits), (1900...2099).contains(year), !years.contains(year) {
        years.append(year)
      }
      digits = ""
    }
    return years
  }
}

/// A `--title-fields` word that names no field.
public struct TitleFieldError: Error, Hashable, Sendable, CustomStringConvertible {
  public var word: String
  public var description: String {
    "'\(word)' is not a title field (expected \(TitleField.allCases.map(\.rawValue).joined(separator: ", ")))"
  }
}
