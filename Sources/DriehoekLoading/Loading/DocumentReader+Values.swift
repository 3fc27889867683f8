import DriehoekModel

extension DocumentReader {
  /// The text of a scalar; reports a list, a mapping or an empty value.
  mutating func scalarText(_ node: ValueNode, key: String) -> String? {
    guard case .scalar(let scalar) = node else {
      report(
        .wrongType(key: key, expected: .text, found: Self.valueType(of: node)), at: location(node))
      return nil
    }
    if scalar.isPlain, Self.isNull(scalar.string) {
      report(.emptyValue(key: key), at: location(node))
      return nil
    }
    return scalar.string
  }

  /// The text under a key, if present.
  mutating func text(_ fields: Fields, _ name: ModelKey) -> String? {
    let key = name.stringValue
    guard let node = fields[key] else { return nil }
    return scalarText(node, key: key)
  }

  /// An id under a key, if present.
  mutating func id(_ fields: Fields, _ name: ModelKey) -> ElementID? {
    let key = name.stringValue
    guard let node = fields[key], let text = scalarText(node, key: key) else { return nil }
    return ElementID(text)
  }

  /// A list of ids under a key; records each item's location as `key.N` in `locations`.
  mutating func ids(_ fields: Fields, _ name: ModelKey, locations: inout [Origin.Field])
    -> [ElementID]
  {
    let key = name.stringValue
    var result: [ElementID] = []
    for (node, itemLocation) in list(fields, name) {
      guard let text = scalarText(node, key: key) else { continue }
      locations.append(
        Origin.Field(
          key: key + "." + String(result.count), line: itemLocation.line,
          column: itemLocation.column))
      result.append(ElementID(text))
    }
    return result
  }

  /// The `bronnen` of an element, a list of texts.
  ///
  /// Records each item's location as `bronnen.N` in `locations`. What each item may hold is checked
  /// by validation (``SourcePolicy``).
  mutating func sources(_ fields: Fields, locations: inout [Origin.Field]) -> [String] {
    var result: [String] = []
    for (node, itemLocation) in list(fields, .bronnen) {
      guard let text = scalarText(node, key: "bronnen") else { continue }
      locations.append(
        Origin.Field(
          key: "bronnen." + String(result.count), line: itemLocation.line,
          column: itemLocation.column))
      result.append(text)
    }
    return result
  }

  /// A date under a key, if present.
  mutating func date(_ fields: Fields, _ name: ModelKey) -> Day? {
    let key = name.stringValue
    guard let node = fields[key] else { return nil }
    return date(node, key: key)
  }

  mutating func date(_ node: ValueNode, key: String) -> Day? {
    guard let text = scalarText(node, key: key) else { return nil }
    // Most dates are written as they are (ten bytes, no spaces around them): read directly.
    let exact = text.utf8.withContiguousStorageIfAvailable { Day(isoBytes: $0) } ?? nil
    guard let day = exact ?? Self.day(text.trimmingSpaces) else {
      report(.invalidDate(text: text, key: key), at: location(node))
      return nil
    }
    return day
  }

  /// ``Day/init(iso:)`` read straight from the value's bytes: the generic initialiser is not
  /// specialised across modules and copies the text into an array (a date per period end).
  static func day(_ text: Substring) -> Day? {
    let parsed = text.utf8.withContiguousStorageIfAvailable { Day(isoBytes: $0) }
    return parsed ?? Day(iso: text)
  }

  /// A number under a key, if present; quoted text is a wrong type, not a number.
  mutating func number(_ fields: Fields, _ name: ModelKey) -> Double? {
    let key = name.stringValue
    guard let node = fields[key] else { return nil }
    guard case .scalar(let scalar) = node, scalar.isPlain else {
      report(
        .wrongType(key: key, expected: .number, found: Self.valueType(of: node)), at: location(node)
      )
      return nil
    }
    if Self.isNull(scalar.string) {
      report(.emptyValue(key: key), at: location(node))
      return nil
    }
    guard let value = Self.number(scalar.string) else {
      report(.invalidNumber(text: scalar.string, key: key), at: location(node))
      return nil
    }
    return value
  }

