import DriehoekModel

extension DocumentReader {
  /// The keys of one kind of element (``ModelKeys/definition(for:)``), for matching a
  /// mapping's keys by position: at most a dozen short names, compared length first, rather
  /// than hashed.
  struct KeyTable: Sendable {
    /// The keys, in documentation order.
    let definition: [ModelKeys.Key]
    /// The name of each key.
    let names: [String]
    /// The length in bytes of each name.
    private let lengths: [Int]
    /// The positions of the required keys.
    let required: [Int]

    init(context: DiagnosticContext) {
      let keys = ModelKeys.definition(for: context)
      definition = keys
      names = keys.map(\.name)
      lengths = keys.map(\.name.utf8.count)
      required = keys.indices.filter { keys[$0].isRequired }
    }

    /// The position of the key named `name`, or `nil` when the element has no such key.
    ///
    /// Exact for the model's key names (see ``DocumentReader/same(_:_:)``).
    func position(of name: String) -> Int? {
      let length = name.utf8.count
      for position in lengths.indices where lengths[position] == length {
        if names[position] == name { return position }
      }
      return nil
    }
  }

  /// The key table of every context, in the order of `DiagnosticContext.allCases`.
  static let keyTables: [KeyTable] = DiagnosticContext.allCases.map(KeyTable.init(context:))

  /// The key table of a context, without hashing it.
  static func keyTable(for context: DiagnosticContext) -> KeyTable {
    let position =
      switch context {
      case .model: 0
      case .organisation: 1
      case .unit: 2
      case .person: 3
      case .role: 4
      case .opdracht: 5
      case .afspraak: 6
      case .keten: 7
      case .afwijking: 8
      case .period: 9
      }
    return keyTables[position]
  }
}
