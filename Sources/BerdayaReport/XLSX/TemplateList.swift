/// A list on the hidden lists sheet of a template, feeding a drop-down.
struct TemplateList {
  /// The list's header on the lists sheet and its defined name (`Daftar_Kecamatan`).
  var title: String
  var values: [String]
  /// Whether a value outside the list is refused (`true`) or only questioned.
  var strict: Bool = true
}
