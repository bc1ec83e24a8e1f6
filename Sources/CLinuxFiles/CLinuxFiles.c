// The two Linux file calls that neither Swift's Glibc module nor swift-system exposes (they
// need _GNU_SOURCE): renameat2(RENAME_EXCHANGE), which swaps a finished directory into place so
// readers see the old one or the new one, never a mixture and never nothing; and syncfs, which
// makes a whole directory of new files durable in one call. KPIFiles is their only caller.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include "CLinuxFiles.h"

int kpi_sync_filesystem(int fd) {
#if defined(__linux__)
    return syncfs(fd);
#else
    errno = ENOSYS;
    return -1;
#endif
}

int kpi_exchange_paths(const char *first, const char *second) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}
