/// One column of an input template: its header (a spelling the importer's alias table maps to a
/// canonical column), what may be typed into it, and what the instructions sheet says about it.
struct TemplateColumn {
  /// What a cell of the column holds, which decides its validation and number format.
  enum Content {
    /// Free text, stored as text (`@`) so that numbers such as NIB keep their leading zeros.
    case text
    /// One value of a list on the lists sheet.
    case list(TemplateList)
    /// A date, `yyyy-mm-dd`.
    case date
    /// A whole number ≥ 0.
    case wholeNumber
    /// An amount of rupiah ≥ 0.
    case rupiah
  }

  /// The header text, e.g. `Nama Usaha`.
  var header: String
  /// The canonical column it imports as (DOMAIN.md), e.g. `nama_usaha`.
  var canonical: String
  var content: Content
  /// Whether the importer needs it in every row.
  var required: Bool
  /// Whether it is personal data (Law 27/2022): used for matching only, never reported.
  var personal: Bool
  /// What the column means, in Indonesian and English.
  var meaningID: String
  var meaningEN: String
  /// An example value for the instructions.
  var example: String
}
