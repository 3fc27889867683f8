/// A format Graphviz renders into.
public enum OutputFormat: String, Hashable, Sendable, CaseIterable {
  /// SVG, laid out with Graphviz's built-in font metrics (identical on every machine).
  case svg
  /// PNG through the cairo plugin (fonts from the machine).
  case png
  /// PDF through the cairo plugin (fonts from the machine).
  case pdf
  /// The DOT text itself, not rendered.
  case dot

  /// The file extension.
  public var fileExtension: String { rawValue }
}
