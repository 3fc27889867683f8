/// Breaks text into lines of at most `column` characters at spaces; longer words stay whole.
///
/// ASCII text without a carriage return (CR LF is one character) has a character per byte and
/// is broken byte by byte; other text character by character.
func wrapped(_ text: String, column: Int) -> [String] {
  if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return wrappedASCII(text, column: column) }
  var lines: [String] = []
  var current = ""
  for word in text.split(separator: " ", omittingEmptySubsequences: true) {
    if current.isEmpty {
      current = String(word)
    } else if current.count + 1 + word.count <= column {
      current += " " + word
    } else {
      lines.append(current)
      current = String(word)
    }
  }
  if !current.isEmpty || lines.isEmpty { lines.append(current) }
  return lines
}

/// ``wrapped(_:column:)`` for text with a character per byte.
private func wrappedASCII(_ text: String, column: Int) -> [String] {
  var lines: [String] = []
  var current: [UInt8] = []
  for word in text.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true) {
    if current.isEmpty {
      current.append(contentsOf: word)
    } else if current.count + 1 + word.count <= column {
      current.append(UInt8(ascii: " "))
      current.append(contentsOf: word)
    } else {
      lines.append(String(decoding: current, as: UTF8.self))
      current.removeAll(keepingCapacity: true)
      current.append(contentsOf: word)
    }
  }
  if !current.isEmpty || lines.isEmpty { lines.append(String(decoding: current, as: UTF8.self)) }
  return lines
}

/// HTML content for wrapped lines, separated by line breaks.
func wrappedContent(_ text: String, column: Int) -> [HTMLContent] {
  var content: [HTMLContent] = []
  for (offset, line) in wrapped(text, column: column).enumerated() {
    if offset > 0 { content.append(.lineBreak) }
    content.append(.text(line))
  }
  return content
}
