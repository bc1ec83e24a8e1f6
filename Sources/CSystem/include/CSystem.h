#ifndef KPI_CSYSTEM_H
#define KPI_CSYSTEM_H

/// Atomically swaps two existing paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, or -1 with errno set (ENOSYS/EINVAL where unsupported).
int kpi_exchange_paths(const char *first, const char *second);

#endif
