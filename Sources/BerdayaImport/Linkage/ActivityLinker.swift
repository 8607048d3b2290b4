import BerdayaModel

/// Finds the enterprise an activity reached: by registration number, then NIB, then owner NIK, then
/// normalised business name within the same kelurahan; counts the method used.
public struct ActivityLinker: Sendable {
  /// The registry's registration number patterns: an activity's number is coded by them.
  let registrationCodes: RegistrationNumberCodes
  let byRegistration: RegistrationIndex
  let byNIB: NumberIndex
  let byNIK: NumberIndex
  let byName: KeyIndex

  /// What an activity names its enterprise by: all `link` reads of it (`reference(_:texts:)` makes
  /// it), with no text in it. The texts a link may need (a registration number no pattern codes, a
  /// business name and kelurahan) are kept apart, in the batch's `ReferenceTexts`, for the few
  /// activities that have them: with them inside, each reference was copied with them and destroyed
  /// through the generic value witnesses when its batch was emptied (callgrind, report at M: the
  /// activity sink 1,495 -> 1,345 instructions a row).
  public struct Reference: Sendable {
    /// The registration number's code among the registry's patterns (`RegistrationNumberCodes`).
    let registrationCode: UInt64?
    let hasRegistrationNumber: Bool
    public let nib: NIB?
    public let ownerNIK: NIK?
    /// The hash of the key `link` tries first (its registration number, else its NIB, else its
    /// NIK), as that key's index places it. Made once: the two prefetch steps and the link each
    /// hashed the key again.
    let firstKeyHash: UInt32
    /// Where this activity's texts are among its batch's `ReferenceTexts`; -1 when it needs none.
    let texts: Int32
  }

  /// The texts of a `Reference` that needs them.
  public struct ReferenceTexts: Sendable {
    /// The registration number, when no pattern codes it (else nil).
    let registrationNumber: InlineText?
    let businessName: String?
    let kelurahan: String?
  }

  /// What `activity` names its enterprise by, its first key coded and hashed; its texts, when a link
  /// may need them, appended to `texts`.
  public func reference(_ activity: borrowing ActivityRecord, texts: inout [ReferenceTexts]) -> Reference {
    let number = activity.$registrationNumber
    var code: UInt64?
    let firstKeyHash: UInt32
    if let number {
      (code, firstKeyHash) = number.withUTF8 { bytes in
        let code = registrationCodes.code(of: bytes)
        return (code, RegistrationIndex.hash32(code: code, bytes: bytes))
      }
    } else if let key = activity.nib?.value ?? activity.ownerNIK?.value {
      firstKeyHash = NumberIndex.hash32(key)
    } else {
      firstKeyHash = 0
    }
    var slot: Int32 = -1
    let uncoded = number != nil && code == nil
    if uncoded || activity.businessName != nil {
      slot = Int32(texts.count)
      texts.append(
        ReferenceTexts(
          registrationNumber: uncoded ? number : nil, businessName: activity.businessName, kelurahan: activity.kelurahan))
    }
    return Reference(
      registrationCode: code, hasRegistrationNumber: number != nil, nib: activity.nib, ownerNIK: activity.ownerNIK,
      firstKeyHash: firstKeyHash, texts: slot)
  }

  /// The enterprise index and how it was found; `.unmatched` with nil when none.
  public func link(_ activity: ActivityRecord) -> (enterprise: Int32?, method: LinkMethod) {
    var texts: [ReferenceTexts] = []
    let reference = reference(activity, texts: &texts)
    return texts.withUnsafeBufferPointer { texts in withUnsafePointer(to: reference) { link(at: $0, texts: texts) } }
  }

  /// `link` for the reference at `activity`, read in place (`link(_:texts:_:)` says why).
  private func link(at activity: UnsafePointer<Reference>, texts: UnsafeBufferPointer<ReferenceTexts>) -> (
    enterprise: Int32?, method: LinkMethod
  ) {
    // Texts are read only where a link needs them, in place.
    let text = Int(activity.pointee.texts)
    // The first key present is probed with the reference's hash; a later one is hashed here.
    if activity.pointee.hasRegistrationNumber {
      let hash = activity.pointee.firstKeyHash
      if let code = activity.pointee.registrationCode {
        if let index = byRegistration[coded: code, hash32: hash] { return (Int32(index), .registrationNumber) }
      } else if text >= 0, let number = texts[text].registrationNumber,
        let index = number.withUTF8({ byRegistration[.init(bytes: $0, code: nil, hash32: hash)] })
      {
        return (Int32(index), .registrationNumber)
      }
    }
    if let nib = activity.pointee.nib {
      let hash = !activity.pointee.hasRegistrationNumber ? activity.pointee.firstKeyHash : NumberIndex.hash32(nib.value)
      if let index = byNIB[nib.value, hash32: hash] { return (Int32(index), .nib) }
    }
    if let nik = activity.pointee.ownerNIK {
      let isFirst = !activity.pointee.hasRegistrationNumber && activity.pointee.nib == nil
      if let index = byNIK[nik.value, hash32: isFirst ? activity.pointee.firstKeyHash : NumberIndex.hash32(nik.value)] {
        return (Int32(index), .nik)
      }
    }
    if text >= 0, var business = texts[text].businessName {
      var kelurahan = texts[text].kelurahan ?? ""
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

  /// Links a batch of references in order, giving `body` each one's position in the batch, its
  /// enterprise and the method; `texts` are the batch's (`reference(_:texts:)`). First the index
  /// memory every link of the batch reads first is asked for (`prefetch`), a step over the whole
  /// batch at a time, then each is linked.
  ///
  /// The references are read where they lie: passed one by one from another module, each was copied
  /// (its strings retained and released) for every prefetch step and the link, three times a row.
  public func link(
    _ batch: UnsafeBufferPointer<Reference>, texts: UnsafeBufferPointer<ReferenceTexts>,
    _ body: (Int, Int32?, LinkMethod) -> Void
  ) {
    guard let first = batch.baseAddress else { return }
    for index in batch.indices { prefetch(at: first + index, .slot) }
    for index in batch.indices { prefetch(at: first + index, .entry) }
    for index in batch.indices {
      let (enterprise, method) = link(at: first + index, texts: texts)
      body(index, enterprise, method)
    }
  }

  /// Hints the cache at the index memory `link(activity)` will read first (its registration number,
  /// else its NIB, else its NIK), a step per call: `.slot` a couple of rows before the link, `.entry`
  /// a row later (a key a `NumberIndex` holds has its slot only). Measured: a cold lookup's two cache
  /// misses were 10% of the L job, stalling each row.
  private func prefetch(at activity: UnsafePointer<Reference>, _ step: KeyPrefetch) {
    if activity.pointee.hasRegistrationNumber {
      byRegistration.prefetch(hash32: activity.pointee.firstKeyHash, isCoded: activity.pointee.registrationCode != nil, step)
    } else if step == .slot {
      if activity.pointee.nib != nil {
        byNIB.prefetch(hash32: activity.pointee.firstKeyHash)
      } else if activity.pointee.ownerNIK != nil {
        byNIK.prefetch(hash32: activity.pointee.firstKeyHash)
      }
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
