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
