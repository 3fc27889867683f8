import DriehoekModel

/// Reads the YAML nodes of one file into a ``Document``, reporting every problem it meets.
///
/// The reader never stops at the first problem: an element with a bad value is still read as far
/// as possible, so that one run shows everything that is wrong.
struct DocumentReader {
  let file: String
  var diagnostics: [Diagnostic] = []
  /// Whether long top-level lists are read in two halves side by side (see
  /// ``topLevelElements(_:_:_:)``); off for the tests that compare both ways.
  var halvesLongLists = true

  init(file: String) {
    self.file = file
  }

  /// The mapping of one element, checked against the keys its context allows.
  struct Fields {
    let context: DiagnosticContext
    let location: SourceLocation
    /// The values by key, in the order of the file (at most a dozen, so a list beats hashing).
    var values: [(key: String, value: ValueNode)] = []

    /// The location of each value, by key, for the element's ``Origin``; with room for those
    /// that reading the values adds (`periode.van`, `bronnen.0`), so that the list is neither
    /// grown nor, when the origin is made, copied to its size.
    var locations: [Origin.Field] {
      var room = values.count
      for entry in values {
        switch entry.value {
        case .mapping: room += 2
        // A list of texts (`bronnen`, `partijen`), not one of elements (`onderdelen`).
        case .sequence(let list) where list.items.first.map(Self.isScalar) ?? false:
          room += list.items.count
        case .sequence, .scalar, .alias: break
        }
      }
      var result: [Origin.Field] = []
      result.reserveCapacity(room)
      for entry in values { result.append(DocumentReader.field(entry.key, at: entry.value)) }
      return result
    }

    private static func isScalar(_ node: ValueNode) -> Bool {
      if case .scalar = node { true } else { false }
    }

    subscript(key: String) -> ValueNode? {
      values.first { DocumentReader.same($0.key, key) }?.value
    }

    subscript(key: ModelKey) -> ValueNode? { self[key.stringValue] }

    /// Replaces the value under a key by an empty stand-in, so that the caller holds the only
    /// reference to what it took out of it.
    mutating func release(_ key: ModelKey) {
      guard let index = values.firstIndex(where: { DocumentReader.same($0.key, key.stringValue) })
      else { return }
      values[index].value = .alias(values[index].value.mark)
    }
  }

  /// Reads a file's root value into a document.
  ///
  /// Takes the tree: once the root's keys are read, the long lists are held only by the
  /// reader, which lets go of each half of a list on the core that read it (see
  /// ``topLevelElements(_:_:_:)``).
  mutating func read(root: consuming ValueNode, isRoot: Bool) -> Document {
    var document = Document()
    guard
      var fields = fields(of: root, key: "(bestand)", context: .model, checkRequired: isRoot)
    else { return document }
    _ = consume root
    document.origin = Origin(location: fields.location, entries: fields.locations)
    document.name = text(fields, .naam)
    document.peildatum = date(fields, .peildatum)
    document.description = text(fields, .beschrijving)
    for (node, location) in list(fields, .importeer) {
      if let path = scalarText(node, key: "importeer") {
        document.imports.append(Document.Import(path: path, location: location))
      }
    }
    document.organisations = topLevelElements(&fields, .organisaties) { reader, node in
      reader.organisation(node)
    }
    document.persons = topLevelElements(&fields, .personen) { reader, node in reader.person(node) }
    document.roles = topLevelElements(&fields, .rollen) { reader, node in reader.role(node) }
    document.opdrachten = topLevelElements(&fields, .opdrachten) { reader, node in
      reader.opdracht(node)
    }
    document.afspraken = topLevelElements(&fields, .afspraken) { reader, node in
      reader.afspraak(node)
    }
    document.ketens = topLevelElements(&fields, .ketens) { reader, node in reader.keten(node) }
    document.afwijkingen = topLevelElements(&fields, .afwijkingen) { reader, node in
      reader.afwijking(node)
    }
    return document
  }

  // MARK: Structure

  func location(_ node: ValueNode) -> SourceLocation {
    let mark = node.mark
    return SourceLocation(file: file, line: max(1, mark.line), column: max(1, mark.column))
  }

  /// The location of a value under a key, as an ``Origin`` records it (the same line and column
  /// as ``location(_:)``).
  static func field(_ key: String, at node: ValueNode) -> Origin.Field {
    let mark = node.mark
    return Origin.Field(key: key, line: max(1, mark.line), column: max(1, mark.column))
  }

  mutating func report(_ problem: Problem, at location: SourceLocation) {
    diagnostics.append(Diagnostic(problem, at: location))
  }

  mutating func report(_ problem: LoadingProblem, at location: SourceLocation) {
    report(problem.problem, at: location)
  }

