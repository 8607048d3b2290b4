/// One region of the Kemendagri list: a province, regency or city, kecamatan, or kelurahan/desa.
public struct Region: Hashable, Sendable, CustomStringConvertible {
  /// The dotted Kemendagri code (`12.71.01`).
  public let code: String
  /// The name as the Kemendagri list writes it (`Medan Helvetia`, `Kota Medan`).
  public let name: String
  public let level: RegionLevel
  /// The code of the region one level up; nil for a province.
  public let parentCode: String?

  public init(code: String, name: String, level: RegionLevel, parentCode: String?) {
    self.code = code
    self.name = name
    self.level = level
    self.parentCode = parentCode
  }

  /// For a village: true for a kelurahan (urban), false for a desa; nil for other levels.
  ///
  /// Permendagri 58/2021: the first digit of the village segment is 1 for a kelurahan and 2 (or 3
  /// for desa adat) for a desa.
  public var isKelurahan: Bool? {
    guard level == .village, let last = code.split(separator: ".").last?.first else { return nil }
    return last == "1"
  }

  /// For a regency: true for a kota (segment 71-99), false for a kabupaten; nil for other levels.
  public var isKota: Bool? {
    guard level == .regency, let last = code.split(separator: ".").last, let number = Int(last) else {
      return nil
    }
    return number >= 71
  }

  /// `12.71.01 Medan Kota`.
  public var description: String { "\(code) \(name)" }
}
