/// Renders DOT text with Graphviz in a child process, with a time limit, so that a crash or a
/// runaway layout in Graphviz becomes a ``RenderingError`` instead of taking the host down.
///
/// The child is a helper executable that reads DOT on standard input and writes the rendered
/// document to standard output: the `driehoek` tool itself does that with its hidden
/// subcommand `_render-dot` (see ``IsolatedRenderer/Helper``), which an embedding tool can ship
/// alongside. When the time limit passes, the child is killed (`SIGKILL`) and
/// ``RenderingError/timedOut(seconds:)`` is thrown; a child that dies of a signal gives
/// ``RenderingError/helperCrashed(signal:)``. Nothing the child writes is used unless it exits
/// cleanly.
///
/// ```swift
/// let renderer = IsolatedRenderer(executable: "/usr/local/bin/driehoek", timeout: .seconds(10))
/// let result = try renderer.render(dot: text, format: .svg)
/// ```
public struct IsolatedRenderer: Sendable {
  /// The helper executable (an absolute path).
  public var executable: String
  /// The arguments before `--format FORMAT` (default: `_render-dot`).
  public var arguments: [String]
  /// How long one render may take, from starting the child to its exit.
  public var timeout: Duration

  /// Creates a renderer that runs `executable arguments… --format FORMAT` for each render.
  public init(
    executable: String, arguments: [String] = [Helper.subcommand],
    timeout: Duration = .seconds(60)
  ) {
    self.executable = executable
    self.arguments = arguments
    self.timeout = timeout
  }

  /// Renders DOT text into a format in a child process.
  ///
  /// `.dot` returns the text unchanged without starting a child. For SVG with `metadata`, the
  /// document gets the same `<title>`, `<desc>` and ARIA attributes as with
  /// ``GraphvizRenderer``.
  /// - Throws: ``RenderingError``: the child's own errors (``RenderingError/invalidDOT(message:)``
  ///   and the others), or ``RenderingError/timedOut(seconds:)``,
  ///   ``RenderingError/helperCrashed(signal:)``, ``RenderingError/helperFailed(status:message:)``
  ///   and ``RenderingError/helperUnavailable(path:reason:)``.
  public func render(
    dot: String, format: OutputFormat, metadata: DocumentMetadata? = nil
  ) throws(RenderingError) -> RenderResult {
    if format == .dot { return RenderResult(bytes: Array(dot.utf8), warnings: []) }
    let outcome = ChildProcess.run(
      executable: executable, arguments: arguments + ["--format", format.rawValue],
      input: Array(dot.utf8), timeout: timeout)
    let run: ChildProcess.Outcome
    switch outcome {
    case .failure(let error): throw error
    case .success(let finished): run = finished
    }
    var result = try Helper.decode(run, format: format, timeout: timeout)
    if format == .svg {
      result.bytes = SVGAccessibility.apply(to: result.bytes, metadata: metadata)
    }
    return result
  }
}
