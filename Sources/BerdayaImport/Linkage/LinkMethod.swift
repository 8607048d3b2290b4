/// How an activity (or a duplicate registry row) was matched to an enterprise.
public enum LinkMethod: String, CaseIterable, Hashable, Sendable {
  case registrationNumber = "no_registrasi"
  case nib
  case nik
  case nameAndKelurahan = "nama_usaha+kelurahan"
  case unmatched

  /// The method's position in `allCases`: counting per activity row by array index, where a
  /// dictionary keyed by the method hashed it for every row.
  public var ordinal: Int {
    switch self {
    case .registrationNumber: 0
    case .nib: 1
    case .nik: 2
    case .nameAndKelurahan: 3
    case .unmatched: 4
    }
  }
}
