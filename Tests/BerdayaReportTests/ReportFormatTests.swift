import BerdayaAnalysis
import BerdayaModel
import Testing

@testable import BerdayaReport

@Suite("ReportFormat")
struct ReportFormatTests {
  let id = ReportFormat(language: .indonesian)
  let en = ReportFormat(language: .english)

  @Test("counts with thousands separators")
  func counts() {
    #expect(id.count(1284) == "1.284")
    #expect(en.count(1284) == "1,284")
    #expect(id.count(1_234_567) == "1.234.567")
    #expect(en.count(999) == "999")
    #expect(id.count(0) == "0")
    #expect(id.count(-1500) == "-1.500")
  }

  @Test("percents, signed growth and percentage points")
  func percents() {
    #expect(id.percent(0.125) == "12,5%")
    #expect(en.percent(0.125) == "12.5%")
    #expect(id.percent(nil) == "—")
    #expect(id.percent(12.84) == "1.284,0%")
    #expect(id.signedPercent(0.158) == "+15,8%")
    #expect(en.signedPercent(-0.03) == "-3.0%")
    #expect(en.signedPercent(-0.00001) == "0.0%")
    #expect(en.percentagePoints(0.25) == "25.0 pp")
    #expect(id.decimal(0.4166, digits: 3) == "0,417")
    #expect(id.decimal(-0.0001, digits: 2) == "0,00")
  }

  @Test("numerator/denominator and the Wilson interval text")
  func intervals() {
    let p = Proportion(numerator: 4, denominator: 129)
    #expect(id.fraction(12, 250) == "12/250")
    #expect(id.fraction(160, 1284) == "160/1.284")
    #expect(id.wilson(p) == "95% CI 1,2–7,7%")
    #expect(en.wilson(p) == "95% CI 1.2–7.7%")
    #expect(id.rateWithInterval(p) == "3,1% (95% CI 1,2–7,7%), 4/129")
    #expect(en.rateCell(p) == "3.1% (4/129; 1.2–7.7%)")
    #expect(id.rateCell(Proportion(numerator: 0, denominator: 0)) == "—")
  }

  @Test("dates, rupiah, ratios")
  func other() {
    let date = CalendarDate(year: 2021, month: 7, day: 31)
    #expect(id.date(date) == "31 Juli 2021")
    #expect(en.date(date) == "31 July 2021")
    #expect(id.rupiah(Rupiah(15_000_000)) == "Rp 15.000.000")
    #expect(en.rupiah(Rupiah(15_000_000)) == "Rp 15,000,000")
    #expect(en.ratio(2.5) == "2.50×")
  }

  @Test("labels exist in both languages and differ")
  func strings() {
    let sid = ReportStrings(language: .indonesian)
    let sen = ReportStrings(language: .english)
    #expect(sid.coverageBy(unit: "kecamatan") == "Cakupan per kecamatan")
    #expect(sen.coverageBy(unit: "kecamatan") == "Coverage by kecamatan")
    #expect(sid.smallCell(5) == "<5")
    #expect(sid.programmeKind(.pelatihan) == "Pelatihan" && sen.programmeKind(.pelatihan) == "Training")
    #expect(sid.displayName(CoverageRow.unknownKey) == "(tidak diketahui)")
    #expect(sen.displayName(CoverageRow.unknownKey) == "(unknown)")
  }
}
