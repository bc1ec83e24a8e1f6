// The two Linux calls Swift's Glibc module does not expose (they need _GNU_SOURCE):
// renameat2(RENAME_EXCHANGE), which swaps a finished committee pack into place so readers see
// the old pack or the new one, never a mixture and never nothing; and syncfs, which makes the
// whole pack durable in one call before that swap.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include "CSystem.h"

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
