import BerdayaModel
import Foundation

/// Every normalisation decision of an import: raw value -> canonical value, method and count,
/// printed by `validate` and written to normalisation.csv.
///
/// Recording the same field, raw value, result and method again adds to its count, so an importer
/// can record per cell or per distinct value with its count. Output is sorted (field, raw,
/// canonical, method) and so does not depend on the order of the rows. NIK never belongs here;
/// as a guard, any run of 16 digits in a value is masked (first 6 and last 2 digits kept).
public struct NormalisationLog: Sendable {
  private struct Key: Hashable, Sendable {
    let field: String
    let raw: String
    let canonical: String
    let method: String
  }

  private var entriesByKey: [Key: NormalisationLogEntry] = [:]

  public init() {}

  /// Adds `count` occurrences of one decision.
  public mutating func record(
    field: String, raw: String, canonical: String?, method: String, count: Int = 1, candidates: [String] = []
  ) {
    let raw = Self.maskingNIK(raw)
    let canonical = Self.maskingNIK(canonical ?? "")
    let key = Key(field: field, raw: raw, canonical: canonical, method: method)
    if entriesByKey[key] != nil {
      entriesByKey[key]?.count += count
    } else {
      entriesByKey[key] = NormalisationLogEntry(
        field: field, raw: raw, canonical: canonical, method: method, count: count,
        candidates: candidates.map(Self.maskingNIK))
    }
  }

  /// Adds `count` occurrences of a place resolution (candidates written `code name`).
  public mutating func record(field: String, raw: String, resolution: PlaceResolution, count: Int = 1) {
    record(
      field: field, raw: raw, canonical: resolution.canonicalName, method: resolution.methodDescription,
      count: count, candidates: resolution.candidates.map(\.description))
  }

  /// Adds every entry of `other` (for logs built per file or per thread).
  public mutating func merge(_ other: NormalisationLog) {
    for entry in other.entriesByKey.values {
      record(
        field: entry.field, raw: entry.raw, canonical: entry.canonical, method: entry.method,
        count: entry.count, candidates: entry.candidates)
    }
  }

  /// The entries sorted by field, raw, canonical and method.
  public var entries: [NormalisationLogEntry] {
    entriesByKey.values.sorted {
      ($0.field, $0.raw, $0.canonical, $0.method) < ($1.field, $1.raw, $1.canonical, $1.method)
    }
  }

  public var isEmpty: Bool { entriesByKey.isEmpty }

  /// normalisation.csv: header `field,raw,canonical,method,count,candidates`, RFC 4180 quoting,
  /// `\r\n` line ends, candidates joined with "; ". A cell that a spreadsheet would run as a
  /// formula (starting with = + - @, or a tab or carriage return) gets a leading apostrophe.
  public func csvText() -> String {
    var text = "field,raw,canonical,method,count,candidates\r\n"
    for entry in entries {
      let cells = [
        entry.field, entry.raw, entry.canonical, entry.method, String(entry.count),
        entry.candidates.joined(separator: "; "),
      ]
      text += cells.map(Self.csvCell).joined(separator: ",")
      text += "\r\n"
    }
    return text
  }

  /// One CSV cell: guarded against formula injection, quoted when it must be.
  static func csvCell(_ value: String) -> String {
    var cell = value
    if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      cell = "'" + cell
    }
    guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
    return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// `text` with every run of exactly 16 ASCII digits (a NIK, possibly) masked.
  static func maskingNIK(_ text: String) -> String { NIK.maskingAll(in: text) }

}
