/// Breaks text into lines of at most `column` characters at spaces; longer words stay whole.
///
/// ASCII text without a carriage return (CR LF is one character) has a character per byte, so it
/// is split and counted byte by byte; other text character by character.
func wrapped(_ text: String, column: Int) -> [String] {
  // A name longer than a diagram can show is cut first (see DOTEscaping.maximumTextLength).
  let text = DOTEscaping.truncated(text)
  let isPlain = text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
  let words =
    isPlain
    ? text.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
    : text.split(separator: " ", omittingEmptySubsequences: true)
  func length(_ text: some StringProtocol) -> Int { isPlain ? text.utf8.count : text.count }
  var lines: [String] = []
  var current = ""
  for word in words {
    if current.isEmpty {
      current = String(word)
    } else if length(current) + 1 + length(word) <= column {
      current += " " + word
    } else {
      lines.append(current)
      current = String(word)
    }
  }
  if !current.isEmpty || lines.isEmpty { lines.append(current) }
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
