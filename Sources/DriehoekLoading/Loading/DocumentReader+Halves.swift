import DriehoekModel

extension DocumentReader {
  /// Lists at least this long are read in two halves at the same time.
  static let halvingThreshold = 2_048

  /// The elements of a top-level list, like ``elements(_:_:_:)``; a long list is read in two
  /// halves side by side (see ``ConcurrentWork``).
  ///
  /// Each half has a reader of its own; the elements and the diagnostics of the first half come
  /// before those of the second, so the result is the same as reading the list in one go: an
  /// element's reading depends on nothing but its own node.
  mutating func topLevelElements<Element: Sendable>(
    _ fields: inout Fields, _ name: ModelKey,
    _ read: @Sendable (inout DocumentReader, ValueNode) -> Element?
  ) -> [Element] {
    var items = list(fields, name).map(\.0)
    // The list's nodes are now held by `items` alone (when the caller let go of the tree), so
    // each half of the tree is released where it was read.
    fields.release(name)
    guard halvesLongLists, items.count >= Self.halvingThreshold else {
      var result: [Element] = []
      result.reserveCapacity(items.count)
      for node in items {
        if let element = read(&self, node) { result.append(element) }
      }
      return result
    }
    let middle = items.count / 2
    let halves = [Array(items[..<middle]), Array(items[middle...])]
    items = []
    let file = self.file
    let results = ConcurrentWork.map(owning: halves) { _, half in
      Self.read(half, file: file, read)
    }
    let (first, second) = (results[0], results[1])
    diagnostics += first.diagnostics
    diagnostics += second.diagnostics
    var result = first.elements
    result.reserveCapacity(first.elements.count + second.elements.count)
    result += second.elements
    return result
  }

  /// The elements of some list items, read by a reader of their own, and its diagnostics.
  private static func read<Element: Sendable>(
    _ items: consuming [ValueNode], file: String,
    _ read: @Sendable (inout DocumentReader, ValueNode) -> Element?
  ) -> (elements: [Element], diagnostics: [Diagnostic]) {
    var reader = DocumentReader(file: file)
    var result: [Element] = []
    result.reserveCapacity(items.count)
    for node in items {
      if let element = read(&reader, node) { result.append(element) }
    }
    return (result, reader.diagnostics)
  }
}
