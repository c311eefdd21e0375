// libxlsxwriter 1.1.4 (Debian libxlsxwriter-dev). Installed by `make setup` when missing.
#include <xlsxwriter.h>
