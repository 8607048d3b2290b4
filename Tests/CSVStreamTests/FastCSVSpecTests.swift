import Testing

@testable import CSVStream

/// FastCSV's declarative spec (lib/src/intTest/resources/spec/*.yaml): inputs with expected records.
///
/// Mapping to our tokenizer: a blank line is a row of 0 fields, which FastCSV writes as `['']`;
/// with `skipEmptyLines` such rows are dropped. `exceptionAllowed` cases pass if we throw.
///
/// Deliberate deviations, each asserted below so a change in behaviour shows up:
/// - comments-read-*, comments-skip-*: the tokenizer has no comment syntax (a `#` line is data,
///   as comments-none expects); the importer's header finder deals with title and note rows.
/// - open-quotation-1, open-quotation-2 (`A,"B`, `"A,B` at end of data): we throw
///   `.malformedQuoting` naming the line rather than guess where the field ends; the file allows
///   the exception.
/// - spaces-around-quotes-1, spaces-around-quotes-2 (`"D" `, `"A,B" ` at end of data): FastCSV
///   appends the space (`D `). libcsv, outside strict mode, treats a closing quote followed by
///   anything but a delimiter or line end as a literal quote and stays inside the quoted field, so
///   the field is still open at the end and we throw `.malformedQuoting` (allowed by the file).
///   Cases 3-5 (a space before the opening quote makes the field unquoted) match.
@Suite struct FastCSVSpecTests {
  static let folder = "conformance/csv/FastCSV/lib/src/intTest/resources/spec"
  static let unsupportedCommentModes: Set<String> = ["READ", "SKIP"]
  static let rejectedOnPurpose: Set<String> = [
    "open-quotation-1", "open-quotation-2", "spaces-around-quotes-1", "spaces-around-quotes-2",
  ]

  static var specs: [String] { (try? SharedCorpus.files(in: folder, suffix: ".yaml")) ?? [] }

  @Test func corpusIsThere() {
    #expect(Self.specs.count == 15)
  }

  @Test(arguments: specs) func spec(file: String) throws {
    let spec = try FastCSVSpec(text: try SharedCorpus.text("\(Self.folder)/\(file)"))
    #expect(!spec.checks.isEmpty)
    if let mode = spec.commentMode, Self.unsupportedCommentModes.contains(mode) { return }
    for check in spec.checks {
      for newline in check.input.contains("⏎") ? ["\r", "\n", "\r\n"] : ["\n"] {
        let input = FastCSVSpec.expand(check.input, newline: newline)
        let expected = check.records.map { $0.map { FastCSVSpec.expand($0, newline: newline) } }
        let label = "\(check.id) with \(newline.debugDescription)"
        let rows: [[String]]
        do {
          rows = try parse(Array(input.utf8), chunks: [1 << 16]).map(\.fields)
          #expect(try parse(Array(input.utf8), chunks: [1]).map(\.fields) == rows, "\(label) drip-fed")
        } catch let error as CSVError {
          #expect(spec.exceptionAllowed, "\(label): \(error)")
          #expect(Self.rejectedOnPurpose.contains(check.id), "\(label) newly rejected: \(error)")
          continue
        }
        #expect(!Self.rejectedOnPurpose.contains(check.id), "\(label) is no longer rejected")
        let records = rows.compactMap { fields -> [String]? in
          if fields.isEmpty { return spec.skipEmptyLines ? nil : [""] }
          return fields
        }
        #expect(records == expected, "\(label)")
      }
    }
  }
}
