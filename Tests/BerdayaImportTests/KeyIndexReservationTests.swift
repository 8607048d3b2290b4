import Testing

@testable import BerdayaImport

/// Room reserved in a key index (empty, or already holding keys) changes nothing it answers: every
/// key keeps the value it was first given, past the reservation too, and absent keys stay absent.
@Suite struct KeyIndexReservationTests {
  @Test(arguments: [nil, 0, 1, 700, 2_999])
  func reservingRoomKeepsEveryAnswer(reservingAfter held: Int?) {
    var index = KeyIndex(capacity: 4)
    var reference: [String: Int] = [:]
    // Numbers that repeat (every seventh row reuses an earlier one), an empty key, long name keys.
    let keys = (0..<3_000).map { n in
      n % 7 == 0 ? "MDN-2021-\(n / 3)" : n % 11 == 0 ? (n % 2 == 0 ? "" : "warung maju jaya \(n % 50)\u{1F}kel \(n % 9)") : "MDN-2021-\(n)"
    }
    for (value, key) in keys.enumerated() {
      if value == held { index.reserveCapacity(keys: 1_000, keyBytes: 20_000) }
      #expect(index.insertIfAbsent(key, value) == reference[key, default: value])
      if reference[key] == nil { reference[key] = value }
    }
    #expect(index.count == reference.count)
    for (key, value) in reference { #expect(index[key] == value, "\(key)") }
    for missing in ["MDN-2021-3000", "mdn-2021-1", " ", "warung maju jaya 1\u{1F}kel 2"] { #expect(index[missing] == nil) }
  }
}
