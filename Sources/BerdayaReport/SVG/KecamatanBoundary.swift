/// The boundary of one kecamatan: its Kemendagri code, its name, and its polygons as rings of
/// (longitude, latitude) points in WGS84 degrees.
public struct KecamatanBoundary: Sendable {
  /// A point in degrees.
  public struct Point: Hashable, Sendable {
    public var longitude: Double
    public var latitude: Double

    /// A point.
    public init(longitude: Double, latitude: Double) {
      self.longitude = longitude
      self.latitude = latitude
    }
  }

  /// Kemendagri code (`12.71.08`).
  public var code: String
  /// The name as the boundary file writes it (`Medan Belawan`).
  public var name: String
  /// Polygons, each an outer ring followed by its holes.
  public var polygons: [[[Point]]]

  /// A boundary.
  public init(code: String, name: String, polygons: [[[Point]]]) {
    self.code = code
    self.name = name
    self.polygons = polygons
  }

  /// The name folded for matching: lower case, without a "Kec." / "Kecamatan" prefix, letters and
  /// digits only ("KEC. MEDAN  BELAWAN" and "Medan Belawan" both give "medanbelawan";
  /// "Tanjung Pinang Barat" and "Tanjungpinang Barat" both give "tanjungpinangbarat").
  public static func foldedName(_ name: String) -> String {
    var text = String(name.lowercased().drop { $0 == " " || $0 == "\t" })
    for prefix in ["kecamatan ", "kecamatan.", "kec. ", "kec.", "kec "] where text.hasPrefix(prefix) {
      text = String(text.dropFirst(prefix.count))
      break
    }
    return String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
      scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }))
  }

  /// The area-weighted centroid of the largest outer ring, in degrees (where a label goes).
  public var labelPoint: Point? {
    var best: (area: Double, point: Point)?
    for polygon in polygons {
      guard let ring = polygon.first, ring.count >= 3 else { continue }
      var twiceArea = 0.0
      var cx = 0.0
      var cy = 0.0
      for (a, b) in zip(ring, ring.dropFirst() + [ring[0]]) {
        let cross = a.longitude * b.latitude - b.longitude * a.latitude
        twiceArea += cross
        cx += (a.longitude + b.longitude) * cross
        cy += (a.latitude + b.latitude) * cross
      }
      guard twiceArea != 0 else { continue }
      let point = Point(longitude: cx / (3 * twiceArea), latitude: cy / (3 * twiceArea))
      if best.map({ abs(twiceArea) > $0.area }) ?? true { best = (abs(twiceArea), point) }
    }
    return best?.point
  }
}
