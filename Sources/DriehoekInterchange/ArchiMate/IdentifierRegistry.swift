/// Hands out the identifiers of one exchange file: each unique (they are `xs:ID`s) and a valid
/// XML NCName, derived from the names it is given.
struct IdentifierRegistry {
  private var used: Set<String> = []

  /// Reserves exactly `identifier`; returns `false` when it was taken.
  mutating func reserve(_ identifier: String) -> Bool { used.insert(identifier).inserted }

  /// An identifier made from the parts joined with `-`, made NCName-safe (every character other
  /// than an ASCII letter, digit, `-`, `_` or `.` becomes `_`) and unique (`-2`, `-3`, … when
  /// taken).
  mutating func make(_ parts: String...) -> String { make(parts) }

  /// An identifier made from the parts, as ``make(_:)-(String...)``.
  mutating func make(_ parts: [String]) -> String {
    var base = String(
      String.UnicodeScalarView(
        parts.joined(separator: "-").unicodeScalars.map { scalar in
          switch scalar {
          case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": scalar
          default: "_"
          }
        }))
    if base.first.map({ !$0.isLetter && $0 != "_" }) ?? true { base = "x-" + base }
    var candidate = base
    var counter = 1
    while !used.insert(candidate).inserted {
      counter += 1
      candidate = base + "-\(counter)"
    }
    return candidate
  }
}
