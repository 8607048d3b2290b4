// zlib (Debian zlib1g-dev): raw DEFLATE streams inside the XLSX zip container.
#include <zlib.h>

/// inflateInit2 is a function-like macro that Swift cannot call.
static inline int CZlib_inflateInitRaw(z_streamp stream) {
  return inflateInit2(stream, -MAX_WBITS);
}
