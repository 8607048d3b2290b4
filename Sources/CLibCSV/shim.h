// libcsv 3.0.3 (Debian libcsv-dev). Debian ships no csv.pc, so the modulemap links "csv" itself.
#include <csv.h>
