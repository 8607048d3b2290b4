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

  struct Failure: Error, CustomStringConvertible {
    var file: String
    var line: Int?
    var message: String
    var description: String { "\(file):\(line.map(String.init) ?? "1"): error: \(message)" }
  }

  /// Reads `folder/berdaya.yaml`; input paths become relative to the folder and must stay inside it.
  static func load(folder: String) throws -> ProjectFile {
    let path = (folder as NSString).appendingPathComponent("berdaya.yaml")
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw Failure(file: path, line: nil, message: "no berdaya.yaml in \(folder) (make one with `berdaya init`)")
    }
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: text) else { throw Failure(file: path, line: nil, message: "the file is empty") }
      root = node
    } catch let error as YamlError {
      throw Failure(file: path, line: nil, message: "not valid YAML: \(error)")
    }
    guard let mapping = root.mapping else { throw Failure(file: path, line: line(root), message: "the top level must be a mapping of fields") }
    var project = ProjectFile()
    let reader = FieldReader(file: path)
    for (keyNode, value) in mapping {
      guard let key = keyNode.string else { continue }
      switch key {
      case "title": project.title = try reader.string(value, key)
      case "region": project.region = try reader.string(value, key)
      case "as_of": project.asOf = try reader.string(value, key)
      case "language": project.language = try reader.string(value, key)
      case "framework": project.framework = try reader.string(value, key)
      case "min_cell": project.minCell = try reader.int(value, key)
      case "target": project.target = try reader.double(value, key)
      case "sector_aliases": project.sectorAliases = try reader.path(value, key, folder: folder)
      case "kind_aliases": project.kindAliases = try reader.path(value, key, folder: folder)
      case "period":
        guard let period = value.mapping else { throw reader.failure(value, "period must be a mapping (year, or from/to)") }
        for (k, v) in period {
          switch k.string {
          case "year": project.year = try reader.int(v, "period.year")
          case "from": project.from = try reader.string(v, "period.from")
          case "to": project.to = try reader.string(v, "period.to")
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
          for item in list { project.inputs.append(try reader.input(item, kind: kind, folder: folder)) }
        }
      default:
        throw reader.failure(keyNode, "unknown field '\(key)'")
      }
    }
    return project
  }

  static func line(_ node: Node) -> Int? { node.mark.map { $0.line } }

  /// Typed access to YAML values, with errors that name the line and field.
  struct FieldReader {
    let file: String

    func failure(_ node: Node, _ message: String) -> Failure {
      Failure(file: file, line: ProjectFile.line(node), message: message)
    }

    func string(_ node: Node, _ field: String) throws -> String {
      guard let text = node.string else { throw failure(node, "\(field) must be text") }
      return text
    }

    func int(_ node: Node, _ field: String) throws -> Int {
      guard let text = node.string, let value = Int(text) else { throw failure(node, "\(field) must be a whole number") }
      return value
    }

    func double(_ node: Node, _ field: String) throws -> Double {
      guard let text = node.string, let value = Double(text) else { throw failure(node, "\(field) must be a number") }
      return value
    }

    /// A path inside the project folder (a path that leaves it is refused).
    func path(_ node: Node, _ field: String, folder: String) throws -> String {
      let relative = try string(node, field)
      let base = URL(fileURLWithPath: folder).standardizedFileURL.path
      let full = URL(fileURLWithPath: relative, relativeTo: URL(fileURLWithPath: folder + "/")).standardizedFileURL.path
      guard full == base || full.hasPrefix(base + "/") || full.hasPrefix(URL(fileURLWithPath: base).deletingLastPathComponent().path + "/") && relative.hasPrefix("../") && !relative.hasPrefix("../../")
      else {
        throw failure(node, "\(field) '\(relative)' leaves the project folder")
      }
      return full
    }

    func input(_ node: Node, kind: RecordKind, folder: String) throws -> InputFile {
      if node.string != nil { return InputFile(path: try path(node, "path", folder: folder), kind: kind) }
      guard let mapping = node.mapping else {
        throw failure(node, "an input is a path or a mapping with path, sheet(s), headers, title_fields, source")
      }
      var file = InputFile(path: "", kind: kind)
      for (k, v) in mapping {
        switch k.string {
        case "path": file.path = try path(v, "path", folder: folder)
        case "sheet": file.sheets = [try string(v, "sheet")]
        case "sheets":
          guard let list = v.sequence else { throw failure(v, "sheets must be a list") }
          file.sheets = try list.map { try string($0, "sheets") }
        case "headers":
          guard let headers = v.mapping else { throw failure(v, "headers must map a file's header to a canonical column") }
          for (raw, canonical) in headers {
            guard let name = canonical.string, let column = CanonicalColumn(rawValue: name) else {
              throw failure(canonical, "'\(canonical.string ?? "?")' is not a canonical column")
            }
            file.headerOverrides[try string(raw, "headers")] = column
          }
        case "title_fields":
          guard let list = v.sequence else { throw failure(v, "title_fields must be a list (tahun, sektor)") }
          for item in list {
            switch TitleField.list(try string(item, "title_fields")) {
            case .success(let fields): file.titleFields.formUnion(fields)
            case .failure(let error): throw failure(item, error.description)
            }
          }
        case "source": file.source = try string(v, "source")
        default:
          throw failure(
            k, "unknown input field '\(k.string ?? "?")' (expected path, sheet, sheets, headers, title_fields, source)")
        }
      }
      guard !file.path.isEmpty else { throw failure(node, "an input needs a path") }
      return file
    }
  }
}
