import Testing

/// The suite that holds every normalisation test, so that `swift test --filter Normalisation`
/// selects them all (a filter matches test identifiers, not folders).
@Suite("Normalisation")
enum NormalisationTests {}
