/// A value of a key in the model file, as the file writes it: text, a number, a yes/no, a list
/// or a small record such as a period `{van, tot}`.
///
/// Two values are compared as the model means them: lists whose order carries no meaning
/// (`functies`, `partijen`, `leden`, `betreft`, `bronnen`) are marked ``isUnordered`` and compare
/// as sets, so putting the same ids in another order is not a change.
public indirect enum FieldValue: Hashable, Sendable {
  /// Text, an id, a date or a word from a closed list (`soort`, `prioriteit`).
  case text(String)
  /// A number (`capaciteit`, `kosten`, `budget`).
  case number(Double)
  /// Yes or no (`coordinerend`).
  case flag(Bool)
  /// A list; `isUnordered` when its order carries no meaning.
  case list([FieldValue], isUnordered: Bool)
  /// A record with keys in the order the model file documents them (`van`, `tot`).
  case record([Member])

  /// One key of a record.
  public struct Member: Hashable, Sendable {
    /// The key, as the model file writes it.
    public var key: String
    /// The value.
    public var value: FieldValue

    /// Creates a member.
    public init(key: String, value: FieldValue) {
      self.key = key
      self.value = value
    }
  }

  /// Whether two values mean the same: unordered lists compare as sets, and texts compare
  /// with their white space folded (a description rewrapped, or written as a `|` or `>` block
  /// instead of one line, says the same).
  public func means(_ other: FieldValue) -> Bool {
    switch (self, other) {
    case (.text(let lhs), .text(let rhs)):
      return lhs == rhs || FieldValue.folded(lhs) == FieldValue.folded(rhs)
    case (.list(let lhs, true), .list(let rhs, true)):
      return lhs.count == rhs.count
        && Set(lhs.map(\.foldedText)) == Set(rhs.map(\.foldedText))
    case (.list(let lhs, _), .list(let rhs, _)):
      return lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0.means($1) }
    default:
      return self == other
    }
  }

  /// The value written the way the model file writes it in flow style: `2026-01-01`,
  /// `160000000`, `[szw-sg, svb-rvb]`, `{van: 2026-01-01, tot: 2026-12-31}`.
  public var written: String {
    switch self {
    case .text(let text): text
    case .number(let number): FieldValue.written(number)
    case .flag(let flag): flag ? "true" : "false"
    case .list(let items, _): "[" + items.map(\.written).joined(separator: ", ") + "]"
    case .record(let members):
      "{" + members.map { "\($0.key): \($0.value.written)" }.joined(separator: ", ") + "}"
    }
  }

  /// The value written with texts folded, for comparing as a set member.
  var foldedText: String {
    if case .text(let text) = self { return FieldValue.folded(text) }
    return written
  }

  /// Text with every run of white space made one space, and none at either end.
  static func folded(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// A number as the model file writes it: whole numbers without a fraction.
  public static func written(_ number: Double) -> String {
    if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
      return String(Int64(number))
    }
    return String(number)
  }
}
