/// A raw kelurahan as a row gives it, with the row's raw kecamatan (a kelurahan is resolved within it).
struct PlacePair: Hashable, Sendable {
  var kecamatan: String?
  var kelurahan: String
}
