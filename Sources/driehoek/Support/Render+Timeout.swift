import DriehoekPipeline
import Foundation
import GraphvizRendering

extension Render {
  /// Starts the watchdog of `--timeout` (validated: 0 < seconds ≤ 86,400); returns the deadline.
  static func startWatchdog(seconds: Double) -> ContinuousClock.Instant {
    let deadline = RenderIsolation.deadline(seconds: seconds)
    Watchdog.start(
      deadline: deadline, message: "fout: \(describe(RenderingError.timedOut(seconds: seconds)))\n")
    return deadline
  }

  /// Rendering in a child process, this executable's hidden `_render-dot` command, until the
  /// deadline of `--timeout`.
  static func isolation(seconds: Double, deadline: ContinuousClock.Instant?) -> RenderIsolation {
    RenderIsolation(executable: helperPath, seconds: seconds, deadline: deadline)
  }

  /// This executable, which renders for `--timeout` through its hidden `_render-dot` command.
  static var helperPath: String {
    Bundle.main.executableURL?.resolvingSymlinksInPath().path ?? CommandLine.arguments[0]
  }

  /// An error as the command line tells it: a time-out also names the option that sets it.
  static func describe(_ error: any Error) -> String {
    if case RenderingError.timedOut = error { return "\(error) of verhoog --timeout" }
    return "\(error)"
  }
}
