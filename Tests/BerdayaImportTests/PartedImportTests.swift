import BerdayaImport
import BerdayaModel
import Foundation
import Testing

/// An activity file read in pieces on several threads gives exactly what one pass gives: the same
/// records in the same order with the same row numbers, the same counts and the same issues.
@Suite struct PartedImportTests {
  /// Collects one worker's records, piece by piece, and moves their rows to the file's once told
  /// where each piece begins.
  final class Collected: ActivityPieceSink {
    var pieces: [(index: Int, records: [ActivityRecord])] = []
    func startPiece(_ index: Int) { pieces.append((index, [])) }
    func take(_ record: ActivityRecord) { pieces[pieces.count - 1].records.append(record) }
    func endPiece() {}
    func piece(_ index: Int, startsAtLine line: Int) {
      guard let position = pieces.firstIndex(where: { $0.index == index }) else { return }
      for record in pieces[position].records.indices { pieces[position].records[record].location.row += line - 1 }
    }
  }

  /// A title row, then `rows` activity rows of every kind of mess: bad dates and amounts (value
  /// issues), unknown kinds and rows with no enterprise (quarantined), blank lines, CRLF line ends
  /// on some rows, and, when `multiline`, a newline inside a quoted field on every row, so that
  /// cuts land inside records. Past the first 64 KiB (which decide the encoding), every 700th row's
  /// partner holds a Windows-1252 byte, a field that is not UTF-8.
  static func messyFile(rows: Int, multiline: Bool) throws -> String {
    var text = "DAFTAR KEGIATAN PEMBINAAN UMKM KOTA MEDAN 2023\n\n"
    text += "ID Kegiatan,Nama Kegiatan,Jenis Kegiatan,Tanggal,No. Registrasi,Kecamatan,Biaya (Rp),Mitra\n"
    let kinds = ["pelatihan", "Bimtek", "bantuan_peralatan", "nib", "pameran", "ecommerce", "monitoring", "lomba"]
    for index in 0..<rows {
      let name = multiline ? "\"Pelatihan Angkatan \(index % 7)\nGelombang \(index % 3)\"" : "Pelatihan Angkatan \(index % 7)"
      let date = index % 97 == 0 ? "31/02/2023" : index % 5 == 0 ? "\(1 + index % 28) Juli 2023" : "2023-03-\(10 + index % 19)"
      let cost = index % 89 == 0 ? "Rp sejuta" : index % 3 == 0 ? "\"1.500.000\"" : "\(index * 1000)"
      let registration = index % 53 == 0 ? "" : "UMKM-1271-\(String(format: "%07d", index % 900))"
      let end = index % 11 == 0 ? "\r\n" : "\n"
      let partner = index > 2_000 && index % 700 == 0 ? "Caf\u{1F}E9" : "\"BRI, Medan\""
      text += "KEG-\(index),\(name),\(kinds[index % kinds.count]),\(date),\(registration),Medan Kota,\(cost),\(partner)\(end)"
      if index % 401 == 0 { text += "\n" }
    }
    text += "JUMLAH,,,,,,,\n"
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("parted-\(rows)-\(multiline)-\(UUID()).csv")
    // The marker U+001F "E9" becomes the single byte 0xE9 (é in Windows-1252, invalid as UTF-8).
    let utf8 = Array(text.utf8)
    var bytes: [UInt8] = []
    var index = 0
    while index < utf8.count {
      if utf8[index] == 0x1F {
        bytes.append(0xE9)
        index += 3
      } else {
        bytes.append(utf8[index])
        index += 1
      }
    }
    try Data(bytes).write(to: url)
    return url.path
  }

  /// The records of every worker's pieces in file order, and how many pieces there were.
  static func read(_ path: String, workers: Int, keepsDescriptions: Bool = true) throws
    -> (FileImportSummary, [ActivityRecord], pieces: Int)
  {
    var importer = FileImporter(aliases: try HeaderAliases(), normaliser: try ValueNormaliser())
    importer.keepsDescriptiveText = keepsDescriptions
    let (summary, sinks) = try importer.importActivities(
      InputFile(path: path, kind: .activities), workers: workers, minimumPieceBytes: 1 << 14, makeSink: { Collected() })
    let pieces = sinks.flatMap(\.pieces).sorted { $0.index < $1.index }
    #expect(pieces.map(\.index) == Array(pieces.indices), "every piece read once")
    return (summary, pieces.flatMap(\.records), pieces.count)
  }