  /// A boolean under a key, if present.
  mutating func boolean(_ fields: Fields, _ name: ModelKey) -> Bool? {
    let key = name.stringValue
    guard let node = fields[key] else { return nil }
    guard case .scalar(let scalar) = node, scalar.isPlain,
      let value = Self.boolean(scalar.string)
    else {
      report(
        .wrongType(key: key, expected: .boolean, found: Self.valueType(of: node)),
        at: location(node))
      return nil
    }
    return value
  }

  /// A value of a closed set under a key, if present, in any case (`SG` is `sg`); reports others
  /// with a suggestion.
  mutating func value<Value: RawRepresentable & CaseIterable>(
    _ fields: Fields, _ name: ModelKey, as type: Value.Type
  ) -> Value? where Value.RawValue == String {
    let key = name.stringValue
    guard let node = fields[key], let text = scalarText(node, key: key) else { return nil }
    if let value = Self.caseInsensitive(text, as: type) { return value }
    let allowed = Value.allCases.map(\.rawValue)
    report(
      .invalidValue(
        key: key, value: text, allowed: allowed,
        suggestion: Suggestion.closest(to: text, in: allowed)),
      at: location(node))
    return nil
  }

  /// The value of a closed set whose word is the text in any case, surrounding spaces ignored.
  static func caseInsensitive<Value: RawRepresentable & CaseIterable>(
    _ text: String, as type: Value.Type
  ) -> Value? where Value.RawValue == String {
    if let value = Value(rawValue: text) { return value }
    let folded = text.trimmingSpaces.lowercased()
    return Value.allCases.first { $0.rawValue == folded }
  }

  /// A period (`{van, tot}`) under a key, if present; records `key.van` and `key.tot` locations.
  mutating func period(_ fields: Fields, _ name: ModelKey, locations: inout [Origin.Field])
    -> Period?
  {
    let key = name.stringValue
    guard let node = fields[key] else { return nil }
    let ends: (start: ValueNode?, end: ValueNode?)
    if let plain = Self.periodEnds(node) {
      ends = plain
    } else {
      guard let periodFields = self.fields(of: node, key: key, context: .period) else {
        return nil
      }
      ends = (periodFields[.van], periodFields[.tot])
    }
    var period = Period()
    if let start = ends.start {
      locations.append(Self.field(Self.periodFieldKeys(of: name).start, at: start))
      period.start = date(start, key: "van")
    }
    if let end = ends.end {
      locations.append(Self.field(Self.periodFieldKeys(of: name).end, at: end))
      period.end = date(end, key: "tot")
    }
    return period
  }

  /// The values of a period written as it should be, a mapping whose keys are `van` and `tot`
  /// (each at most once): what ``fields(of:key:context:checkRequired:)`` would give without a
  /// diagnostic, read without it; `nil` for anything else, which that reading then reports.
  static func periodEnds(_ node: ValueNode) -> (start: ValueNode?, end: ValueNode?)? {
    guard case .mapping(let mapping) = node, mapping.pairs.count <= 2 else { return nil }
    var start: ValueNode?
    var end: ValueNode?
    for pair in mapping.pairs {
      guard case .scalar(let key) = pair.key else { return nil }
      if start == nil, same(key.string, "van") {
        start = pair.value
      } else if end == nil, same(key.string, "tot") {
        end = pair.value
      } else {
        return nil
      }
    }
    return (start, end)
  }

  /// The keys of a period's ends in an ``Origin`` (`periode.van`, `periode.tot`); those of the
  /// model's two period keys are written out rather than joined for every element.
  static func periodFieldKeys(of name: ModelKey) -> (start: String, end: String) {
    switch name.stringValue {
    case "periode": ("periode.van", "periode.tot")
    case "geldig": ("geldig.van", "geldig.tot")
    case let key: (key + ".van", key + ".tot")
    }
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces.
  var trimmingSpaces: Substring {
    let scalars = Substring(self)
    // Most values have no space at either end: judged on the first and last byte, without
    // breaking the text into characters (a character that is a space is that byte alone).
    if let first = scalars.utf8.first, let last = scalars.utf8.last,
      first != UInt8(ascii: " "), last != UInt8(ascii: " ")
    {
      return scalars
    }
    let start = scalars.firstIndex { $0 != " " } ?? scalars.endIndex
    let end = scalars.lastIndex { $0 != " " }.map { scalars.index(after: $0) } ?? start
    return scalars[start..<Swift.max(start, end)]
  }
}
