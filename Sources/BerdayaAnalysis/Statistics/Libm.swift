#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(ucrt)
  import ucrt
#endif

/// The few C math functions the statistics kernels need, behind one import.
///
/// The standard library has `squareRoot()` but no logarithm or real power; these come from the
/// platform's C math library, so Foundation is not needed. Swift imports are per file, so the other
/// files call these wrappers instead of repeating the conditional import.
enum Libm {
  /// Natural logarithm. The corresponding C function is `log`.
  @inline(__always)
  static func log(_ x: Double) -> Double { cLog(x) }

  /// `x` raised to the power `y`. The corresponding C function is `pow`.
  @inline(__always)
  static func pow(_ x: Double, _ y: Double) -> Double { cPow(x, y) }
}

// File-level shims: inside `Libm` the names `log` and `pow` would refer to the wrappers themselves.
@inline(__always) private func cLog(_ x: Double) -> Double { log(x) }
@inline(__always) private func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
