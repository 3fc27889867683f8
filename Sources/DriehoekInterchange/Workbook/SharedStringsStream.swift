/// Writes the `xl/sharedStrings.xml` part as a stream, its size known beforehand
/// (``size(texts:uses:)``).
struct SharedStringsStream: Sendable {
  private let texts: [String]
  private let uses: Int
  private var next = -1

  /// A stream of the table's texts; `uses` is the number of string cells that refer to it.
  init(texts: [String], uses: Int) {
    self.texts = texts
    self.uses = uses
  }

  /// The number of bytes of the part: its `entryBytes` (``entrySize(_:)`` of every text)
  /// and its beginning and end.
  static func size(entryBytes: Int, uniqueCount: Int, uses: Int) -> Int {
    var prologue: [UInt8] = []
    Self.prologue(into: &prologue, uniqueCount: uniqueCount, uses: uses)
    return prologue.count + entryBytes + end.count
  }

  /// The bytes of the entry of `text` (`<si><t>…</t></si>`).
  static func entrySize(_ text: String) -> Int {
    (Workbook.needsPreserve(text) ? preservedOpening.count : opening.count)
      + Workbook.escapedCount(text) + closing.count
  }

  /// Appends the next pieces of the part until `out` has grown by `minimum` bytes or the part
  /// is complete; whether it is complete.
  mutating func write(into out: inout [UInt8], atLeast minimum: Int) -> Bool {
    let goal = out.count + minimum
    if next == -1 {
      Self.prologue(into: &out, uniqueCount: texts.count, uses: uses)
      next = 0
    }
    while next < texts.count, out.count < goal {
      let text = texts[next]
      // Spaces at either end, or a line break, are kept only with xml:space="preserve".
      out += Workbook.needsPreserve(text) ? Self.preservedOpening : Self.opening
      Workbook.appendEscaped(text, to: &out)
      out += Self.closing
      next += 1
    }
    guard next >= texts.count else { return false }
    if next == texts.count {
      out += Self.end
      next += 1
    }
    return true
  }

  private static func prologue(into out: inout [UInt8], uniqueCount: Int, uses: Int) {
    out += Workbook.header.utf8
    out += "<sst xmlns=\"\(Workbook.mainNamespace)\" count=\"\(uses)\" ".utf8
    out += "uniqueCount=\"\(uniqueCount)\">".utf8
  }

  private static let opening = Array("<si><t>".utf8)
  private static let preservedOpening = Array("<si><t xml:space=\"preserve\">".utf8)
  private static let closing = Array("</t></si>".utf8)
  private static let end = Array("</sst>".utf8)
}
