import Foundation

/// The URL of a fixture under Fixtures/normalisation/ of the test bundle.
enum FixtureFile {
  static func url(_ name: String) throws -> URL {
    let base = (name as NSString).deletingPathExtension
    let ext = (name as NSString).pathExtension
    guard let url = Bundle.module.url(forResource: "Fixtures/normalisation/\(base)", withExtension: ext) else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
    }
    return url
  }
}
