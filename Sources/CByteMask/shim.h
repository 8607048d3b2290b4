// The SIMD byte mask Swift does not expose: x86's PMOVMSKB, which Swift's SIMD types do not reach
// (emulated in Swift, it took three to six times the instructions; see CSVStream's CSVByteClasses).
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// Sixteen bytes, imported into Swift as SIMD16<UInt8>.
typedef uint8_t CByteMask_Lanes __attribute__((vector_size(16)));

/// Bit i set when lane i has its top bit set: one instruction with SSE2 (every x86-64 processor),
/// a loop the compiler vectorizes elsewhere.
static inline uint32_t CByteMask_topBits(CByteMask_Lanes lanes) {
#if defined(__SSE2__)
  return (uint32_t)_mm_movemask_epi8((__m128i)lanes);
#else
  uint32_t bits = 0;
  for (int lane = 0; lane < 16; lane++) bits |= (uint32_t)(lanes[lane] >> 7) << lane;
  return bits;
#endif
}
