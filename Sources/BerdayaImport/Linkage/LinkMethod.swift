/// How an activity (or a duplicate registry row) was matched to an enterprise.
public enum LinkMethod: String, CaseIterable, Hashable, Sendable {
  case registrationNumber = "no_registrasi"
  case nib
  case nik
  case nameAndKelurahan = "nama_usaha+kelurahan"
  case unmatched
}
