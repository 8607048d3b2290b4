/// A problem in a YAML file Berdaya reads (berdaya.yaml, findings.yaml): `file:line: error: message`.
struct YAMLFileError: Error, CustomStringConvertible {
  var file: String
  /// 1-based line of the offending node; nil when the file as a whole is at fault.
  var line: Int?
  var message: String
  var description: String { "\(file):\(line.map(String.init) ?? "1"): error: \(message)" }
}
