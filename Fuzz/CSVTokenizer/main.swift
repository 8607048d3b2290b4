// libFuzzer target: CSV files through CSVFileReader (encoding detection, BOM, UTF-16 transcoding,
// dialect sniffing, the libcsv tokenizer), and CSVParser's own split of simple lines against
// libcsv alone.
//
// The first byte picks a chunk size, and the file is read whole and as a drip feed of that size;
// the rows must be the same (swift-nio's decoder verifier). Then the bytes go to two parsers, one
// splitting simple lines itself and one sending everything to libcsv, with the delimiter the
// first byte picks, both fed the same chunks of 1 to 64 bytes (sizes seeded by the second byte):
// rows, line numbers, the record-start state after each chunk and errors must be the same. A CSVError is a fine answer; a crash, a hang,
// or two reads that disagree are findings.
@testable import CSVStream

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 1 else { return 0 }
  let chunkSize = Int(data[0] % 16) + 1
  let body = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
  let path = ScratchFile.write(body, name: "input.csv")
  let whole = rows(path, chunkSize: 1 << 20)
  let dripped = rows(path, chunkSize: chunkSize)
  precondition(whole == dripped, "chunk size \(chunkSize) changed the rows: \(whole) vs \(dripped)")

  let delimiter = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")][Int(data[0] / 16) % 4]
  var chunkSeed = UInt64(data[1])
  var chunkEnds: [Int] = []
  while chunkEnds.last ?? 0 < body.count {
    chunkSeed = chunkSeed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    chunkEnds.append(min(body.count, (chunkEnds.last ?? 0) + Int(chunkSeed >> 58) + 1))  // 1 to 64 bytes
  }
  let split = trace(body, chunkEnds: chunkEnds, delimiter: delimiter, splitsSimpleLines: true)
  let oracle = trace(body, chunkEnds: chunkEnds, delimiter: delimiter, splitsSimpleLines: false)
  precondition(split == oracle, "the split differs from libcsv: \(split) vs \(oracle)")
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

/// Rows, the parser's line and record-start state after each chunk, and the error, from feeding
/// `bytes` in chunks that end at `chunkEnds`.
private func trace(
  _ bytes: UnsafeRawBufferPointer, chunkEnds: [Int], delimiter: UInt8, splitsSimpleLines: Bool
) -> [String] {
  var out: [String] = []
  do {
    let parser = try CSVParser(
      delimiter: delimiter, quote: UInt8(ascii: "\""), limits: .init(), firstLine: 1,
      splitsSimpleLines: splitsSimpleLines)
    let collect: CSVParser.RowHandler = { row in out.append("\(row.line)+\(row.lineCount): \(row.strings)") }
    var offset = 0
    for end in chunkEnds {
      try parser.feed(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]), handler: collect)
      out.append("fed \(end): line \(parser.currentLine), record start \(parser.isAtRecordStart)")
      offset = end
    }
    try parser.finish(handler: collect)
    out.append("finished: line \(parser.currentLine)")
  } catch {
    out.append("error: \(error)")
  }
  return out
}
