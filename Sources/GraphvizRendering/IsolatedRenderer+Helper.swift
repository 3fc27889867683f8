extension IsolatedRenderer {
  /// The protocol between ``IsolatedRenderer`` and its helper process, for the helper's side
  /// (the `driehoek _render-dot` subcommand, or an embedding tool's own executable).
  ///
  /// The helper reads DOT on standard input, renders it with ``GraphvizRenderer`` and writes
  /// the document to standard output. Each warning is one line `waarschuwing<TAB>text` on
  /// standard error. On failure it writes one line `fout<TAB>kind<TAB>message` and exits with
  /// ``failureStatus``; `kind` is `dot`, `layout`, `render` or `anders`.
  public enum Helper {
    /// The hidden subcommand of `driehoek` that renders for an ``IsolatedRenderer``.
    public static let subcommand = "_render-dot"
    /// The exit status of a helper that reports a rendering error.
    public static let failureStatus: Int32 = 3

    /// What a helper writes for one render: the bytes for standard output, the text for
    /// standard error, and its exit status.
    public static func respond(
      to dot: String, format: OutputFormat, renderer: GraphvizRenderer = GraphvizRenderer()
    ) -> (output: [UInt8], errors: String, status: Int32) {
      do {
        let result = try renderer.render(dot: dot, format: format)
        let errors = result.warnings.map { "waarschuwing\t\(oneLine($0))\n" }.joined()
        return (result.bytes, errors, 0)
      } catch {
        return ([], "fout\t\(kind(of: error))\t\(oneLine(message(of: error)))\n", failureStatus)
      }
    }

    /// Turns what the child did into a result or an error.
    static func decode(
      _ run: ChildProcess.Outcome, format: OutputFormat, timeout: Duration
    ) throws(RenderingError) -> RenderResult {
      let errors = String(decoding: run.errors, as: UTF8.self)
      switch run.termination {
      case .timedOut:
        throw .timedOut(seconds: timeout.seconds)
      case .signalled(let signal):
        throw .helperCrashed(signal: signal)
      case .exited(let status):
        let lines = errors.split(separator: "\n", omittingEmptySubsequences: true)
        if status == 0 {
          let warnings = lines.compactMap { line -> String? in
            guard line.hasPrefix("waarschuwing\t") else { return nil }
            return String(line.dropFirst("waarschuwing\t".count))
          }
          guard !run.output.isEmpty else {
            throw .helperFailed(status: status, message: "het renderproces gaf geen uitvoer")
          }
          return RenderResult(bytes: run.output, warnings: warnings)
        }
        if status == failureStatus,
          let line = lines.first(where: { $0.hasPrefix("fout\t") })
        {
          let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
          let message = parts.count > 2 ? String(parts[2]) : ""
          switch parts.count > 1 ? parts[1] : "" {
          case "dot": throw .invalidDOT(message: message)
          case "layout": throw .layoutFailed(message: message)
          case "render": throw .renderFailed(format: format, message: message)
          default: throw .helperFailed(status: status, message: message)
          }
        }
        let tail = String(errors.suffix(500)).trimmingCharacters(in: " \n")
        throw .helperFailed(status: status, message: tail.isEmpty ? "geen uitleg" : tail)
      }
    }

    private static func kind(of error: RenderingError) -> String {
      switch error {
      case .invalidDOT: "dot"
      case .layoutFailed: "layout"
      case .renderFailed: "render"
      default: "anders"
      }
    }

    private static func message(of error: RenderingError) -> String {
      switch error {
      case .invalidDOT(let message), .layoutFailed(let message): message
      case .renderFailed(_, let message): message
      default: error.description
      }
    }

    private static func oneLine(_ text: String) -> String {
      String(text.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 })
    }
  }
}

extension Duration {
  /// The duration in seconds.
  var seconds: Double {
    let (whole, attoseconds) = components
    return Double(whole) + Double(attoseconds) / 1e18
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    let characters = Set(set)
    var slice = Substring(self)
    while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}
