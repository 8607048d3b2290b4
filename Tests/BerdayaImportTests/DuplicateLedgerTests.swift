import BerdayaModel
import Testing

@testable import BerdayaImport

/// The duplicate ledger lists merged groups by the enterprise they made, then possible groups in
/// the byte order of their whole keys (method name, 0x1F, key), each group's rows in the order they
/// were noted. The keys here share long beginnings, differ only past 32 bytes, are prefixes of one
/// another, hold zero bytes, and are noted in an order far from the sorted one.
@Suite struct DuplicateLedgerTests {
  static let keys: [(LinkMethod, [UInt8])] = {
    let shared = Array("warung maju jaya sejahtera abadi 1".utf8)  // 34 bytes
    var keys: [(LinkMethod, [UInt8])] = [
      (.nameAndKelurahan, shared + [0x1F] + Array("kel 2".utf8)),
      (.nameAndKelurahan, shared + [0x1F] + Array("kel 10".utf8)),
      (.nameAndKelurahan, shared),
      (.nameAndKelurahan, shared + [0x00]),
      (.nameAndKelurahan, Array(shared.prefix(32))),
      (.nameAndKelurahan, Array(shared.prefix(31)) + [0x00]),
      (.nameAndKelurahan, Array("warung".utf8)),
      (.nameAndKelurahan, [0x00, 0x01]),
      (.nameAndKelurahan, [0xFF]),
      (.nik, Array("warung maju jaya 0".utf8)),
      // A key that is another with a zero byte after it.
      (.nameAndKelurahan, Array("warung".utf8) + [0x00]),
    ]
    for number: UInt64 in [1_271_010_000_000_300, 1_271_010_000_000_002, 1_271_010_000_000_010, 255, 256] {
      keys.append((.nik, withUnsafeBytes(of: number.bigEndian) { Array($0) }))
    }
    return keys
  }()

  @Test func groupsAreInTheOrderOfTheirWholeKeys() {
    var ledger = DuplicateLedger()
    // Noted in a scrambled order, two rows per group, a merged group in the middle.
    let order = [7, 2, 12, 0, 15, 9, 14, 4, 1, 11, 5, 3, 13, 8, 6, 10]
    #expect(Set(order) == Set(Self.keys.indices))
    for (turn, index) in order.enumerated() {
      let (method, key) = Self.keys[index]
      key.withUnsafeBufferPointer { key in
        ledger.notePossible(method, id: UInt64(index), key: key, first: (0, Int32(index)), row: (0, Int32(100 + turn)))
      }
      if turn == 5 { ledger.noteMerged(.nib, into: 3, first: (0, 500), row: (0, 501)) }
    }
    ledger.noteMerged(.registrationNumber, into: 1, first: (0, 600), row: (1, 601))
    ledger.noteMerged(.nib, into: 3, first: (0, 500), row: (0, 502))

    let groups = ledger.groups(sources: [RowSource(file: "registri.csv"), RowSource(file: "tambahan.xlsx", sheet: "Binaan")])
    let wholeKey: ([UInt8], LinkMethod) -> [UInt8] = { key, method in Array(method.rawValue.utf8) + [0x1F] + key }
    let expected = Self.keys.indices.sorted { a, b in
      wholeKey(Self.keys[a].1, Self.keys[a].0).lexicographicallyPrecedes(wholeKey(Self.keys[b].1, Self.keys[b].0))
    }
    #expect(groups.map(\.merged) == [true, true] + Array(repeating: false, count: Self.keys.count))
    #expect(groups.prefix(2).map { $0.rows.map(\.row) } == [[600, 601], [500, 501, 502]])
    #expect(groups.prefix(2).map(\.method) == [.registrationNumber, .nib])
    // Rows are kept as source ids: each resolves to its own file and sheet.
    #expect(groups[0].rows.map(\.description) == ["registri.csv:600", "tambahan.xlsx[Binaan]:601"])
    #expect(ledger.mergedRowCount == 3)
    #expect(ledger.possibleGroupCount == Self.keys.count)
    let possible = groups.dropFirst(2)
    #expect(possible.map { $0.rows.first?.row } == expected.map { Optional($0) })
    #expect(possible.map(\.method) == expected.map { Self.keys[$0].0 })
    #expect(possible.map { $0.rows.map(\.row) } == expected.map { [$0, 100 + order.firstIndex(of: $0)!] })
  }
}
