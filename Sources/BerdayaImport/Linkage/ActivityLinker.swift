import BerdayaModel

/// Finds the enterprise an activity reached: by registration number, then NIB, then owner NIK, then
/// normalised business name within the same kelurahan; counts the method used.
public struct ActivityLinker: Sendable {
  let byRegistration: KeyIndex
  let byNIB: KeyIndex
  let byNIK: KeyIndex
  let byName: KeyIndex

  /// What an activity names its enterprise by: all `link` reads of it.
  public struct Reference: Sendable {
    public var registrationNumber: InlineText?
    public var nib: NIB?
    public var ownerNIK: NIK?
    public var businessName: String?
    public var kelurahan: String?

    public init(_ activity: ActivityRecord) {
      registrationNumber = activity.registrationNumberText
      nib = activity.nib
      ownerNIK = activity.ownerNIK
      businessName = activity.businessName
      kelurahan = activity.kelurahan
    }
  }

  /// The enterprise index and how it was found; `.unmatched` with nil when none.
  public func link(_ activity: ActivityRecord) -> (enterprise: Int32?, method: LinkMethod) { link(Reference(activity)) }

  /// `link` for an activity's reference alone.
  public func link(_ activity: Reference) -> (enterprise: Int32?, method: LinkMethod) {
    if let number = activity.registrationNumber, let index = number.withUTF8({ byRegistration[bytes: $0] }) {
      return (Int32(index), .registrationNumber)
    }
    if let nib = activity.nib, let index = byNIB[number: nib.value] { return (Int32(index), .nib) }
    if let nik = activity.ownerNIK, let index = byNIK[number: nik.value] { return (Int32(index), .nik) }
    if var business = activity.businessName {
      var kelurahan = activity.kelurahan ?? ""
      var key: [UInt8] = []
      var words = FoldedWords()
      let hasKey = business.withUTF8 { name in
        kelurahan.withUTF8 { Self.nameKey(business: name, kelurahan: $0, into: &key, words: &words) }
      }
      if hasKey, let index = key.withUnsafeBufferPointer({ byName[bytes: $0] }) {
        return (Int32(index), .nameAndKelurahan)
      }
    }
    return (nil, .unmatched)
  }

  /// Hints the cache at the index memory `link(activity)` will read first (its registration number,
  /// else its NIB, else its NIK), a step per call: `.slot` a couple of rows before the link, `.entry`
  /// a row later. Measured: a cold lookup's two cache misses were 10% of the L job, stalling each row.
  public func prefetch(_ activity: Reference, _ step: KeyPrefetch) {
    if let number = activity.registrationNumber {
      number.withUTF8 { byRegistration.prefetch(bytes: $0, step) }
    } else if let nib = activity.nib {
      byNIB.prefetch(number: nib.value, step)
    } else if let nik = activity.ownerNIK {
      byNIK.prefetch(number: nik.value, step)
    }
  }

  /// The byte between a name key's business name and its kelurahan (a control character no folded
  /// name holds).
  static let nameKeySeparator: UInt8 = 0x1F

  /// Appends the key a business is matched by on name (its folded name, 0x1F, its kelurahan
  /// folded; UTF-8 in, bytes out) to `key`; false when the name leaves nothing to match on.
  /// `words` is scratch space, reused across calls.
  static func nameKey(
    business: UnsafeBufferPointer<UInt8>, kelurahan: UnsafeBufferPointer<UInt8>, into key: inout [UInt8],
    words: inout FoldedWords
  ) -> Bool {
    guard BusinessNameKey.append(utf8: business, to: &key, words: &words) else { return false }
    key.append(nameKeySeparator)
    PlaceNameFolder.appendKey(utf8: kelurahan, to: &key, words: &words)
    return true
  }
}
