/// The shared-string table of a workbook being written: every distinct text once, in the order
/// first used.
struct SharedStrings {
  private var indices: [String: Int] = [:]
  private var texts: [String] = []
  private var uses = 0

  /// The index of a text, added when new.
  mutating func index(of text: String) -> Int {
    uses += 1
    if let index = indices[text] { return index }
    let index = texts.count
    indices[text] = index
    texts.append(text)
    return index
  }

  /// The `xl/sharedStrings.xml` part.
  func part() -> [UInt8] {
    var out: [UInt8] = []
    out += Workbook.header.utf8
    out +=
      "<sst xmlns=\"\(Workbook.mainNamespace)\" count=\"\(uses)\" uniqueCount=\"\(texts.count)\">"
      .utf8
    for text in texts {
      // Spaces at either end, or a line break, are kept only with xml:space="preserve".
      let preserves =
        text.first?.isWhitespace == true || text.last?.isWhitespace == true
        || text.contains("\n")
      out += (preserves ? "<si><t xml:space=\"preserve\">" : "<si><t>").utf8
      out += Workbook.escaped(text).utf8
      out += "</t></si>".utf8
    }
    out += "</sst>".utf8
    return out
  }
}
