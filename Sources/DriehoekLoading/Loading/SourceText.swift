import DriehoekModel

/// The text of one model file, with a line index for snippets.
struct SourceText {
  /// The file as the user named it.
  let file: String
  /// The text, decoded from UTF-8 (without a byte-order mark).
  let text: String
  private let lineStarts: [String.Index]

  init(file: String, text: String) {
    self.file = file
    self.text = text
    // Line breaks as YAML (and so the parsers' line numbers) count them: LF, CRLF, a lone CR,
    // NEL, LS and PS. Counting only LF put snippets on the wrong line after a lone CR.
    var starts = [text.startIndex]
    let bytes = Array(text.utf8)
    let utf8 = text.utf8
    var offset = 0
    while offset < bytes.count {
      if let length = SourceText.lineBreakLength(bytes, at: offset) {
        offset += length
        starts.append(utf8.index(utf8.startIndex, offsetBy: offset))
      } else {
        offset += 1
      }
    }
    lineStarts = starts
  }

  /// The length in bytes of the line break at `offset`, or `nil` when none starts there.
  static func lineBreakLength(_ bytes: [UInt8], at offset: Int) -> Int? {
    func byte(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }
    switch bytes[offset] {
    case 0x0A: return 1
    case 0x0D: return byte(offset + 1) == 0x0A ? 2 : 1
    case 0xC2: return byte(offset + 1) == 0x85 ? 2 : nil
    case 0xE2:
      guard byte(offset + 1) == 0x80, let third = byte(offset + 2), third == 0xA8 || third == 0xA9
      else { return nil }
      return 3
    default: return nil
    }
  }

  /// The text of a line (from 1), without its line break.
  func line(_ number: Int) -> Substring? {
    guard number >= 1, number <= lineStarts.count else { return nil }
    let start = lineStarts[number - 1]
    let end = number < lineStarts.count ? lineStarts[number] : text.endIndex
    var line = text[start..<end]
    while let last = line.unicodeScalars.last,
      ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(last)
    {
      line = Substring(line.unicodeScalars.dropLast())
    }
    return line
  }

  /// The source line with a caret under the column; long lines are cut to a window around it.
  func snippet(line number: Int, column: Int) -> String? {
    guard let line = line(number) else { return nil }
    let window = 100
    let caretIndex = max(0, column - 1)
    if line.utf8.count <= window {
      var padding = ""
      padding.reserveCapacity(caretIndex + 1)
      for scalar in line.unicodeScalars.prefix(caretIndex) {
        padding.unicodeScalars.append(scalar == "\t" ? "\t" : " ")
      }
      return String(line) + "\n" + padding + "^"
    }
    let scalars = Array(line.unicodeScalars)
    let caret = min(caretIndex, scalars.count)
    let lower = max(0, caret - window / 2)
    let upper = min(scalars.count, lower + window)
    var shown = String(String.UnicodeScalarView(scalars[lower..<upper]))
    var padding = String(
      String.UnicodeScalarView(scalars[lower..<max(lower, caret)].map { $0 == "\t" ? "\t" : " " }))
    if lower > 0 {
      shown = "…" + shown
      padding = " " + padding
    }
    if upper < scalars.count { shown += "…" }
    return shown + "\n" + padding + "^"
  }

  /// Decodes UTF-8 bytes; on failure, returns the line and column of the first invalid byte.
  static func decode(_ bytes: [UInt8]) -> Result<String, SourceLocationInFile> {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if let text = String(validating: body, as: UTF8.self) { return .success(text) }
    var line = 1
    var column = 1
    var iterator = body.makeIterator()
    var decoder = UTF8()
    var afterCarriageReturn = false
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\n" && afterCarriageReturn {
          // The LF of a CRLF: the CR already started the line.
        } else if ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
          line += 1
          column = 1
        } else {
          column += 1
        }
        afterCarriageReturn = scalar == "\r"
      case .emptyInput: break loop
      case .error: break loop
      }
    }
    return .failure(SourceLocationInFile(line: line, column: column))
  }

  /// A line and column without a file name.
  struct SourceLocationInFile: Error {
    let line: Int
    let column: Int
  }
}
