#ifndef KPI_CLINUXFILES_H
#define KPI_CLINUXFILES_H

/// Atomically swaps two existing paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, or -1 with errno set (ENOSYS/EINVAL where unsupported).
int kpi_exchange_paths(const char *first, const char *second);

/// Flushes every written file on the filesystem holding `fd` to disk (Linux syncfs): one call
/// instead of an fsync per file when a whole directory has just been written.
/// Returns 0 on success, or -1 with errno set.
int kpi_sync_filesystem(int fd);

#endif
