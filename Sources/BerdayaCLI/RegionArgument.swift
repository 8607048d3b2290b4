import BerdayaImport

/// A region given by the user (`--region`, `region:`): a Kemendagri code in any written form, or a name.
enum RegionArgument {
  static func resolve(_ text: String, in gazetteer: Gazetteer) throws -> Region {
    guard let region = gazetteer.region(code: text) ?? gazetteer.lookup(text).first else {
      throw RunSettings.Failure(description: "error: --region '\(text)' is not a Kemendagri region code or name")
    }
    return region
  }
}
