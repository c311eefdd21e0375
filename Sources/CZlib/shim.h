// zlib (Debian zlib1g-dev): the raw deflate streams of capplan.xlsx's zip entries. Installed by `make setup`
// when missing.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE  // O_TMPFILE
#endif
#include <errno.h>
#include <fcntl.h>
#include <zlib.h>
#include <stdio.h>

// printf("%.16G"), as libxlsxwriter 1.1.4 writes a number, without Swift's variadic-call overhead (one call
// a number cell). Follows the thread's LC_NUMERIC: the caller switches to the "C" locale.
static inline int capplan_format_g16(char *buffer, size_t size, double value) {
    return snprintf(buffer, size, "%.16G", value);
}

// A file with no name in `folder` (Linux's O_TMPFILE): never visible in the folder, gone when closed. -1 with
// errno set when the system or the file system cannot (the caller then names a file and unlinks it).
static inline int capplan_open_unnamed(const char *folder) {
#ifdef O_TMPFILE
    return open(folder, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
#else
    errno = EOPNOTSUPP;
    return -1;
#endif
}
