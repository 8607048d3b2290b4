import BerdayaImport
import BerdayaModel
import BerdayaReport

/// The local (unpublished) files of a run: quarantined rows, value issues, normalisation
/// decisions and duplicates. They may show raw values, so any NIK in them is masked (first 6 and
/// last 2 digits kept); they are for the office, not for publication.
enum LocalFiles {
  static func quarantineCSV(_ summaries: [FileImportSummary], quarantined: Bool) -> String {
    var text = CSVText.line(["file", "sheet", "row", "column", "value", "reason"])
    for summary in summaries {
      for issue in summary.issues where issue.quarantinesRow == quarantined {
        let location = issue.location
        text += CSVText.line([
          CSVText.textField(location.file), CSVText.textField(location.sheet ?? ""), String(location.row),
          location.column ?? "", CSVText.textField(NIK.maskingAll(in: issue.value)), CSVText.textField(issue.reason),
        ])
      }
    }
    return text
  }

  /// normalisation.csv with LF line ends like every CSV Berdaya writes (NormalisationLog masks NIKs).
  static func normalisationCSV(_ log: NormalisationLog) -> String {
    var text = CSVText.line(["field", "raw", "canonical", "method", "count", "candidates"])
    for decision in log.entries {
      text += CSVText.line([
        decision.field, CSVText.textField(decision.raw), CSVText.textField(decision.canonical),
        CSVText.textField(decision.method), String(decision.count),
        CSVText.textField(decision.candidates.joined(separator: "; ")),
      ])
    }
    return text
  }

  /// duplicates.csv: one line per row of each group. Measured at size L (734k listed rows, 55 MB):
  /// the line-by-line field arrays were 6% of `validate`, then appending Strings in place still
  /// 6.4% (a retain and a String append per piece). The lines are written as bytes straight into
  /// the String's storage, sized to the byte beforehand (a buffer copied into a String would hold
  /// the file twice at the peak: +48 MB measured), from the groups as `DuplicateGroups` holds them:
  /// the file and sheet quoted once per source, a group's first fields once per group. Made from
  /// a `DuplicateGroup` per group (a `SourceLocation` per row, the quoted source found again per
  /// row), the file took 0.2 s of `validate --registry`'s 1.6 s, most of it retains and releases.
  static func duplicatesCSV(_ groups: DuplicateGroups) -> String {
    // Every source's "file,sheet," back to back: `sourceBytes[sourceRanges[source]]`.
    var sourceBytes: [UInt8] = []
    var sourceRanges: [Range<Int>] = []
    for (file, sheet) in groups.sourceFiles {
      let start = sourceBytes.count
      sourceBytes += (CSVText.textField(file) + "," + CSVText.textField(sheet ?? "") + ",").utf8
      sourceRanges.append(start..<sourceBytes.count)
    }
    func head(_ number: Int, _ method: LinkMethod, _ merged: Bool) -> [UInt8] {
      Array("\(number),\(method.rawValue),\(merged ? "ya" : "tidak"),".utf8)
    }
    let header = Array(CSVText.line(["group", "key", "merged", "file", "sheet", "row"]).utf8)
    var length = header.count
    var number = 0
    groups.forEachGroup { method, merged, rows in
      number += 1
      let head = head(number, method, merged).count
      for row in rows { length += head + sourceRanges[Int(row.source)].count + decimalDigits(Int(row.row)) + 1 }
    }
    return String(unsafeUninitializedCapacity: length) { text in
      var end = 0
      func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        _ = UnsafeMutableBufferPointer(rebasing: text[end...]).initialize(from: bytes)
        end += bytes.count
      }
      header.withUnsafeBufferPointer { append($0) }
      sourceBytes.withUnsafeBufferPointer { sourceBytes in
        var number = 0
        groups.forEachGroup { method, merged, rows in
          number += 1
          head(number, method, merged).withUnsafeBufferPointer { head in
            for row in rows {
              append(head)
              append(UnsafeBufferPointer(rebasing: sourceBytes[sourceRanges[Int(row.source)]]))
              end = writeDecimal(Int(row.row), into: text, at: end)
              text[end] = UInt8(ascii: "\n")
              end += 1
            }
          }
        }
      }
      precondition(end == length, "duplicates.csv: \(end) bytes written where \(length) were counted")
      return end
    }
  }

  /// How many characters `String(value)` has.
  private static func decimalDigits(_ value: Int) -> Int { (value < 0 ? 1 : 0) + decimalDigits(value.magnitude) }

  /// How many decimal digits `value` has.
  private static func decimalDigits(_ value: UInt) -> Int {
    var count = 1
    var rest = value / 10
    while rest > 0 {
      count += 1
      rest /= 10
    }
    return count
  }

  /// Writes `String(value)`'s bytes into `text` at `start`, without making the String; where they end.
  private static func writeDecimal(_ value: Int, into text: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
    var start = start
    if value < 0 {
      text[start] = UInt8(ascii: "-")
      start += 1
    }
    let end = start + decimalDigits(value.magnitude)
    var rest = value.magnitude
    for position in stride(from: end - 1, through: start, by: -1) {
      text[position] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    }
    return end
  }

}
