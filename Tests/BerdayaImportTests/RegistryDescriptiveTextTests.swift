import BerdayaImport
import BerdayaModel
import Testing

/// A registry read without its descriptive text (owner names and addresses, which coverage and
/// linkage never read) gives the full read's records with those two fields empty, and the same
/// counts and issues: a name or address with a control character, bad bytes or stray spaces is
/// still read, and reported.
@Suite struct RegistryDescriptiveTextTests {
  @Test(arguments: [
    "registry-owner-address-messy.csv", "registry-windows-1252.csv", "registry-title-rows-semicolon.csv",
  ])
  func leanReadMatchesTheFullRead(_ name: String) throws {
    let (full, fullRecords) = try ImporterFixture.registry(name)
    let (lean, leanRecords) = try ImporterFixture.registry(name, keepsDescriptiveText: false)
    #expect(lean.issues == full.issues)
    #expect((lean.rowsRead, lean.accepted, lean.quarantined) == (full.rowsRead, full.accepted, full.quarantined))
    #expect(fullRecords.contains { $0.ownerName != nil || $0.address != nil })
    #expect(leanRecords.allSatisfy { $0.ownerName == nil && $0.address == nil })
    let stripped = fullRecords.map { record in
      var record = record
      (record.ownerName, record.address) = (nil, nil)
      return record
    }
    #expect(leanRecords == stripped)
  }

  @Test func aControlCharacterInAnOwnerNameOrAddressIsStillReported() throws {
    let (lean, records) = try ImporterFixture.registry("registry-owner-address-messy.csv", keepsDescriptiveText: false)
    let personal = lean.issues.filter { ["nama_pemilik", "alamat"].contains($0.location.column) }
    #expect(personal.map(\.location.row).sorted() == [5, 6])
    #expect(personal.allSatisfy { $0.reason.hasPrefix("control characters") })
    // The last row names no enterprise at all: quarantined, with its owner name left out of the message.
    #expect((lean.rowsRead, lean.accepted, lean.quarantined, records.count) == (7, 6, 1, 6))
    let set = lean.issues.filter(\.quarantinesRow)
    #expect(set.count == 1 && set.allSatisfy { !$0.value.contains("Tanpa Usaha") && !$0.value.contains("Tak Bernama") })
  }
}
