import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the process must clean up before it ends early, and whether it still may.
///
/// The `--timeout` watchdog and a failed write to standard output or error end the process
/// from wherever it is. An ``OutputWriter`` registers its temporary files here while it writes
/// them, so that an early end removes them, and holds the guard while it renames its files into
/// place, so that the watchdog can never end the process between two renames (a set of files
/// is all new or all old).
final class OutputGuard: Sendable {
  /// The one guard of the process.
  static let shared = OutputGuard()

  private struct State {
    var temporaryFiles: Set<String> = []
    /// Set once the renames of a set have begun: from then on, the run finishes.
    var isCommitting = false
  }

  private let state = Mutex(State())

  /// Notes a temporary file that an early end must remove.
  func register(temporary path: String) {
    state.withLock { _ = $0.temporaryFiles.insert(path) }
  }

  /// Forgets a temporary file (renamed into place or removed).
  func forget(temporary path: String) {
    state.withLock { _ = $0.temporaryFiles.remove(path) }
  }

  /// Runs the renames of a set; the watchdog cannot end the process from the moment this
  /// starts (the deadline counts up to the renames, which take microseconds).
  func committing<T>(_ body: () throws(OutputError) -> T) throws(OutputError) -> T {
    state.withLock { $0.isCommitting = true }
    return try body()
  }

  /// Ends the process with `exitCode` after removing every registered temporary file.
  ///
  /// The watchdog (`evenAfterCommit: false`) does not end a run whose files are being put in
  /// place; then this returns `false` and the run goes on.
  @discardableResult
  func abandon(exitCode: Int32, message: String? = nil, evenAfterCommit: Bool = true) -> Bool {
    state.withLock { state in
      guard evenAfterCommit || !state.isCommitting else { return false }
      for path in state.temporaryFiles { unlink(path) }
      if let message {
        var text = message
        text.withUTF8 { bytes in
          _ = write(STDERR_FILENO, bytes.baseAddress, bytes.count)
        }
      }
      exit(exitCode)
    }
  }
}
