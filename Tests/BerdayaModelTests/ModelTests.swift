import Testing

@testable import BerdayaModel

@Suite struct CalendarDateTests {
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

  @Test func nikPrintsMasked() throws {
    let nik = try #require(NIK("1271014101900001"))
    #expect("\(nik)" == "127101********01")
  }

  @Test func rupiahPrintsWithIndonesianGrouping() {
    #expect(Rupiah(15_000_000).description == "Rp 15.000.000")
    #expect(Rupiah(-1500).description == "-Rp 1.500")
  }
}
