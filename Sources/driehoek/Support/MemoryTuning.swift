#if canImport(Glibc)
import Glibc
#endif

/// How the command asks the C allocator to hold memory (glibc only; elsewhere nothing).
///
/// A large model is parsed into a tree of about five times its size, which is freed once the
/// model is built; the analysis then runs on two threads. By default glibc gives the second
/// thread an arena of its own, which cannot reuse the pages the freed tree left in the first,
/// and keeps freed pages at the top of the heap: on 10,000 executors (35 MB, 130,000
/// findings) `check` then peaks at about 455 MB. One arena and giving back free memory above
/// a megabyte bring that to about 360 MB; the price is that the analysis' two threads share one
/// allocator lock, which costs some of the wall time a second arena would save (BENCHMARKS.md,
/// "Merged figures of 2026-12-07"). See docs/scale.md.
enum MemoryTuning {
  /// Applies the settings; call once, first thing in `main`, before a second thread exists.
  ///
  /// The environment still wins: `MALLOC_ARENA_MAX` or `MALLOC_TRIM_THRESHOLD_`, when set,
  /// are left as the user chose them.
  static func apply() {
    #if canImport(Glibc)
    // `mallopt` is declared in <malloc.h>, which the Glibc module does not bring in: it is
    // looked up by name, with its C signature.
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
    guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "mallopt") else {
      return
    }
    let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
    let arenaMaximum: Int32 = -8  // M_ARENA_MAX
    let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
    if getenv("MALLOC_ARENA_MAX") == nil { _ = mallopt(arenaMaximum, 1) }
    if getenv("MALLOC_TRIM_THRESHOLD_") == nil { _ = mallopt(trimThreshold, 1 << 20) }
    #endif
  }
}
