import Foundation

/// The kecamatan boundaries of one region, loaded from a GeoJSON file the package ships (see
/// `Resources/README.md` for where each comes from).
public struct BoundarySet: Sendable {
  /// Kemendagri code of the region (`12.71`).
  public var regionCode: String
  /// The region's name (`Kota Medan`).
  public var regionName: String
  /// Where the boundaries come from, as a map's footnote cites it.
  public var source: String
  /// One entry per kecamatan, in the file's order.
  public var features: [KecamatanBoundary]

  /// A boundary set.
  public init(regionCode: String, regionName: String, source: String, features: [KecamatanBoundary]) {
    self.regionCode = regionCode
    self.regionName = regionName
    self.source = source
    self.features = features
  }

  /// Errors reading a boundary file.
  public enum LoadError: Error, Equatable, CustomStringConvertible {
    /// The resource is not in the bundle.
    case missingResource(String)
    /// A feature's geometry is neither a Polygon nor a MultiPolygon, or a point is not [lon, lat].
    case unsupportedGeometry(feature: String, type: String)

    public var description: String {
      switch self {
      case .missingResource(let name): "boundary file \(name) is not in the BerdayaReport bundle"
      case .unsupportedGeometry(let feature, let type): "boundary of \(feature): unsupported geometry \(type)"
      }
    }
  }

  /// The shipped sets: region code, region name, resource name, source.
  static let shipped: [(code: String, name: String, resource: String, source: String)] = [
    (
      "12.71", "Kota Medan", "medan_kecamatan",
      "cahyadsn/wilayah_boundaries (MIT), Kepmendagri 300.2.2-2430/2025"
    )
  ]

  /// The shipped boundaries of Kota Medan.
  public static func medan() throws -> BoundarySet {
    try load(shipped[0])
  }

  /// The shipped boundary set for a region, if any: chosen by Kemendagri code when one is given
  /// (the region itself, not a kecamatan below it, whose units are kelurahan: a kecamatan map
  /// would be the wrong level), else when at least half of `kecamatan` (at least two) match a
  /// set's names after folding.
  public static func forRegion(code: String?, kecamatan: [String]) -> BoundarySet? {
    for entry in shipped {
      if let code {
        guard code == entry.code else { continue }
        return try? load(entry)
      }
      guard let set = try? load(entry) else { continue }
      let names = Set(set.features.map { KecamatanBoundary.foldedName($0.name) })
      let known = kecamatan.map(KecamatanBoundary.foldedName).filter { !$0.isEmpty }
      let matched = known.count { names.contains($0) }
      if matched >= 2 && matched * 2 >= known.count { return set }
    }
    return nil
  }

  private static func load(_ entry: (code: String, name: String, resource: String, source: String)) throws
    -> BoundarySet
  {
    guard
      let url = Bundle.module.url(forResource: entry.resource, withExtension: "geojson", subdirectory: "Resources")
        ?? Bundle.module.url(forResource: entry.resource, withExtension: "geojson")
    else { throw LoadError.missingResource(entry.resource + ".geojson") }
    let data = try Data(contentsOf: url)
    return try parse(data, regionCode: entry.code, regionName: entry.name, source: entry.source)
  }

  /// Parses a GeoJSON FeatureCollection whose features carry `code` and `name` properties.
  public static func parse(_ data: Data, regionCode: String, regionName: String, source: String) throws -> BoundarySet {
    let collection = try JSONDecoder().decode(GeoJSONCollection.self, from: data)
    var features: [KecamatanBoundary] = []
    for feature in collection.features {
      let name = feature.properties.name
      let polygons: [[[[Double]]]]
      switch feature.geometry.type {
      case "Polygon": polygons = [feature.geometry.polygon ?? []]
      case "MultiPolygon": polygons = feature.geometry.multiPolygon ?? []
      default: throw LoadError.unsupportedGeometry(feature: name, type: feature.geometry.type)
      }
      let converted = try polygons.map { rings in
        try rings.map { ring in
          try ring.map { pair in
            guard pair.count >= 2 else { throw LoadError.unsupportedGeometry(feature: name, type: "point") }
            return KecamatanBoundary.Point(longitude: pair[0], latitude: pair[1])
          }
        }
      }
      features.append(KecamatanBoundary(code: feature.properties.code ?? "", name: name, polygons: converted))
    }
    return BoundarySet(regionCode: regionCode, regionName: regionName, source: source, features: features)
  }
}

/// The part of a GeoJSON FeatureCollection the maps read.
private struct GeoJSONCollection: Decodable {
  struct Feature: Decodable {
    struct Properties: Decodable {
      var code: String?
      var name: String
    }

    struct Geometry: Decodable {
      var type: String
      var polygon: [[[Double]]]?
      var multiPolygon: [[[[Double]]]]?

      enum CodingKeys: String, CodingKey {
        case type
        case coordinates
      }

      init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        switch type {
        case "Polygon": polygon = try container.decode([[[Double]]].self, forKey: .coordinates)
        case "MultiPolygon": multiPolygon = try container.decode([[[[Double]]]].self, forKey: .coordinates)
        default: break
        }
      }
    }

    var properties: Properties
    var geometry: Geometry
  }

  var features: [Feature]
}
