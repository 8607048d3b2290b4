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
    public let registrationNumber: InlineText?
    public let nib: NIB?
    public let ownerNIK: NIK?
    public let businessName: String?
    public let kelurahan: String?
    /// `KeyIndex.hash32` of the key `link` tries first (its registration number, else its NIB, else
    /// its NIK), hashed once: the two prefetch steps and the link each hashed it again.
    let firstKeyHash: UInt32

    public init(_ activity: borrowing ActivityRecord) {
      registrationNumber = activity.$registrationNumber
      nib = activity.nib
      ownerNIK = activity.ownerNIK
      businessName = activity.businessName
      kelurahan = activity.kelurahan
      if let number = registrationNumber {
        firstKeyHash = number.withUTF8 { KeyIndex.hash32($0) }
      } else if let key = nib?.value ?? ownerNIK?.value {
        firstKeyHash = KeyIndex.hash32(number: key)
      } else {
        firstKeyHash = 0
      }
    }
  }

  /// The enterprise index and how it was found; `.unmatched` with nil when none.
  public func link(_ activity: ActivityRecord) -> (enterprise: Int32?, method: LinkMethod) { link(Reference(activity)) }

  /// `link` for an activity's reference alone.
  public func link(_ activity: Reference) -> (enterprise: Int32?, method: LinkMethod) {
    // The first key present is probed with the reference's hash; a later one is hashed here.
    if let number = activity.registrationNumber,
      let index = number.withUTF8({ byRegistration[bytes: $0, hash32: activity.firstKeyHash] })
    {
      return (Int32(index), .registrationNumber)
    }
    if let nib = activity.nib {
      let hash = activity.registrationNumber == nil ? activity.firstKeyHash : KeyIndex.hash32(number: nib.value)
      if let index = byNIB[number: nib.value, hash32: hash] { return (Int32(index), .nib) }
    }
    if let nik = activity.ownerNIK {
      let isFirst = activity.registrationNumber == nil && activity.nib == nil
      if let index = byNIK[number: nik.value, hash32: isFirst ? activity.firstKeyHash : KeyIndex.hash32(number: nik.value)] {
        return (Int32(index), .nik)
      }
    }
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
    if activity.registrationNumber != nil {
      byRegistration.prefetch(hash32: activity.firstKeyHash, step)
    } else if activity.nib != nil {
      byNIB.prefetch(hash32: activity.firstKeyHash, step)
    } else if activity.ownerNIK != nil {
      byNIK.prefetch(hash32: activity.firstKeyHash, step)
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
