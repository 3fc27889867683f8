internal import Yams

extension ValueNode {
  /// Converts a node that Yams composed.
  init(_ node: Node) {
    switch node {
    case .scalar(let scalar):
      self = .scalar(
        Scalar(
          string: scalar.string, isPlain: scalar.style == .plain, mark: Mark(scalar.mark)))
    case .mapping(let mapping):
      self = .mapping(
        Mapping(
          pairs: mapping.map { Pair(key: ValueNode($0.key), value: ValueNode($0.value)) },
          mark: Mark(mapping.mark)))
    case .sequence(let sequence):
      self = .sequence(List(items: sequence.map { ValueNode($0) }, mark: Mark(sequence.mark)))
    case .alias(let alias):
      self = .alias(Mark(alias.mark))
    }
  }
}

extension ValueNode.Mark {
  /// The mark of a Yams node (0 when it has none).
  init(_ mark: Yams.Mark?) {
    self.init(line: mark?.line ?? 0, column: mark?.column ?? 0)
  }
}

extension ValueNode {
  /// The root value as Yams composes it (as the loader's Yams path parses), or `nil` if Yams
  /// reports an error or the text is empty; for comparing the two parsers.
  static func composedByYams(_ text: String) -> ValueNode? {
    guard let parser = try? Parser(yaml: text, resolver: .basic, encoding: .utf8),
      let node = try? parser.singleRoot()
    else { return nil }
    return ValueNode(node)
  }
}
