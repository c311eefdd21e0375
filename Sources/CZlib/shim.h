// zlib (Debian zlib1g-dev): the raw deflate streams of capplan.xlsx's zip entries. Installed by `make setup`
// when missing.
#include <zlib.h>
