@testable import BerdayaImport
import Testing

/// The shortcuts the import's hot loop takes must agree with the plain definitions they replace.
@Suite("Import hot paths")
struct HotPathTests {
  @Test func columnOrdinalIsTheCasePosition() {
    for (position, column) in CanonicalColumn.allCases.enumerated() {
      #expect(column.ordinal == position, "\(column)")
    }
  }

  @Test func layoutFindsEveryMappedColumnAndNoOther() {
    let mapping: [CanonicalColumn: Int] = [.noRegistrasi: 3, .tanggal: 0, .jumlah: 7]
    let layout = HeaderLayout(firstRow: 0, lastRow: 0, names: [], mapping: mapping, unmapped: [])
    for column in CanonicalColumn.allCases {
      #expect(layout.column(column) == mapping[column], "\(column)")
    }
  }

  @Test(arguments: [
    Array("UMKM-1271-0000001".utf8), Array("Café".utf8), [0x43, 0x61, 0x66, 0xE9], [], Array("Rp 1.500.000".utf8),
  ])
  func cellDecoderAgreesWithValidation(bytes: [UInt8]) {
    let decoder = CSVCellDecoder(encoding: .utf8)
    let text = bytes.withUnsafeBufferPointer { decoder.decode($0, line: 2, field: 0) }
    let expected = String(validating: bytes, as: UTF8.self) ?? "Caf\u{E9}"
    #expect(text == expected)
  }

  @Test func keyIndexAgreesWithADictionaryThroughGrowth() {
    var index = KeyIndex(capacity: 4)
    var reference: [String: Int] = [:]
    var generator = SystemRandomNumberGenerator()
    let keys = (0..<5000).map { n in
      switch n % 13 {
      case 0: "Café \(n % 100)"
      case 1: ""
      // Long keys, as name keys are.
      case 2: "usaha mikro sembako berkah jaya \(n % 300)|sei sikambing b"
      case 3: String(repeating: "9", count: 24)
      default: "UMKM-1271-\(String(UInt32.random(in: 0..<20000, using: &generator)))"
      }
    }
    for (value, key) in keys.enumerated() {
      let kept = index.insertIfAbsent(key, value)
      if reference[key] == nil { reference[key] = value }
      #expect(kept == reference[key])
    }
    #expect(index.count == reference.count)
    for (key, value) in reference { #expect(index[key] == value, "\(key)") }
    for missing in [
      "UMKM-1271-99999999", "Cafe 7", "umkm-1271-1", " ", String(repeating: "9", count: 25),
      "usaha mikro sembako berkah jaya 1|sei sikambing c",
    ] { #expect(index[missing] == nil) }
  }
}
