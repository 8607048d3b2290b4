import BerdayaModel

/// Finds the enterprise an activity reached: by registration number, then NIB, then owner NIK, then
/// normalised business name within the same kelurahan; counts the method used.
public struct ActivityLinker: Sendable {
  let byRegistration: KeyIndex
  let byNIB: KeyIndex
  let byNIK: KeyIndex
  let byName: KeyIndex

  /// The enterprise index and how it was found; `.unmatched` with nil when none.
  public func link(_ activity: ActivityRecord) -> (enterprise: Int32?, method: LinkMethod) {
    if let number = activity.registrationNumber, let index = byRegistration[number] {
      return (Int32(index), .registrationNumber)
    }
    if let nib = activity.nib, let index = byNIB[nib.digits] { return (Int32(index), .nib) }
    if let nik = activity.ownerNIK, let index = byNIK[nik.digits] { return (Int32(index), .nik) }
    if let key = ActivityLinker.nameKey(business: activity.businessName, kelurahan: activity.kelurahan),
      let index = byName[key]
    {
      return (Int32(index), .nameAndKelurahan)
    }
    return (nil, .unmatched)
  }

  /// The key a business is matched by on name: its folded name and its kelurahan folded.
  static func nameKey(business: String?, kelurahan: String?) -> String? {
    guard let business, let name = BusinessNameKey(business) else { return nil }
    return nameKey(folded: name.key, kelurahan: kelurahan)
  }

  /// The key from an already folded business name.
  static func nameKey(folded: String, kelurahan: String?) -> String {
    nameKey(folded: folded, kelurahanKey: kelurahan.map { PlaceNameFolder.key($0) } ?? "")
  }

  /// The key from a folded business name and a folded kelurahan.
  static func nameKey(folded: String, kelurahanKey: String) -> String { folded + "\u{1F}" + kelurahanKey }
}
