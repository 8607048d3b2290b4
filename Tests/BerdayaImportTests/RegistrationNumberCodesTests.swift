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

  /// Patterns of every length around the word-at-a-time range (8 to 18 bytes), and a byte changed
  /// at every place: the same bytes give the same code, any other bytes another code or none.
  @Test func codesAreOneToOneAtEveryLength() {
    var generator = SystemRandomNumberGenerator()
    for length in 1...24 {
      var codes = RegistrationNumberCodes()
      // Letters and a separator in front, digits after, and a separator among them from 6 bytes on.
      let pattern = (0..<length).map { place -> UInt8 in
        place < min(3, length - 1) ? 0x41 + UInt8(place) : (length >= 6 && place == length - 4 ? 0x2D : 0x30)
      }
      func random() -> [UInt8] {
        pattern.map { $0 == 0x30 ? UInt8.random(in: 0x30...0x39, using: &generator) : $0 }
      }
      let first = random()
      guard let made = first.withUnsafeBufferPointer({ codes.code(adding: $0) }) else {
        // Only a pattern with more digits than a code holds has none.
        #expect(pattern.count(where: { $0 == 0x30 }) > RegistrationNumberCodes.maximumDigits, "\(length)")
        continue
      }
      var seen: [UInt64: [UInt8]] = [made: first]
      var numbers = (0..<300).map { _ in random() }
      for place in 0..<length {
        for byte: UInt8 in [0x2F, 0x3A, 0x30, 0x39, 0x41, 0x2D, 0x20, 0xC3] {
          var changed = first
          changed[place] = byte
          numbers.append(changed)
        }
      }
      for number in numbers {
        guard let code = number.withUnsafeBufferPointer({ codes.code(of: $0) }) else {
          #expect(zip(number, pattern).contains { $1 == 0x30 ? !(0x30...0x39).contains($0) : $0 != $1 }, "\(number)")
          continue
        }
        #expect(seen[code, default: number] == number, "\(length): \(number) has the code of \(seen[code] ?? [])")
        seen[code] = number
      }
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
