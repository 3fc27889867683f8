/// One source in the document's appendix of sources: a web address or a citation from the
/// `bronnen` of the model, with the elements that cite it.
public struct SourceEntry: Hashable, Sendable {
  /// The source as written in the model.
  public var text: String
  /// Whether the document links to it: an address that ``URLPolicy`` accepts
  /// (``SourcePolicy/isLink(_:)``).
  public var isLink: Bool
  /// The elements that cite it, one phrase each ("Sociale Verzekeringsbank (svb)", "eigenaar
  /// van SVB: Secretaris-generaal SZW"), in model order.
  public var citedBy: [String]

  /// Creates an entry.
  public init(text: String, isLink: Bool, citedBy: [String]) {
    self.text = text
    self.isLink = isLink
    self.citedBy = citedBy
  }
}
