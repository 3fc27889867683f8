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
    }
  }
}
