import ArgumentParser

extension StandardError {
  /// Shows what Graphviz warned, one line each.
  static func graphvizWarnings(_ warnings: [String]) {
    for warning in warnings {
      write("waarschuwing (Graphviz): \(warning)\n")
    }
  }

  /// Shows why drawing failed (a time-out with the option that sets it) and gives the exit
  /// code to throw: 2.
  static func renderFailure(_ error: any Error) -> ExitCode {
    write("fout: \(Render.describe(error))\n")
    return ExitCode(2)
  }
}
