/// A block of relations on the front of a card, such as "Opdrachtgever van".
///
/// One line per executor or agreement. The writer shows at most a few lines and sums up the
/// rest as "en N meer".
public struct KaartBlok: Hashable, Sendable {
  /// The heading, such as `Eigenaar van`.
  public var title: String
  /// The lines, most important first.
  public var items: [String]

  /// Creates a block.
  public init(title: String, items: [String]) {
    self.title = title
    self.items = items
  }
}
