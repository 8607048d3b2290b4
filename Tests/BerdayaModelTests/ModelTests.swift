import Testing

@testable import BerdayaModel

@Suite struct CalendarDateTests {
  /// Every day of 1900-2100, and the days that do not exist, against the general validation and
  /// day count (the years 1901-2099 take a shortcut).
  @Test func shortcutYearsAgreeWithTheGeneralCount() {
    for year in 1900...2100 {
      for month in 0...13 {
        for day in 0...32 {
          let exists = (1...12).contains(month) && (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
          let date = CalendarDate(year: year, month: month, day: day)
          #expect((date != nil) == exists, "\(year)-\(month)-\(day)")
          if let date, exists {
            #expect(Int(date.dayNumber) == CalendarDate.days(year: year, month: month, day: day), "\(year)-\(month)-\(day)")
          }
        }
      }
    }
  }

  @Test func roundTripsCivilDates() {
    for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2021, 7, 31), (1899, 12, 30), (2024, 12, 31)] {
      let date = CalendarDate(year: y, month: m, day: d)
      #expect(date?.components.year == y && date?.components.month == m && date?.components.day == d)
    }
    #expect(CalendarDate(year: 1970, month: 1, day: 1)?.dayNumber == 0)
    #expect(CalendarDate(year: 2021, month: 7, day: 31)?.description == "2021-07-31")
  }

  @Test func rejectsDaysThatDoNotExist() {
    #expect(CalendarDate(year: 2022, month: 2, day: 31) == nil)
    #expect(CalendarDate(year: 2021, month: 2, day: 29) == nil)
    #expect(CalendarDate(year: 2021, month: 13, day: 1) == nil)
  }

  @Test func addsMonthsClampingToTheMonthEnd() throws {
    let date = try #require(CalendarDate(year: 2021, month: 8, day: 31))
    #expect(date.adding(months: 6).description == "2022-02-28")
    #expect(date.adding(months: -6).description == "2021-02-28")
  }
}

@Suite struct IdentifierTests {
  @Test func nibAndNikNeedExactDigitCounts() {
    #expect(NIB("9120000000003")?.digits == "9120000000003")
    #expect(NIB("912000000000") == nil)
    #expect(NIK("1271014101900001")?.digits == "1271014101900001")
    #expect(NIK("12710141019000001") == nil)
    #expect(NIK("1271-0141-0190-0001")?.digits == "1271014101900001")
    #expect(NIK("12710141019O0001") == nil)
  }

  @Test func identifiersKeepLeadingZerosAndReadTheSameFromBytes() {
    #expect(NIB("0000000000003")?.digits == "0000000000003")
    #expect(NIB("0000000000003") != NIB("0000000000030"))
    #expect(NIK("0171 0141\u{A0}0190.0001")?.digits == "0171014101900001")
    #expect(NIK("'1271014101900001")?.value == 1_271_014_101_900_001)
    #expect(NIK("99999999999999999") == nil)
    for text in ["9120000000003", "912-000-000-0003", "9120000000003x", "", "91200000000031", "9120000000\u{A0}003"] {
      var utf8 = text
      #expect(utf8.withUTF8 { NIB(utf8: $0) } == NIB(text), "\(text)")
    }
    // U+00A0 is two UTF-8 bytes; its first byte alone is not a separator.
    #expect([0x31, 0xC2].withUnsafeBufferPointer { NIB(utf8: $0) } == nil)
  }

  /// A field of exactly 13 or 16 bytes is read eight bytes at a time; the byte loop is the oracle.
  /// Bytes next to the digits ("/" and ":"), separators and a high byte at every position.
  @Test func wordAtATimeReadingAgreesWithTheByteLoop() {
    var generator = SystemRandomNumberGenerator()
    let odd: [UInt8] = [0x2F, 0x3A, 0x20, 0x2E, 0x2D, 0x41, 0x00, 0x80, 0xC2, 0xFF, 0x7F]
    func check(_ bytes: [UInt8]) {
      bytes.withUnsafeBufferPointer { buffer in
        #expect(NIB(utf8: buffer) == NIB(separatedUTF8: buffer), "\(bytes)")
        #expect(NIK(utf8: buffer) == NIK(separatedUTF8: buffer), "\(bytes)")
      }
    }
    for length in [13, 16] {
      check(Array(repeating: 0x30, count: length))
      check(Array(repeating: 0x39, count: length))
      for position in 0..<length {
        for byte in odd {
          var bytes = (0..<length).map { _ in UInt8.random(in: 0x30...0x39, using: &generator) }
          bytes[position] = byte
          check(bytes)
        }
      }
      for _ in 0..<2_000 {
        check((0..<length).map { _ in UInt8.random(in: 0x30...0x39, using: &generator) })
      }
    }
    #expect([UInt8]("1271014101900001".utf8).withUnsafeBufferPointer { NIK(utf8: $0) }?.value == 1_271_014_101_900_001)
    #expect([UInt8]("0912000000003".utf8).withUnsafeBufferPointer { NIB(utf8: $0) }?.digits == "0912000000003")
  }

  @Test func nikPrintsMasked() throws {
    let nik = try #require(NIK("1271014101900001"))
    #expect("\(nik)" == "127101********01")
  }

  @Test func rupiahPrintsWithIndonesianGrouping() {
    #expect(Rupiah(15_000_000).description == "Rp 15.000.000")
    #expect(Rupiah(-1500).description == "-Rp 1.500")
  }
}

/// `copy` on the enums with an `other` text, which the importer uses to copy a value out of a record
/// in place: every case, and the text of `other`, come out as they went in.
@Suite struct CaseCopyTests {
  @Test func everyCaseCopiesToItself() {
    for kind in ProgrammeKind.known + [.other("Pameran HUT Kota")] { #expect(kind.copy == kind) }
    for status in [BinaanStatus.member, .nonMember, .other("Binaan 2023")] { #expect(status.copy == status) }
    for scale in [BusinessScale.mikro, .kecil, .menengah, .other("Ultra Mikro")] { #expect(scale.copy == scale) }
    for gender in [Gender.male, .female, .other("-")] { #expect(gender.copy == gender) }
  }

  /// A text past the fifteen bytes Swift keeps inline in a String is kept by reference: the copy
  /// holds it on.
  @Test func otherTextOutlivesTheOriginal() {
    var original: ProgrammeKind? = .other(String(repeating: "Fasilitasi Sertifikasi ", count: 3))
    let copy = original?.copy
    original = nil
    #expect(copy?.code == String(repeating: "Fasilitasi Sertifikasi ", count: 3))
  }
}
