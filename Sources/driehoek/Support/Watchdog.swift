import Foundation

/// Ends the process with exit code 2 and a message when a deadline passes (`render --timeout`).
///
/// Graphviz runs in a child process that is killed at the deadline; this covers the work done
/// in the process itself (loading, analysis, building the diagram), which cannot be
/// interrupted. Output files are written atomically, so stopping never leaves half a file, and
/// not during the renames of a set (``OutputGuard``), so a set is all new or all old.
enum Watchdog {
  /// Starts a thread that exits the process at `deadline` (plus a short grace, so that a child
  /// that times out at the same deadline reports first).
  static func start(deadline: ContinuousClock.Instant, message: String) {
    Thread.detachNewThread {
      let grace = Duration.milliseconds(250)
      while ContinuousClock.now < deadline + grace {
        let remaining = deadline + grace - ContinuousClock.now
        Thread.sleep(forTimeInterval: max(0.01, Double(remaining.components.seconds) + 0.01))
      }
      // Not while a set of files is being renamed into place: that run finishes.
      OutputGuard.shared.abandon(exitCode: 2, message: message, evenAfterCommit: false)
    }
  }
}
