import Foundation
import Yams

/// A findings file: published claims to check against a project's data (`berdaya reproduce`).
///
/// ```yaml
/// title: "Angka yang dipublikasikan: Laporan Usaha Mikro Kota Medan 2021"
/// project: .            # the project folder, relative to this file
/// claims:
///   - id: medan-binaan-2021
///     source: "seed 000, tabel jumlah usaha mikro binaan"
///     indicator: registered
///     keys: {as_of: 2021-07-31, sektor: Jasa}
///     published: 249
///     tolerance: 0       # optional; |computed - published| <= tolerance matches
/// ```
struct FindingsFile {
  var path: String
  var title: String
  /// The project folder the claims are checked against.
  var project: String
  var claims: [Claim]

  /// One published figure: where it was published, what it measures, for which keys, and its value.
  struct Claim {
    var id: String
    var source: String
    var indicator: String
    var keys: [String: Key]
    var published: Double
    var tolerance: Double
    var line: Int?

    /// A key's value as written and the line it is on, for errors.
    struct Key {
      var value: String
      var line: Int?
    }
  }

  static func load(_ path: String) throws -> FindingsFile {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw YAMLFileError(file: path, line: nil, message: "cannot read the findings file")
    }
    let mapping = try YAMLFieldReader.rootMapping(text, file: path)
    let reader = YAMLFieldReader(file: path)
    let folder = (path as NSString).deletingLastPathComponent
    var file = FindingsFile(path: path, title: "", project: folder.isEmpty ? "." : folder, claims: [])
    var sawClaims = false
    for (keyNode, value) in mapping {
      switch keyNode.string {
      case "title": file.title = try reader.string(value, "title")
      case "project":
        let relative = try reader.string(value, "project")
        let joined = relative.hasPrefix("/") || folder.isEmpty ? relative : folder + "/" + relative
        file.project = (joined as NSString).standardizingPath
      case "claims":
        guard let list = value.sequence else { throw reader.failure(value, "claims must be a list") }
        file.claims = try list.map { try claim($0, reader: reader) }
        sawClaims = true
      default:
        throw reader.failure(keyNode, "unknown field '\(keyNode.string ?? "?")' (expected title, project, claims)")
      }
    }
    guard sawClaims else {
      throw YAMLFileError(file: path, line: nil, message: "no claims: the file needs a claims list")
    }
    var seen = Set<String>()
    for claim in file.claims where !seen.insert(claim.id).inserted {
      throw YAMLFileError(file: path, line: claim.line, message: "claim id '\(claim.id)' is used twice")
    }
    return file
  }

  private static func claim(_ node: Node, reader: YAMLFieldReader) throws -> Claim {
    guard let mapping = node.mapping else {
      throw reader.failure(node, "a claim is a mapping with id, source, indicator, keys, published")
    }
    var claim = Claim(
      id: "", source: "", indicator: "", keys: [:], published: .nan, tolerance: 0, line: YAMLFieldReader.line(node))
    for (k, v) in mapping {
      switch k.string {
      case "id": claim.id = try reader.string(v, "id")
      case "source": claim.source = try reader.string(v, "source")
      case "indicator": claim.indicator = try reader.string(v, "indicator")
      case "published": claim.published = try reader.double(v, "published")
      case "tolerance":
        claim.tolerance = try reader.double(v, "tolerance")
        guard claim.tolerance >= 0 else { throw reader.failure(v, "tolerance must be 0 or more") }
      case "keys":
        guard let keys = v.mapping else { throw reader.failure(v, "keys must be a mapping (as_of: 2021-07-31, ...)") }
        for (name, value) in keys {
          claim.keys[try reader.string(name, "keys")] = Claim.Key(
            value: try reader.string(value, "keys.\(name.string ?? "?")"), line: YAMLFieldReader.line(value))
        }
      default:
        throw reader.failure(
          k, "unknown claim field '\(k.string ?? "?")' (expected id, source, indicator, keys, published, tolerance)")
      }
    }
    for (field, value) in [("id", claim.id), ("source", claim.source), ("indicator", claim.indicator)]
    where value.isEmpty {
      throw reader.failure(node, "the claim needs \(field)")
    }
    guard !claim.published.isNaN else { throw reader.failure(node, "claim '\(claim.id)' needs a published value") }
    return claim
  }
}
