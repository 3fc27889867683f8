/// A YAML value as the document reader sees it: a scalar, a mapping, a list or an alias, each
/// with the line and column where it starts.
///
/// Both parsers produce it: the fast parser for the plain subset of YAML that model files use,
/// and Yams (through ``ValueNode/init(_:)``) for everything else.
enum ValueNode: Equatable {
  case scalar(Scalar)
  case mapping(Mapping)
  case sequence(List)
  case alias(Mark)

  /// A line and column, both from 1 (0 when unknown).
  struct Mark: Equatable {
    var line: Int
    var column: Int
  }

  /// A scalar: its text and whether it was written plain (unquoted, not a block scalar).
  struct Scalar: Equatable {
    var string: String
    var isPlain: Bool
    var mark: Mark
  }

  /// A mapping: its keys and values in the order of the file.
  struct Mapping: Equatable {
    var pairs: [Pair]
    var mark: Mark
  }

  /// A key and its value.
  struct Pair: Equatable {
    var key: ValueNode
    var value: ValueNode
  }

  /// A list.
  struct List: Equatable {
    var items: [ValueNode]
    var mark: Mark
  }

  /// Where the value starts.
  var mark: Mark {
    switch self {
    case .scalar(let scalar): scalar.mark
    case .mapping(let mapping): mapping.mark
    case .sequence(let sequence): sequence.mark
    case .alias(let mark): mark
    }
  }
}
