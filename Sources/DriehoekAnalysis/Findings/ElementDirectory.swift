public import DriehoekModel

/// The name and kind of model elements by id, as reports print them.
///
/// The directory an analysis returns answers for every element of the analysed model, through
/// the model's index, so the analysis works out no names up front; a directory can also be made
/// from a dictionary (for reports built by hand), and an entry there wins over the index.
public struct ElementDirectory: Sendable, ExpressibleByDictionaryLiteral {
  /// Entries given directly.
  private var entries: [ElementID: ElementSummary]
  /// The index of the analysed model, when there is one.
  private let index: ModelIndex?

  /// A directory with the given entries only.
  public init(_ entries: [ElementID: ElementSummary] = [:]) {
    self.entries = entries
    self.index = nil
  }

  /// A directory with the given entries.
  public init(dictionaryLiteral elements: (ElementID, ElementSummary)...) {
    self.init(Dictionary(elements) { _, last in last })
  }

  /// A directory of every element of an indexed model.
  init(index: ModelIndex) {
    self.entries = [:]
    self.index = index
  }

  /// The name and kind of an id, or `nil` when the directory does not know it.
  /// - Complexity: O(1).
  public subscript(id: ElementID) -> ElementSummary? {
    get {
      if let entry = entries[id] { return entry }
      guard let index, let handle = index.handle(of: id) else { return nil }
      let (name, kind) = index.nameAndKind(handle: handle)
      return ElementSummary(name: name, kind: kind)
    }
    set { entries[id] = newValue }
  }
}
