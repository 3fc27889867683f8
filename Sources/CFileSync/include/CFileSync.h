#ifndef CFILESYNC_H
#define CFILESYNC_H

/// Starts writing a file's changed pages to disk and returns at once (Linux
/// `sync_file_range` with `SYNC_FILE_RANGE_WRITE`). Returns 0, or -1 with `errno`. Elsewhere it
/// does nothing and returns 0.
int driehoek_start_writeback(int descriptor);

/// Waits until a file's changed pages are written to the device and reports a failed write
/// (Linux `sync_file_range` waiting before and after). Returns 0, or -1 with `errno`. Elsewhere
/// it is `fsync`.
int driehoek_wait_writeback(int descriptor);

/// Makes everything written to the file system that holds the file durable: metadata, journal
/// and the device's cache (Linux `syncfs`). Returns 0, or -1 with `errno`. Elsewhere `fsync`.
int driehoek_sync_file_system(int descriptor);

#endif
