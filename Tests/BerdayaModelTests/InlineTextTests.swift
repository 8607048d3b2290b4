import Testing

@testable import BerdayaModel

@Suite struct InlineTextTests {
  @Test(arguments: [
    "", "A", "UMKM-1271-0826493", "Medan Perjuangan", String(repeating: "x", count: 31),
    String(repeating: "y", count: 32), String(repeating: "z", count: 33), "Kelurahan Sei Sikambing B Kecamatan Medan Sunggal",
    "Kedai Kopi Pak Éko", "Kec. Medan Helvetia \u{2014} 2021",
  ])
  func keepsTheTextItWasGiven(_ text: String) {
    let inline = InlineText(text)
    #expect(inline.string == text)
    #expect(inline.description == text)
    #expect(inline.withUTF8 { Array($0) } == Array(text.utf8))
    var copy = text
    #expect(copy.withUTF8 { InlineText(utf8: $0) } == inline)
  }

  @Test func equalTextsAreEqualAndHashAlike() {
    let long = String(repeating: "Medan ", count: 8)
    #expect(InlineText("Medan Baru") == InlineText("Medan Baru"))
    #expect(InlineText("Medan Baru") != InlineText("Medan Barat"))
    // A shorter text is not equal to a longer one that begins with it (the zero padding is not text).
    #expect(InlineText("Medan") != InlineText("Medan\u{0}"))
    #expect(InlineText(long) == InlineText(long))
    #expect(Set([InlineText("pelatihan"), InlineText("pelatihan"), InlineText(long), InlineText(long)]).count == 2)
  }

  /// Made from a slice of a larger buffer, bytes before and after it in memory, a text of every
  /// inline length is the same text as one made from its own bytes.
  @Test func aSliceIsTheTextItHoldsWhateverLiesAroundIt() {
    let around = Array(repeating: UInt8(0xFF), count: 48) + Array("Kelurahan Sei Sikambing B, Medan Sunggal".utf8)
      + Array(repeating: UInt8(0xEE), count: 48)
    for length in 0...33 {
      let start = 48 + (length % 5)
      let own = Array(around[start..<start + length])
      let fromSlice = around.withUnsafeBufferPointer { InlineText(utf8: UnsafeBufferPointer(rebasing: $0[start..<start + length])) }
      let fromOwn = own.withUnsafeBufferPointer { InlineText(utf8: $0) }
      #expect(fromSlice == fromOwn, "\(length)")
      #expect(fromSlice.hashValue == fromOwn.hashValue, "\(length)")
      #expect(fromSlice.withUTF8 { Array($0) } == own, "\(length)")
    }
  }

  @Test func activityRecordKeepsItsTextFieldsThroughTheStringAccessors() {
    var record = ActivityRecord(location: SourceLocation(file: "kegiatan.csv", sheet: nil, row: 2, column: nil))
    record.registrationNumber = "UMKM-1271-0000001"
    record.kecamatan = "Medan Perjuangan"
    #expect(record.$registrationNumber == InlineText("UMKM-1271-0000001"))
    #expect(record.kecamatan == "Medan Perjuangan")
    record.kecamatan = nil
    #expect(record.$kecamatan == nil)
  }

  /// The nil tests `InlineText?` has of its own give what Optional's would, for an empty text, a
  /// short one, a long one and none.
  @Test(arguments: [InlineText(""), InlineText("UMKM-1271-0826493"), InlineText(String(repeating: "z", count: 33)), nil])
  func comparedWithNilAsAnyOptional(_ text: InlineText?) {
    let isNil: Bool
    if case .none = text { isNil = true } else { isNil = false }
    #expect((text == nil) == isNil)
    #expect((text != nil) == !isNil)
    #expect((text == nil) == (text.map { $0 as AnyHashable } == nil))
  }

  @Test func knownIndexIsThePositionInKnown() {
    for (position, kind) in ProgrammeKind.known.enumerated() { #expect(kind.knownIndex == position) }
    #expect(ProgrammeKind.other("studi banding").knownIndex == nil)
    for (position, sector) in Sector.known.enumerated() { #expect(sector.knownIndex == position) }
    #expect(Sector.other("Perikanan").knownIndex == nil)
  }
}
