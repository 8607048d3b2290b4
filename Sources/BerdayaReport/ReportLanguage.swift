/// The language every label of a report is written in.
public enum ReportLanguage: String, CaseIterable, Sendable {
  case indonesian = "id"
  case english = "en"
}
