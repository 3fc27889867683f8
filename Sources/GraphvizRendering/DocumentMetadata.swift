/// The title and description written into an SVG for screen readers.
public struct DocumentMetadata: Hashable, Sendable {
  /// The title: `<title>` and `aria-label` on the root.
  public var title: String
  /// The description: `<desc>`.
  public var summary: String

  /// Creates metadata.
  public init(title: String, summary: String) {
    self.title = title
    self.summary = summary
  }
}
