/// Breaks text into lines of at most `column` characters at spaces; longer words stay whole.
func wrapped(_ text: String, column: Int) -> [String] {
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

/// HTML content for wrapped lines, separated by line breaks.
func wrappedContent(_ text: String, column: Int) -> [HTMLContent] {
  var content: [HTMLContent] = []
  for (offset, line) in wrapped(text, column: column).enumerated() {
    if offset > 0 { content.append(.lineBreak) }
    content.append(.text(line))
  }
  return content
}