  @Test(arguments: [false, true])
  func piecesGiveTheOnePassResult(multiline: Bool) throws {
    let path = try Self.messyFile(rows: 6_000, multiline: multiline)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (onePass, onePassRecords, _) = try Self.read(path, workers: 1)
    #expect(onePass.rowsRead == 6_000)
    #expect(onePass.quarantined > 0)
    #expect(onePass.issues.contains { !$0.quarantinesRow })
    #expect(onePass.reDecodedFields == 6)  // rows 2100, 2800, ... 5600
    var split = false
    for workers in 2...4 {
      let (summary, records, pieces) = try Self.read(path, workers: workers)
      split = split || pieces > 1
      #expect(records == onePassRecords, "\(workers) workers")
      #expect(summary.issues == onePass.issues, "\(workers) workers")
      #expect(summary.reDecodedFields == onePass.reDecodedFields)
      #expect(summary.rowsRead == onePass.rowsRead)
      #expect(summary.accepted == onePass.accepted)
      #expect(summary.quarantined == onePass.quarantined)
      #expect(summary.tables.map(\.dataRows) == onePass.tables.map(\.dataRows))
      #expect(summary.tables.map(\.blankRows) == onePass.tables.map(\.blankRows))
      #expect(summary.tables.map(\.totalsRows) == [1])
      #expect(summary.tables.map(\.headerRow) == [3])
    }
    // Without newlines in fields every cut is a record boundary and the pieces are used; with one
    // in every record a cut falls inside a record, the file is read again in one piece, and the
    // result must not change either way.
    #expect(split == !multiline)
  }

  /// Leaving out the descriptions changes nothing but them: the same kinds (an unknown jenis still
  /// falls back to the name), the same issues (the non-UTF-8 partner is still listed), the same counts.
  @Test(arguments: [false, true])
  func recordsWithoutDescriptions(multiline: Bool) throws {
    let path = try Self.messyFile(rows: 3_000, multiline: multiline)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (full, fullRecords, _) = try Self.read(path, workers: 2)
    let (lean, leanRecords, _) = try Self.read(path, workers: 2, keepsDescriptions: false)
    #expect(lean.issues == full.issues)
    #expect(lean.issues.contains { $0.location.column == "mitra" })
    #expect((lean.rowsRead, lean.accepted, lean.quarantined) == (full.rowsRead, full.accepted, full.quarantined))
    #expect(fullRecords.contains { $0.activityName != nil && $0.partner != nil && $0.activityID != nil })
    #expect(leanRecords.allSatisfy { $0.activityID == nil && $0.activityName == nil && $0.partner == nil })
    let stripped = fullRecords.map { record in
      var record = record
      (record.activityID, record.activityName, record.partner) = (nil, nil, nil)
      return record
    }
    #expect(leanRecords == stripped)
  }

  /// A quote never closed near the end of the file is met in the last piece: the error names the
  /// line a one-pass read names, though that piece counted its lines from its own start.
  @Test func anErrorInALaterPieceNamesItsLineInTheFile() throws {
    let path = try Self.messyFile(rows: 6_000, multiline: false)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let handle = try #require(FileHandle(forWritingAtPath: path))
    handle.seekToEndOfFile()
    handle.write(Data("KEG-X,\"Pelatihan tanpa akhir,pelatihan,2023-03-10,UMKM-1271-0000001,Medan Kota,0,\n".utf8))
    try handle.close()
    func failure(workers: Int) -> String {
      do {
        _ = try Self.read(path, workers: workers)
        return "no error"
      } catch {
        return "\(error)"
      }
    }
    let onePass = failure(workers: 1)
    #expect(onePass.hasSuffix("line 6020: a quoted field opened on this line is never closed"), "\(onePass)")
    #expect(failure(workers: 2) == onePass)
    #expect(failure(workers: 3) == onePass)
  }

  @Test func aFileTooSmallToCutIsReadInOnePiece() throws {
    let path = try Self.messyFile(rows: 100, multiline: false)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try Self.read(path, workers: 4).pieces == 1)
  }
}
