/// The three kinds of input file Berdaya reads.
public enum RecordKind: String, CaseIterable, Hashable, Sendable {
  case registry
  case activities
  case population
}
