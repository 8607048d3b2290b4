import BerdayaAnalysis
import BerdayaModel
import Foundation
import Yams

/// Finds a framework by name (friedmann, ismawan) or reads a user's framework file.
///
/// A framework file is YAML:
/// ```yaml
/// id: friedmann-seed001
/// name: "Friedmann (seed 001: pameran melindungi)"
/// dimensions:
///   - id: enabling
///     label_id: Menciptakan iklim
///     label_en: Enabling
///     kinds: [pelatihan, pendampingan, sosialisasi]
///     weight: 1
/// ```
enum FrameworkLoader {
  static func load(_ name: String, relativeTo folder: String?) throws -> Framework {
    switch name.lowercased() {
    case "friedmann": return .friedmann
    case "ismawan": return .ismawan
    default: break
    }
    let path = folder.map { URL(fileURLWithPath: name, relativeTo: URL(fileURLWithPath: $0 + "/")).path } ?? name
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw RunSettings.Failure(description: "error: framework '\(name)' is neither friedmann, ismawan nor a readable file")
    }
    struct FileFormat: Decodable {
      struct Dimension: Decodable {
        var id: String
        var label_id: String?
        var label_en: String?
        var kinds: [String]
        var weight: Double?
      }
      var id: String?
      var name: String?
      var dimensions: [Dimension]
    }
    do {
      let file = try YAMLDecoder().decode(FileFormat.self, from: text)
      guard !file.dimensions.isEmpty, file.dimensions.count <= 16 else {
        throw RunSettings.Failure(description: "\(path): error: a framework needs 1 to 16 dimensions")
      }
      return Framework(
        id: file.id ?? "custom", name: file.name ?? file.id ?? "custom",
        dimensions: file.dimensions.map { d in
          Framework.Dimension(
            id: d.id, labelID: d.label_id ?? d.id, labelEN: d.label_en ?? d.id,
            kinds: Set(d.kinds.map(ProgrammeKind.init(code:))), weight: d.weight ?? 1)
        })
    } catch let error as RunSettings.Failure {
      throw error
    } catch {
      throw RunSettings.Failure(description: "\(path): error: not a framework file: \(error)")
    }
  }
}
