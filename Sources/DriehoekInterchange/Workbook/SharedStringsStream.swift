internal import DriehoekModel

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

  /// The number of bytes of the part, counted on two cores.
  static func size(texts: [String], uses: Int) -> Int {
    let half = texts.count / 2
    let counts = ConcurrentWork.map(count: texts.count < 4_096 ? 1 : 2) { piece in
      let range = piece == 0 ? 0..<(texts.count < 4_096 ? texts.count : half) : half..<texts.count
      var total = 0
      for text in texts[range] {
        total += Workbook.needsPreserve(text) ? preservedOpening.count : opening.count
        total += Workbook.escapedCount(text) + closing.count
      }
      return total
    }
    var prologue: [UInt8] = []
    Self.prologue(into: &prologue, uniqueCount: texts.count, uses: uses)
    return prologue.count + counts.reduce(0, +) + end.count
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
