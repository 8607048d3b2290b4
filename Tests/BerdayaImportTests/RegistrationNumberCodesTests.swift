import Testing

@testable import BerdayaImport

/// A registration number's code is the same for the same bytes and different for any other: the
/// pattern (length, letters and separators, where the digits are) and the digits both count.
@Suite struct RegistrationNumberCodesTests {
  private func code(_ codes: inout RegistrationNumberCodes, adding number: String) -> UInt64? {
    var number = number
    return number.withUTF8 { codes.code(adding: $0) }
  }

  private func code(_ codes: RegistrationNumberCodes, of number: String) -> UInt64? {
    var number = number
    return number.withUTF8 { codes.code(of: $0) }
  }

  @Test func differentNumbersHaveDifferentCodes() {
    var codes = RegistrationNumberCodes()
    let numbers = [
      "UMKM-1271-0826493", "UMKM-1271-0826494", "UMKM-1271-826493", "UMKM-1271-00826493", "umkm-1271-0826493",
      "UMKM/1271/0826493", "UMKM-1272-0826493", "UMKM-12710-826493", "MDN-2021-1", "MDN-2021-01", "A1", "A01", "1A",
      "B1", "", "0", "00",
    ]
    var seen: [UInt64: String] = [:]
    for number in numbers {
      let made = code(&codes, adding: number)
      #expect(made != nil, "\(number)")
      if let made {
        #expect(seen[made] == nil, "\(number) has the code of \(seen[made] ?? "")")
        seen[made] = number
      }
    }
    // Asked again, and read-only, each number gets the code it was given.
    for (made, number) in seen {
      #expect(code(&codes, adding: number) == made)
      #expect(code(codes, of: number) == made)
    }
  }

  @Test func numbersWithoutACode() {
    var codes = RegistrationNumberCodes()
    // More digits than 60 bits hold in decimal.
    #expect(code(&codes, adding: "REG-1234567890123456789") == nil)
    #expect(code(&codes, adding: "REG-123456789012345678") != nil)
    // A pattern never seen has no code when only looked up.
    #expect(code(codes, of: "KOP-0001") == nil)
    // After 16 patterns, a new one has none; the known ones keep theirs.
    for length in 1...15 { #expect(code(&codes, adding: "P-" + String(repeating: "7", count: length)) != nil) }
    #expect(code(&codes, adding: "KOP-0001") == nil)
    #expect(code(codes, of: "P-77") != nil)
    #expect(code(codes, of: "P-12") != code(codes, of: "P-77"))
  }
}
