#if canImport(Glibc)
import Glibc
#endif

/// How the command asks the C allocator to hold memory (glibc only; elsewhere nothing).
///
/// A large model is parsed into a tree of about five times its size, which is freed once the
/// model is built; loading, validation, the analysis and the writers then run on two threads.
/// By default glibc makes an arena per thread (up to eight per core) and keeps freed pages at
/// the top of each heap: on 10,000 executors (35 MB, 130,000 findings) `check` once peaked at
/// about 455 MB that way. Two arenas, one per piece of work `ConcurrentWork` runs side by side,
/// and giving back free memory above a megabyte keep the peak near 300 MB; one arena saved a
/// few more megabytes but made the two threads queue for one allocator lock, which cost more
/// than a third of the wall time of `check` (BENCHMARKS.md, "Round 6: the allocator's arenas").
/// See docs/scale.md.
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
    if getenv("MALLOC_ARENA_MAX") == nil { _ = mallopt(arenaMaximum, 2) }
    if getenv("MALLOC_TRIM_THRESHOLD_") == nil { _ = mallopt(trimThreshold, 1 << 20) }
    #endif
  }
}
