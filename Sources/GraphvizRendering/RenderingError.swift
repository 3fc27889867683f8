/// Why Graphviz could not render a graph.
public enum RenderingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A plugin library was not found or lacks its entry symbol.
  case pluginUnavailable(library: String, searched: [String])
  /// Graphviz could not build a context from the plugins.
  case contextUnavailable
  /// The DOT text could not be read.
  case invalidDOT(message: String)
  /// Layout failed.
  case layoutFailed(message: String)
  /// Rendering into the format failed.
  case renderFailed(format: OutputFormat, message: String)
  /// The render in a child process (``IsolatedRenderer``) took longer than its time limit; the
  /// child was killed.
  case timedOut(seconds: Double)
  /// The child process died of a signal (a crash in Graphviz, or it was killed).
  case helperCrashed(signal: Int32)
  /// The child process exited with a status other than success, with what it wrote.
  case helperFailed(status: Int32, message: String)
  /// The child process could not be started.
  case helperUnavailable(path: String, reason: String)

  public var description: String {
    switch self {
    case .pluginUnavailable(let library, let searched):
      let hint =
        library.contains("pango")
        ? " PNG en PDF vereisen de cairo-plugin van Graphviz (Debian: pakket libgvc6); SVG en DOT werken zonder."
        : " Installeer Graphviz (Debian: libgraphviz-dev of libgvc6)."
      return
        "Graphviz-plugin \(library) niet gevonden (gezocht in: \(searched.joined(separator: ", ")))."
        + hint
    case .contextUnavailable:
      return "Graphviz kon geen context maken uit de plugins."
    case .invalidDOT(let message):
      return "ongeldige DOT: \(message)"
    case .layoutFailed(let message):
      return "Graphviz-layout mislukt: \(message)"
    case .renderFailed(let format, let message):
      return "Graphviz kon niet naar \(format.rawValue) renderen: \(message)"
    case .timedOut(let seconds):
      return
        "het tekenen duurde langer dan \(Self.format(seconds)) \(seconds == 1 ? "seconde" : "seconden")"
        + " en is afgebroken;"
        + " kies een kleinere view (driehoek:ID, ministerie:ID)"
    case .helperCrashed(let signal):
      return "het renderproces is afgebroken door signaal \(signal)\(Self.signalName(signal))"
    case .helperFailed(let status, let message):
      return "het renderproces stopte met code \(status): \(message)"
    case .helperUnavailable(let path, let reason):
      return "kan het renderproces '\(path)' niet starten: \(reason)"
    }
  }

  private static func format(_ seconds: Double) -> String {
    seconds == seconds.rounded() && abs(seconds) < 1e9
      ? String(Int(seconds)) : String(seconds)
  }

  private static func signalName(_ signal: Int32) -> String {
    switch signal {
    case 6: " (SIGABRT)"
    case 9: " (SIGKILL)"
    case 11: " (SIGSEGV)"
    case 7: " (SIGBUS)"
    case 8: " (SIGFPE)"
    default: ""
    }
  }
}
