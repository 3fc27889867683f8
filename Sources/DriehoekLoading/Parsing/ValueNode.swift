import DriehoekModel

/// A YAML value as the document reader sees it: a scalar, a mapping, a list or an alias, each
/// with the line and column where it starts.
///
/// Both parsers produce it: the fast parser for the plain subset of YAML that model files use,
/// and Yams (through ``ValueNode/init(_:)``) for everything else.
enum ValueNode: Equatable, Sendable {
  case scalar(Scalar)
  case mapping(Mapping)
  case sequence(List)
  case alias(Mark)

  /// A line and column, both from 1 (0 when unknown).
  ///
  /// Stored in 32 bits each (a file is at most ``LoadLimits/maximumFileSize`` bytes; larger
  /// values are clamped): a large model has millions of nodes, and this keeps each node at 32
  /// bytes instead of 48.
  struct Mark: Equatable, Sendable {
    private var storedLine: UInt32
    private var storedColumn: UInt32

    init(line: Int, column: Int) {
      storedLine = UInt32(clamping: line)
      storedColumn = UInt32(clamping: column)
    }

    var line: Int {
      get { Int(storedLine) }
      set { storedLine = UInt32(clamping: newValue) }
    }

    var column: Int {
      get { Int(storedColumn) }
      set { storedColumn = UInt32(clamping: newValue) }
    }
  }

  /// A scalar: its text and whether it was written plain (unquoted, not a block scalar).
  struct Scalar: Equatable, Sendable {
    var string: String
    var isPlain: Bool
    var mark: Mark
  }

  /// A mapping: its keys and values in the order of the file.
  struct Mapping: Equatable, Sendable {
    var pairs: [Pair]
    var mark: Mark

    /// A mapping holding its pairs without spare capacity (see `Array.compacted()`).
    init(pairs: [Pair], mark: Mark) {
      self.pairs = pairs.compacted()
      self.mark = mark
    }
  }

  /// A key and its value.
  struct Pair: Equatable, Sendable {
    var key: ValueNode
    var value: ValueNode
  }

  /// A list.
  struct List: Equatable, Sendable {
    var items: [ValueNode]
    var mark: Mark

    /// A list holding its items without spare capacity (see `Array.compacted()`).
    init(items: [ValueNode], mark: Mark) {
      self.items = items.compacted()
      self.mark = mark
    }
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
