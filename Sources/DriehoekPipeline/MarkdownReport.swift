/// The report as Markdown: the document and the SVG files it links to.
public struct MarkdownReport: Hashable, Sendable {
  /// A diagram file: its name (no directory) and bytes.
  public struct File: Hashable, Sendable {
    /// The file name, `STEM-VIEW.svg`.
    public var name: String
    /// The SVG document.
    public var bytes: [UInt8]
  }

  /// The Markdown document.
  public var document: [UInt8]
  /// The diagrams, in the order the document shows them.
  public var diagrams: [File]
  /// What Graphviz warned while drawing them.
  public var warnings: [String]
}
