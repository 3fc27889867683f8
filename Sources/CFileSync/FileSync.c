// The GNU names (sync_file_range, syncfs) are declared only with _GNU_SOURCE, which Swift's
// Glibc module does not set; this file sets it and passes them on.
#define _GNU_SOURCE
#include <fcntl.h>
#include <unistd.h>

#include "CFileSync.h"

int driehoek_start_writeback(int descriptor) {
#ifdef __linux__
  return sync_file_range(descriptor, 0, 0, SYNC_FILE_RANGE_WRITE);
#else
  (void)descriptor;
  return 0;
#endif
}

int driehoek_wait_writeback(int descriptor) {
#ifdef __linux__
  return sync_file_range(
    descriptor, 0, 0,
    SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
#else
  return fsync(descriptor);
#endif
}

int driehoek_sync_file_system(int descriptor) {
#ifdef __linux__
  return syncfs(descriptor);
#else
  return fsync(descriptor);
#endif
}
