// libFuzzer target: CSV files through CSVFileReader (encoding detection, BOM, UTF-16 transcoding,
// dialect sniffing, the libcsv tokenizer).
//
// The first byte picks a chunk size, and the file is read whole and as a drip feed of that size;
// the rows must be the same (swift-nio's decoder verifier). A CSVError is a fine answer; a crash,
// a hang, or two reads that disagree are findings.
import CSVStream

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let chunkSize = Int(data[0] % 16) + 1
  let path = ScratchFile.write(UnsafeRawBufferPointer(start: data + 1, count: size - 1), name: "input.csv")
  let whole = rows(path, chunkSize: 1 << 20)
  let dripped = rows(path, chunkSize: chunkSize)
  precondition(whole == dripped, "chunk size \(chunkSize) changed the rows: \(whole) vs \(dripped)")
  return 0
}

/// Every row's line span and fields, then the error if one ended the read.
private func rows(_ path: String, chunkSize: Int) -> [String] {
  var out: [String] = []
  do {
    try CSVFileReader.read(path: path, chunkSize: chunkSize) { row in
      out.append("\(row.line)+\(row.lineCount): " + row.strings.joined(separator: "|"))
    }
  } catch {
    out.append("error: \(error)")
  }
  return out
}
