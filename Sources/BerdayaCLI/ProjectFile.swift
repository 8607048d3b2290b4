import BerdayaImport
import BerdayaModel
import Foundation
import Yams

/// A project's `berdaya.yaml`: title, region, period, language, framework, inputs and thresholds.
///
/// Every field can also be given as a flag, and a flag wins. Errors name the file, line and field.
struct ProjectFile {
  var title: String?
  var region: String?
  var year: Int?
  var from: String?
  var to: String?
  var asOf: String?
  var language: String?
  var framework: String?
  var minCell: Int?
  var target: Double?
  var sectorAliases: String?
  var kindAliases: String?
  var inputs: [InputFile] = []

  /// The project file's name in its folder.
  static let fileName = "berdaya.yaml"

  /// The top-level fields berdaya.yaml may have.
  static let fields = [
    "title", "region", "period", "as_of", "language", "framework", "min_cell", "target", "sector_aliases",
    "kind_aliases", "inputs",
  ]

  /// Reads `folder/berdaya.yaml`; input paths become relative to the folder and must stay inside it.
  static func load(folder: String) throws -> ProjectFile {
    let path = (folder as NSString).appendingPathComponent(fileName)
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw YAMLFileError(file: path, line: nil, message: "no berdaya.yaml in \(folder) (make one with `berdaya init`)")
    }
    let mapping = try YAMLFieldReader.rootMapping(text, file: path)
    var project = ProjectFile()
    let reader = YAMLFieldReader(file: path)
    for (keyNode, value) in mapping {
      guard let key = keyNode.string else { continue }
      switch key {
      case "title": project.title = try reader.string(value, key)
      case "region": project.region = try reader.string(value, key)
      case "as_of": project.asOf = try reader.date(value, key)
      case "language":
        project.language = try reader.string(value, key)
        guard project.language == "id" || project.language == "en" else {
          throw reader.failure(value, "language must be id or en, not '\(project.language ?? "")'")
        }
      case "framework": project.framework = try reader.string(value, key)
      case "min_cell":
        project.minCell = try reader.int(value, key)
        guard (project.minCell ?? 0) >= 0 else { throw reader.failure(value, "min_cell must be 0 or more") }
      case "target":
        project.target = try reader.double(value, key)
        guard (0...1).contains(project.target ?? 0) else {
          throw reader.failure(value, "target is a rate between 0 and 1, not \(project.target ?? 0)")
        }
      case "sector_aliases": project.sectorAliases = try reader.path(value, key, folder: folder)
      case "kind_aliases": project.kindAliases = try reader.path(value, key, folder: folder)
      case "period":
        guard let period = value.mapping else { throw reader.failure(value, "period must be a mapping (year, or from/to)") }
        for (k, v) in period {
          switch k.string {
          case "year":
            project.year = try reader.int(v, "period.year")
            guard (1900...2100).contains(project.year ?? 0) else {
              throw reader.failure(v, "period.year \(project.year ?? 0) is not a plausible year")
            }
          case "from": project.from = try reader.date(v, "period.from")
          case "to": project.to = try reader.date(v, "period.to")
          default: throw reader.failure(k, "unknown field period.\(k.string ?? "?") (expected year, from, to)")
          }
        }
      case "inputs":
        guard let inputs = value.mapping else { throw reader.failure(value, "inputs must map registry/activities/population to lists of files") }
        for (k, v) in inputs {
          guard let kindName = k.string, let kind = RecordKind(rawValue: kindName) else {
            throw reader.failure(k, "unknown input kind '\(k.string ?? "?")' (expected registry, activities, population)")
          }
          guard let list = v.sequence else { throw reader.failure(v, "inputs.\(kindName) must be a list of files") }
          for item in list { project.inputs.append(try input(item, kind: kind, folder: folder, reader: reader)) }
        }
      default:
        throw reader.failure(keyNode, "unknown field '\(key)' (expected \(fields.joined(separator: ", ")))")
      }
    }
    return project
  }

  /// One entry of `inputs.<kind>`: a path, or a mapping with path, sheet(s) and header overrides.
  private static func input(_ node: Node, kind: RecordKind, folder: String, reader: YAMLFieldReader) throws -> InputFile {
    if node.string != nil { return InputFile(path: try reader.path(node, "path", folder: folder), kind: kind) }
    guard let mapping = node.mapping else {
      throw reader.failure(node, "an input is a path or a mapping with path, sheet(s), headers, title_fields, source")
    }
    var file = InputFile(path: "", kind: kind)
    for (k, v) in mapping {
      switch k.string {
      case "path": file.path = try reader.path(v, "path", folder: folder)
      case "sheet": file.sheets = [try reader.string(v, "sheet")]
      case "sheets":
        guard let list = v.sequence else { throw reader.failure(v, "sheets must be a list") }
        file.sheets = try list.map { try reader.string($0, "sheets") }
      case "headers":
        guard let headers = v.mapping else {
          throw reader.failure(v, "headers must map a file's header to a canonical column")
        }
        for (raw, canonical) in headers {
          guard let name = canonical.string, let column = CanonicalColumn(rawValue: name) else {
            let known = CanonicalColumn.allCases.map(\.rawValue).joined(separator: ", ")
            throw reader.failure(canonical, "headers: '\(canonical.string ?? "?")' is not a canonical column (\(known))")
          }
          file.headerOverrides[try reader.string(raw, "headers")] = column
        }
      case "title_fields":
        guard let list = v.sequence else { throw reader.failure(v, "title_fields must be a list (tahun, sektor)") }
        for item in list {
          switch TitleField.list(try reader.string(item, "title_fields")) {
          case .success(let fields): file.titleFields.formUnion(fields)
          case .failure(let error): throw reader.failure(item, error.description)
          }
        }
      case "source": file.source = try reader.string(v, "source")
      default:
        throw reader.failure(
          k, "unknown input field '\(k.string ?? "?")' (expected path, sheet, sheets, headers, title_fields, source)")
      }
    }
    guard !file.path.isEmpty else { throw reader.failure(node, "an input needs a path") }
    return file
  }
}
