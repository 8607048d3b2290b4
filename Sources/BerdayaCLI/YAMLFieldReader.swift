import BerdayaImport
import Foundation
import Yams

/// Typed access to the values of a YAML file, with errors that name the file, line and field.
struct YAMLFieldReader {
  let file: String

  /// The 1-based line a node starts on (Yams counts lines from 1).
  static func line(_ node: Node) -> Int? { node.mark.map { $0.line } }

  /// Parses `text` and returns its top-level mapping.
  static func rootMapping(_ text: String, file: String) throws -> Node.Mapping {
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw YAMLFileError(file: file, line: nil, message: "the file is empty")
      }
      root = node
    } catch let error as YamlError {
      throw YAMLFileError(file: file, line: nil, message: "not valid YAML: \(error)")
    }
    guard let mapping = root.mapping else {
      throw YAMLFileError(file: file, line: line(root), message: "the top level must be a mapping of fields")
    }
    return mapping
  }

  func failure(_ node: Node, _ message: String) -> YAMLFileError {
    YAMLFileError(file: file, line: Self.line(node), message: message)
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

  /// A date (YYYY-MM-DD, or any date the importers read), returned as written.
  func date(_ node: Node, _ field: String) throws -> String {
    let text = try string(node, field)
    guard DateParser.parse(text) != nil else {
      throw failure(node, "\(field) '\(text)' is not a date (use YYYY-MM-DD)")
    }
    return text
  }

  /// A path inside `folder`, or beside it one level up (`../other/...`); any other path is refused.
  func path(_ node: Node, _ field: String, folder: String) throws -> String {
    let relative = try string(node, field)
    let base = URL(fileURLWithPath: folder).standardizedFileURL.path
    let full = URL(fileURLWithPath: relative, relativeTo: URL(fileURLWithPath: folder + "/")).standardizedFileURL.path
    let inside = full == base || full.hasPrefix(base + "/")
    let beside =
      full.hasPrefix(URL(fileURLWithPath: base).deletingLastPathComponent().path + "/") && relative.hasPrefix("../")
      && !relative.hasPrefix("../../")
    guard inside || beside else { throw failure(node, "\(field) '\(relative)' leaves the project folder") }
    return full
  }
}
