// libfreexl (Debian libfreexl-dev): reads legacy BIFF .xls workbooks.
#include <freexl.h>
