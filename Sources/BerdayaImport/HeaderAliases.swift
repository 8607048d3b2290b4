import BerdayaModel
import Foundation

/// Maps header texts as offices write them ("NAMA UMKM", "Kec.", "No. Reg") to canonical columns.
///
/// Matching folds case, spacing and punctuation. The built-in table is
/// `Resources/header-aliases.csv`; a user's overrides (raw header -> canonical column) win over it.
public struct HeaderAliases: Sendable {
  private var byKind: [RecordKind: [String: CanonicalColumn]]

  /// The built-in aliases plus `overrides` (raw header text -> canonical column name).
  public init(overrides: [String: CanonicalColumn] = [:]) throws {
    byKind = try HeaderAliases.builtIn()
    for (raw, column) in overrides {
      for kind in RecordKind.allCases { byKind[kind, default: [:]][HeaderAliases.fold(raw)] = column }
    }
  }

  /// The canonical column a header text stands for in a file of `kind`, if any.
  public func column(for header: String, kind: RecordKind) -> CanonicalColumn? {
    byKind[kind]?[HeaderAliases.fold(header)]
  }

  /// Lower case, every run of non-alphanumerics as one space, trimmed: "No. Reg" -> "no reg".
  public static func fold(_ text: String) -> String {
    var text = text
    return text.withUTF8(foldASCII) ?? foldCharacters(text)
  }

  /// `fold` of ASCII text, a byte at a time; nil for any other text. Character by character, the
  /// header search's folds of the cells of a file's first 30 rows took 57M instructions a file.
  static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    ASCIIWords.joined(bytes) { byte in
      let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
      return lower &- 0x61 < 26 || lower &- 0x30 < 10 ? lower : nil
    }
  }

  /// `fold` by Unicode's letters and numbers, for any text.
  static func foldCharacters(_ text: String) -> String {
    var result = ""
    var pendingSpace = false
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        if pendingSpace && !result.isEmpty { result.append(" ") }
        pendingSpace = false
        result.append(character)
      } else {
        pendingSpace = true
      }
    }
    return result
  }

  private static func builtIn() throws -> [RecordKind: [String: CanonicalColumn]] {
    guard let url = Bundle.module.url(forResource: "Resources/header-aliases", withExtension: "csv") else {
      throw ImportError(file: "header-aliases.csv", reason: "the built-in header aliases are missing")
    }
    let rows = try AliasFileReader.rows(
      try AliasFileReader.text(of: url), file: "header-aliases.csv", columns: ["kind", "column", "alias"])
    var table: [RecordKind: [String: CanonicalColumn]] = [:]
    for row in rows {
      guard let column = CanonicalColumn(rawValue: row.fields[1]) else {
        throw ImportError(file: "header-aliases.csv", reason: "line \(row.line): unknown column '\(row.fields[1])'")
      }
      let kinds = row.fields[0] == "any" ? RecordKind.allCases : [RecordKind(rawValue: row.fields[0])].compactMap { $0 }
      for kind in kinds where CanonicalColumn.columns(for: kind).contains(column) {
        table[kind, default: [:]][fold(row.fields[2])] = column
      }
    }
    return table
  }
}
