// The compiler's prefetch hint, which Swift does not expose.

/// Hints that the memory at `address` will be read soon (x86 PREFETCHT0, AArch64 PRFM PLDL1KEEP).
/// A hint only: it never faults, and the address need not be valid.
static inline void CPrefetch_read(const void *address) {
#if defined(__GNUC__) || defined(__clang__)
  __builtin_prefetch(address, 0, 3);
#else
  (void)address;
#endif
}
