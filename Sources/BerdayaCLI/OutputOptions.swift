import ArgumentParser
import Foundation

/// Where a command writes its files and what it prints; shared by every command that writes.
struct OutputOptions: ParsableArguments {
  @Option(name: .long, help: "Folder the outputs are written to.")
  var out: String?

  @Flag(name: .long, help: "Print the summary as one JSON object on stdout.")
  var json = false

  @Flag(name: .long, help: "Print nothing but errors.")
  var quiet = false

  /// A JSON object as sorted, indented text (the one shape every `--json` summary has).
  static func jsonText(_ object: [String: Any]) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}
