// libxlsxwriter 1.1.4 (Debian libxlsxwriter-dev); pkg-config name "xlsxwriter" adds -lz.
#include <xlsxwriter.h>
