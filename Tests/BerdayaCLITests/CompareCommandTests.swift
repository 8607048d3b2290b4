import BerdayaAnalysis
import BerdayaReport
import Foundation
import Testing

@testable import BerdayaCLI

@Suite struct CompareCommandTests {
  static let medan = TestPaths.sampleData.appendingPathComponent("medan").path
  static let medan2022 = TestPaths.sampleData.appendingPathComponent("medan-2022").path

  /// Medan 2021 (as of 31 July) against Medan 2022 (as of 31 December): the figures pinned.
  @Test func medan2021Against2022() throws {
    let out = try TestPaths.temporaryFolder()
    #expect(runBerdaya(["compare", Self.medan, Self.medan2022, "--out", out.path, "--quiet"]) == 0)
    let markdown = try read(out.appendingPathComponent("compare.md"))
    #expect(markdown.hasPrefix("# Perbandingan: medan 2021 dan medan-2022 2022\n"))
    // Whole city, enabling: 166 of 1,487 binaan, then 286 of 1,600: +6.7 pp, Newcombe [+4.2; +9.2].
    #expect(markdown.contains("| **Seluruh wilayah** | 166/1.487 | 11,2% | 286/1.600 | 17,9% | +6,7 | [+4,2; +9,2] |"))
    // Empowering fell: 203/1,487 to 177/1,600, an interval wholly below 0.
    #expect(markdown.contains("| **Seluruh wilayah** | 203/1.487 | 13,7% | 177/1.600 | 11,1% | -2,6 | [-4,9; -0,3] |"))
    // Medan Johor climbs from rank 15 to 7 in enabling; Medan Polonia falls from 2 to 16.
    #expect(markdown.contains("| Medan Johor | 8/94 | 8,5% | 23/102 | 22,5% | +14,0 | [+3,8; +24,0] | 15 | 7 | +8 |"))
    #expect(markdown.contains("| Medan Polonia | 6/32 | 18,8% | 5/38 | 13,2% | -5,6 | [-23,7; +11,7] | 2 | 16 | -14 |"))
    // Composite: Medan Tuntungan (SAKA SANWIRA, 2022) goes from 10.8% to 23.5%, rank 7 to 2.
    #expect(markdown.contains("| Medan Tuntungan | 10,8% | 23,5% | +12,7 | 7 | 2 | +5 |"))
    let workbook = out.appendingPathComponent("compare.xlsx").path
    #expect(FileManager.default.fileExists(atPath: workbook))

    let again = try TestPaths.temporaryFolder()
    #expect(runBerdaya(["compare", Self.medan, Self.medan2022, "--out", again.path, "--quiet"]) == 0)
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: workbook))
        == Data(contentsOf: again.appendingPathComponent("compare.xlsx")))
    #expect(markdown == (try read(again.appendingPathComponent("compare.md"))))
  }

  /// With --min-cell 40, kecamatan under 40 binaan on either side are withheld and not ranked;
  /// the others are ranked among themselves.
  @Test func smallKecamatanAreWithheldAndNotRanked() throws {
    let out = try TestPaths.temporaryFolder()
    #expect(runBerdaya(["compare", Self.medan, Self.medan2022, "--min-cell", "40", "--out", out.path, "--quiet"]) == 0)
    let markdown = try read(out.appendingPathComponent("compare.md"))
    for name in ["Medan Baru", "Medan Maimun", "Medan Polonia"] {
      #expect(markdown.contains("| \(name) | — | — | — | — | — | — |   |   |   |"), "\(name)")
    }
    #expect(!markdown.contains("6/32"))
    // Medan Area (15/83) was 3rd in enabling behind Baru and Polonia; without them it is 1st.
    #expect(markdown.contains("| Medan Area | 15/83 | 18,1% | 29/89 | 32,6% | +14,5 | [+1,4; +26,8] | 1 | 1 | 0 |"))
  }

  /// One project in two years: each side counts registrations at its own year end.
  @Test func oneProjectInTwoYears() throws {
    let out = try TestPaths.temporaryFolder()
    #expect(runBerdaya(["compare", Self.medan, "--years", "2020", "2021", "--out", out.path, "--quiet"]) == 0)
    let markdown = try read(out.appendingPathComponent("compare.md"))
    #expect(markdown.hasPrefix("# Perbandingan: medan 2020 dan medan 2021\n"))
    // Registered binaan at the two year ends: 1,320 (2020) and, at 31 December 2021, more than the July 1,487.
    #expect(markdown.contains("/1.320 |"))
  }

  /// Arguments that cannot make a comparison are refused with exit code 64.
  @Test func argumentErrors() {
    #expect(runBerdaya(["compare", Self.medan]) == 64)
    #expect(runBerdaya(["compare", Self.medan, "--years", "2020"]) == 64)
  }
}
