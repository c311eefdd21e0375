// libcsv 3.0.3 (Debian libcsv-dev). Installed by `make setup` when missing.
#include <csv.h>
