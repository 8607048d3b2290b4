import BerdayaImport
import BerdayaModel
import Foundation
import Testing

@Suite("Unreadable files")
struct UnreadableFileTests {
  func importError(_ path: String, kind: RecordKind = .registry) -> ImportError? {
    #expect(throws: ImportError.self) {
      _ = try ImporterFixture.importer().importRegistry(InputFile(path: path, kind: kind)) { _ in }
    }
  }

  @Test func missingFile() {
    let path = "/nonexistent/berdaya/registri-2021.csv"
    let error = importError(path)
    #expect(error?.file == path)
    #expect(error?.description.hasPrefix("\(path): error: ") == true)
  }

  @Test func directory() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("berdaya-dir-\(UUID().uuidString).csv")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = importError(folder.path)
    #expect(error?.description.hasPrefix(folder.path) == true)
    #expect(error?.description.contains("\n") == false)
  }

  @Test func noHeaderInThirtyRows() throws {
    let path = try ImporterFixture.path("no-header.csv")
    let error = importError(path)
    #expect(error?.file == path)
    #expect(error?.reason.contains("no header row found in the first 30 rows") == true)
    #expect(error?.reason.contains("no_registrasi") == true)
  }

  @Test func missingWorkbook() {
    let error = importError("/nonexistent/registri.xlsx")
    #expect(error?.description.hasPrefix("/nonexistent/registri.xlsx") == true)
  }

  @Test func unterminatedQuote() throws {
    let path = try ImporterFixture.path("unterminated-quote.csv")
    let error = importError(path)
    #expect(error?.file == path)
    #expect(error?.description.hasPrefix(path) == true)
    #expect(error?.reason.contains("line 3") == true)
  }
}