  /// Checks that a node is a mapping with known keys and the required ones.
  mutating func fields(
    of node: ValueNode, key: String, context: DiagnosticContext, checkRequired: Bool = true
  ) -> Fields? {
    guard case .mapping(let mapping) = node else {
      report(
        .wrongType(key: key, expected: .mapping, found: Self.valueType(of: node)),
        at: location(node))
      return nil
    }
    let table = Self.keyTable(for: context)
    let definition = table.definition
    var fields = Fields(context: context, location: location(node))
    fields.values.reserveCapacity(mapping.pairs.count)
    // The positions in `table` of the keys met so far.
    var met: UInt64 = 0
    for pair in mapping.pairs {
      let keyNode = pair.key
      let value = pair.value
      guard case .scalar(let scalar) = keyNode else {
        report(
          .wrongType(key: key, expected: .text, found: Self.valueType(of: keyNode)),
          at: location(keyNode))
        continue
      }
      let name = scalar.string
      guard let position = table.position(of: name) else {
        let suggestion = Suggestion.closest(to: name, in: table.names)
        // `{naam: DG Hoger Onderwijs, Beroepsonderwijs}`: the part after the comma became a
        // key without a value, on the same line as the text value before it.
        if suggestion == nil, case .scalar(let empty) = value, empty.isPlain,
          Self.isNull(empty.string), let previous = fields.values.last,
          case .scalar(let before) = previous.value, !Self.isNull(before.string),
          before.mark.line == keyNode.mark.line,
          definition.contains(where: { $0.name == previous.key && $0.shape == .text })
        {
          report(
            .unquotedComma(key: name, previousKey: previous.key, context: context),
            at: location(keyNode))
        } else {
          report(
            .unknownKey(key: name, context: context, suggestion: suggestion),
            at: location(keyNode))
        }
        continue
      }
      let bit: UInt64 = 1 << UInt64(position)
      if met & bit != 0, let index = fields.values.firstIndex(where: { Self.same($0.key, name) }) {
        fields.values[index].value = value
      } else {
        met |= bit
        fields.values.append((name, value))
      }
    }
    if checkRequired {
      for position in table.required where met & (1 << UInt64(position)) == 0 {
        report(.missingKey(key: table.names[position], context: context), at: fields.location)
      }
    }
    return fields
  }

  /// The items of a list value, with their locations; reports a value that is not a list.
  mutating func list(_ fields: Fields, _ name: ModelKey) -> [(ValueNode, SourceLocation)] {
    let key = name.stringValue
    guard let node = fields[key] else { return [] }
    switch node {
    case .sequence(let sequence):
      return sequence.items.map { ($0, location($0)) }
    case .scalar(let scalar) where scalar.isPlain && Self.isNull(scalar.string):
      return []
    default:
      report(
        .wrongType(key: key, expected: .list, found: Self.valueType(of: node)), at: location(node))
      return []
    }
  }

  mutating func elements<Element>(
    _ fields: Fields, _ name: ModelKey, _ read: (inout DocumentReader, ValueNode) -> Element?
  ) -> [Element] {
    let items = list(fields, name)
    // Sized once: 50,000 opdrachten grown by doubling would hold up to twice their size.
    var result: [Element] = []
    result.reserveCapacity(items.count)
    for (node, _) in items {
      if let element = read(&self, node) { result.append(element) }
    }
    return result
  }

  // MARK: Node classification

  static func isNull(_ text: String) -> Bool {
    // By length first: comparing texts of different lengths still takes the slow path of `==`.
    switch text.utf8.count {
    case 0: true
    case 1: text == "~"
    case 4: text == "null" || text == "Null" || text == "NULL"
    default: false
    }
  }

  /// Whether a key is a model key's name (`right`, or a key already matched to one).
  ///
  /// Most keys compared differ in length, which is checked first: `==` on two different short
  /// texts takes the slow, Unicode-aware path. Exact for the model's key names, which are
  /// ASCII without `K`, `;` or `` ` `` (the only ASCII characters another character is
  /// canonically equivalent to): a text equal to such a name has its very bytes.
  static func same(_ left: String, _ right: String) -> Bool {
    left.utf8.count == right.utf8.count && left == right
  }

  static func valueType(of node: ValueNode) -> ValueType {
    switch node {
    case .mapping: return .mapping
    case .sequence: return .list
    case .alias: return .text
    case .scalar(let scalar):
      guard scalar.isPlain else { return .text }
      let text = scalar.string
      if isNull(text) { return .empty }
      if boolean(text) != nil { return .boolean }
      if Day(iso: text) != nil { return .date }
      if number(text) != nil { return .number }
      return .text
    }
  }

  /// Reads a yes/no value: `true`/`false` as YAML writes them, or the Dutch `ja`/`nee`.
  static func boolean(_ text: String) -> Bool? {
    switch text {
    case "true", "True", "TRUE", "ja", "Ja", "JA": true
    case "false", "False", "FALSE", "nee", "Nee", "NEE": false
    default: nil
    }
  }

  /// Reads a YAML number: digits with optional sign, `_` separators, fraction and exponent, or
  /// `.inf`/`.nan` (which validation then rejects as not finite).
  static func number(_ text: String) -> Double? {
    if let whole = wholeNumber(text) { return whole }
    let first = text.utf8.first
    if first == UInt8(ascii: ".") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
      if let special = specialNumber(text) { return special }
    }
    let cleaned =
      text.utf8.contains(UInt8(ascii: "_"))
      ? String(text.unicodeScalars.filter { $0 != "_" }) : text
    guard !cleaned.isEmpty,
      // On the bytes: every allowed character is ASCII, and no byte of another character is.
      cleaned.utf8.allSatisfy({
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".")
          || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "e")
          || $0 == UInt8(ascii: "E")
      })
    else { return nil }
    return Double(cleaned)
  }

  /// The value of one to fifteen ASCII digits (most numbers of a model), exactly what
  /// `Double(text)` gives (below 2⁵³ every whole number is a `Double`); `nil` for anything else.
  static func wholeNumber(_ text: String) -> Double? {
    let parsed = text.utf8.withContiguousStorageIfAvailable { bytes -> Double? in
      guard !bytes.isEmpty, bytes.count <= 15 else { return nil }
      var value = 0
      for byte in bytes {
        let digit = byte &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        value = value &* 10 &+ Int(digit)
      }
      return Double(value)
    }
    return parsed ?? nil
  }

  /// `.inf`, `-.inf` and `.nan` in the spellings YAML allows.
  private static func specialNumber(_ text: String) -> Double? {
    switch text {
    case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
    case "-.inf", "-.Inf", "-.INF": return -.infinity
    case ".nan", ".NaN", ".NAN": return .nan
    default: return nil
    }
  }
}
