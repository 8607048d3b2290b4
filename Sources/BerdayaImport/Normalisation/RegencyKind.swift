/// Whether a regency-level region is a kabupaten (regency) or a kota (city).
///
/// Kabupaten Bogor (32.01) and Kota Bogor (32.71) share a core name, so the prefix an office writes
/// is kept apart from the name instead of being folded away.
public enum RegencyKind: String, Hashable, Sendable {
  case kabupaten
  case kota
}
