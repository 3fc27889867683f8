/// Renders DOT text with Graphviz, in process.
///
/// Every call is serialised behind one lock around one long-lived Graphviz context, built from the
/// `core`, `dot_layout` and `neato_layout` plugins alone: no plugin configuration file is read and text is measured
/// with Graphviz's built-in font metrics, so the same DOT gives byte-identical SVG on every machine.
/// PNG and PDF use a second context with the cairo plugin. A graph that fails never affects the
/// next render.
///
/// ```swift
/// let result = try GraphvizRenderer().render(dot: text, format: .svg)
/// ```
public struct GraphvizRenderer: Sendable {
  /// The directories searched for the Graphviz plugin libraries, in order.
  public var pluginDirectories: [String]

  /// The directories where Linux distributions and Homebrew install Graphviz plugins.
  public static let defaultPluginDirectories = [
    "/usr/lib/x86_64-linux-gnu/graphviz", "/usr/lib/aarch64-linux-gnu/graphviz",
    "/usr/lib64/graphviz", "/usr/lib/graphviz", "/usr/local/lib/graphviz",
    "/opt/homebrew/lib/graphviz", "/usr/local/opt/graphviz/lib/graphviz",
  ]

  /// Creates a renderer that looks for plugins in the given directories.
  public init(pluginDirectories: [String] = GraphvizRenderer.defaultPluginDirectories) {
    self.pluginDirectories = pluginDirectories
  }

  /// Renders DOT text into a format.
  ///
  /// For SVG with `metadata`, the document gets `<title>`, `<desc>`, `role="img"` and
  /// `aria-label`; Graphviz's comments are removed. `.dot` returns the text unchanged.
  /// - Throws: ``RenderingError`` for unreadable DOT, failed layout or rendering, or a missing
  ///   plugin; Graphviz's messages are in the error.
  /// - Returns: The bytes and the warnings Graphviz reported.
  public func render(
    dot: String, format: OutputFormat, metadata: DocumentMetadata? = nil
  ) throws(RenderingError) -> RenderResult {
    if format == .dot { return RenderResult(bytes: Array(dot.utf8), warnings: []) }
    var result = try GraphvizSession.render(
      dot: dot, format: format, pluginDirectories: pluginDirectories)
    if format == .svg {
      result.bytes = SVGAccessibility.apply(to: result.bytes, metadata: metadata)
    }
    return result
  }
}
