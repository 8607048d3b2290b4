// glibc's malloc tuning (malloc.h is not in Swift's Glibc module); a no-op elsewhere.
#if defined(__linux__)
#include <malloc.h>
#endif

/// Fixes malloc's mmap threshold at `bytes`, which also stops glibc raising it as blocks are freed.
/// Returns 1 on success, 0 where the C library has no such setting.
static inline int CMalloc_fixMmapThreshold(int bytes) {
#if defined(__GLIBC__)
  // mallopt(3): "Setting this parameter [M_MMAP_THRESHOLD] also disables dynamic adjustment".
  return mallopt(M_MMAP_THRESHOLD, bytes);
#else
  (void)bytes;
  return 0;
#endif
}
