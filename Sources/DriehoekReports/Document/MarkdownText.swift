import DriehoekModel

/// The one Markdown escaper for text from a model, shared by `check --format markdown` and the
/// Markdown report, working on Unicode scalars.
///
/// Every line break (LF, CR, VT, FF, NEL, LS, PS) and tab becomes a space, so a name can never
/// end the writer's line and begin a heading, list, code block, rule or setext underline of its
/// own. Inline markup (emphasis, code, links, images, HTML, entities, tables, headings) is
/// backslash-escaped (CommonMark allows a backslash before any ASCII punctuation). At the start
/// of the text, where it may begin a line, leading spaces go and a block marker (`-`, `+`, `=`,
/// `>`, or digits followed by `.` or `)`) is escaped too.
enum MarkdownText {
  /// The escaped text, on one line.
  static func escaped(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    result.reserveCapacity(text.utf8.count)
    var atStart = true
    var scalars = Array(text.unicodeScalars)
    // Line breaks and tabs first, so that the start of the text is seen as a reader sees it.
    for index in scalars.indices where isBreak(scalars[index]) { scalars[index] = " " }
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if atStart {
        if scalar == " " {
          index += 1
          continue
        }
        atStart = false
        if "-+=>".unicodeScalars.contains(scalar) {
          result.append("\\")
        } else if ("0"..."9").contains(scalar) {
          var end = index
          while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
          if end < scalars.count, scalars[end] == "." || scalars[end] == ")" {
            result.append(contentsOf: scalars[index..<end])
            result.append("\\")
            result.append(scalars[end])
            index = end + 1
            continue
          }
        }
      }
      if isMarkup(scalar) { result.append("\\") }
      // Other controls (ESC, DEL, C1) and noncharacters: never raw into a document.
      result.append(XMLText.isAllowed(scalar) ? scalar : "\u{FFFD}")
      index += 1
    }
    return String(result)
  }

  private static func isMarkup(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "!", "|", "&", "~": true
    default: false
    }
  }

  private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }
}
