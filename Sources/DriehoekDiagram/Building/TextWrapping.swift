/// Breaks text into lines of at most `column` characters at spaces; longer words stay whole.
///
/// The length of the line so far is kept as it grows: adding a space and a word adds their
/// characters when both sides of the space are ASCII (nothing can join a space into one
/// character with its neighbours then); otherwise the line is counted again.
func wrapped(_ text: String, column: Int) -> [String] {
  var lines: [String] = []
  var current = ""
  var currentCount = 0
  for word in text.split(separator: " ", omittingEmptySubsequences: true) {
    // ASCII other than a carriage return (CR LF is one character) counts a character a byte.
    let isPlain = word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    let wordCount = isPlain ? word.utf8.count : word.count
    if current.isEmpty {
      current = String(word)
      currentCount = wordCount
    } else if currentCount + 1 + wordCount <= column {
      let joinsPlainly = (current.utf8.last ?? 0) < 0x80 && (word.utf8.first ?? 0) < 0x80
      current += " " + word
      currentCount = joinsPlainly ? currentCount + 1 + wordCount : current.count
    } else {
      lines.append(current)
      current = String(word)
      currentCount = wordCount
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
