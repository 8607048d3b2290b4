/// The file (and sheet) registry rows come from, interned so that a row's place is two integers.
struct RowSource: Hashable, Sendable {
  var file: String
  var sheet: String?
}
