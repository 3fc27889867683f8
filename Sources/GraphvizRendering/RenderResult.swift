/// What a render gives: the bytes of the document and the warnings Graphviz reported.
public struct RenderResult: Hashable, Sendable {
  /// The rendered document.
  public var bytes: [UInt8]
  /// Warnings Graphviz reported while laying out and rendering, one per line, in order.
  public var warnings: [String]

  /// Creates a result.
  public init(bytes: [UInt8], warnings: [String]) {
    self.bytes = bytes
    self.warnings = warnings
  }
}
