/// The shared-string table of a workbook being written: every distinct text once, in the order
/// first used.
struct SharedStrings {
  private var indices: [String: Int] = [:]
  private(set) var texts: [String] = []
  /// How many string cells refer to the table (each sheet counted once).
  private(set) var uses = 0

  /// The index of a text, added when new.
  mutating func index(of text: String) -> Int {
    uses += 1
    if let index = indices[text] { return index }
    let index = texts.count
    indices[text] = index
    texts.append(text)
    return index
  }
}

/// Writes the `xl/sharedStrings.xml` part as a stream; it can be written twice (``count()``,
/// then ``write(into:atLeast:)``), giving the same bytes.
final class SharedStringsStream {
  private let strings: SharedStrings
  private var next = -1

  init(strings: SharedStrings) {
    self.strings = strings
  }

  /// The number of bytes of the part.
  func count() -> Int {
    next = -1
    var total = 0
    var buffer: [UInt8] = []
    var done = false
    while !done {
      buffer.removeAll(keepingCapacity: true)
      done = write(into: &buffer, atLeast: 1 << 20)
      total += buffer.count
    }
    next = -1
    return total
  }

  /// Appends the next pieces of the part until `out` has grown by `minimum` bytes or the part
  /// is complete; whether it is complete.
  func write(into out: inout [UInt8], atLeast minimum: Int) -> Bool {
    let goal = out.count + minimum
    let texts = strings.texts
    if next == -1 {
      out += Workbook.header.utf8
      out += "<sst xmlns=\"\(Workbook.mainNamespace)\" count=\"\(strings.uses)\" ".utf8
      out += "uniqueCount=\"\(texts.count)\">".utf8
      next = 0
    }
    while next < texts.count, out.count < goal {
      let text = texts[next]
      // Spaces at either end, or a line break, are kept only with xml:space="preserve".
      let preserves =
        text.first?.isWhitespace == true || text.last?.isWhitespace == true
        || text.utf8.contains(0x0A)
      out += (preserves ? "<si><t xml:space=\"preserve\">" : "<si><t>").utf8
      out += Workbook.escaped(text).utf8
      out += "</t></si>".utf8
      next += 1
    }
    guard next >= texts.count else { return false }
    if next == texts.count {
      out += "</sst>".utf8
      next += 1
    }
    return true
  }
}
