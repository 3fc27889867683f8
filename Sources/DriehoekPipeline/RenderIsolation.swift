public import GraphvizRendering

/// Draws with Graphviz in a child process with a time limit shared by every document of a run,
/// so that a runaway layout or a crash in Graphviz ends in a ``RenderingError`` instead of
/// taking the host down: what a preview server needs to bound a render, and what
/// `render --timeout` does.
///
/// The child is a helper executable that speaks ``IsolatedRenderer/Helper``'s protocol: the
/// `driehoek` executable with its hidden `_render-dot` command, or a tool's own.
public struct RenderIsolation: Hashable, Sendable {
  /// The helper executable (an absolute path).
  public var executable: String
  /// The arguments before `--format FORMAT` (default: `_render-dot`).
  public var arguments: [String]
  /// The time limit of the run in seconds, as the error reports it.
  public var seconds: Double
  /// When every render of the run must be done.
  public var deadline: ContinuousClock.Instant

  /// Creates an isolation whose run has `seconds` (rounded up to the millisecond) from now, or
  /// until `deadline` when given.
  public init(
    executable: String, arguments: [String] = [IsolatedRenderer.Helper.subcommand],
    seconds: Double, deadline: ContinuousClock.Instant? = nil
  ) {
    self.executable = executable
    self.arguments = arguments
    self.seconds = seconds
    self.deadline = deadline ?? Self.deadline(seconds: seconds)
  }

  /// The moment `seconds` (rounded up to the millisecond) from now.
  public static func deadline(seconds: Double) -> ContinuousClock.Instant {
    ContinuousClock.now + .milliseconds(Int64((seconds * 1000).rounded(.up)))
  }

  /// Renders DOT in a child process that gets the time left until the deadline.
  /// - Throws: ``RenderingError``; ``RenderingError/timedOut(seconds:)`` with the run's limit
  ///   when the deadline has passed or passes during the render.
  func render(dot: String, format: OutputFormat, metadata: DocumentMetadata) throws(RenderingError)
    -> RenderResult
  {
    let remaining = deadline - ContinuousClock.now
    guard remaining > .zero else { throw .timedOut(seconds: seconds) }
    do {
      return try IsolatedRenderer(executable: executable, arguments: arguments, timeout: remaining)
        .render(dot: dot, format: format, metadata: metadata)
    } catch .timedOut {
      throw .timedOut(seconds: seconds)
    }
  }
}
