// The one system call Swift's Glibc module does not expose: renameat2(RENAME_EXCHANGE), which
// swaps a finished committee pack into place so readers see the old pack or the new one, never
// a mixture and never nothing.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include "CSystem.h"

int kpi_exchange_paths(const char *first, const char *second) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}
