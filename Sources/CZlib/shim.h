// zlib (Debian zlib1g-dev): the raw deflate streams of capplan.xlsx's zip entries. Installed by `make setup`
// when missing.
#include <zlib.h>
#include <stdio.h>

// printf("%.16G"), as libxlsxwriter 1.1.4 writes a number, without Swift's variadic-call overhead (one call
// a number cell). Follows the thread's LC_NUMERIC: the caller switches to the "C" locale.
static inline int capplan_format_g16(char *buffer, size_t size, double value) {
    return snprintf(buffer, size, "%.16G", value);
}

