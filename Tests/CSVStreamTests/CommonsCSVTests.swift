import Testing

@testable import CSVStream

/// Apache Commons CSV's CSVFileParser suite: test.csv against test_rfc4180.txt (default format).
///
/// Each control line is `n:[v1, v2, ...]`: the field count and Java's `List.toString()`. A blank
/// line is `1:[]` there and a row of 0 fields here (we compare it as one empty field).
///
/// Deliberate deviation: the line `" i ", " j " , " k "," l " ` (line 7) expects
/// `[ i ,  " j " ,  " k ",  l ]`. libcsv outside strict mode reads a closing quote followed by a
/// space as a literal quote inside a still-open quoted field, so `" i "` never closes and the
/// rest of the file is one field: we stop with `.malformedQuoting` at line 7. The lines before it
/// match; the IgnoreSpaces variant (test_rfc4180_trim.txt) is trimming we do not do.
@Suite struct CommonsCSVTests {
  static let folder = "conformance/csv/commons-csv/src/test/resources/org/apache/commons/csv/CSVFileParser"

  @Test func rfc4180ControlFile() throws {
    let control = try SharedCorpus.text("\(Self.folder)/test_rfc4180.txt")
      .split(separator: "\n", omittingEmptySubsequences: false)
    #expect(control.first?.hasPrefix("test.csv") == true)
    let expected = control.dropFirst(2).filter { !$0.isEmpty && !$0.hasPrefix("#") }.map(String.init)
    var actual: [String] = []
    let path = SharedCorpus.path("\(Self.folder)/test.csv")
    #expect {
      try CSVFileReader.read(path: path) { row in
        let fields = row.count == 0 ? [""] : row.strings
        actual.append("\(fields.count):[\(fields.joined(separator: ", "))]")
      }
    } throws: { error in
      (error as? CSVError)?.code == .malformedQuoting && (error as? CSVError)?.line == 7
    }
    let deviating = try #require(expected.firstIndex { $0.contains("\" j \"") })
    #expect(deviating == 6)
    #expect(Array(actual.prefix(deviating)) == Array(expected.prefix(deviating)))
  }
}
