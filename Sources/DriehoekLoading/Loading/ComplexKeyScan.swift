import DriehoekModel

/// Finds a mapping key that is not a plain word (an explicit `?` key, a list or mapping used as
/// a key, or an alias used as a key) in a file that also uses aliases.
///
/// Yams hashes every mapping key while it parses; a key that expands through aliases can take
/// exponential time before the loader sees a single value. Model keys are always plain words,
/// so such a key is an error anyway; this scan finds it in linear time, before parsing.
enum ComplexKeyScan {
  /// The line and column of the first non-scalar key, if the text uses aliases and has one.
  static func firstComplexKey(in text: String) -> (line: Int, column: Int)? {
    var hasAlias = false
    var candidate: (line: Int, column: Int)?
    var line = 1
    var column = 0
    var previous: Unicode.Scalar = "\n"
    var lineHasContent = false
    var quote: Unicode.Scalar?
    var inComment = false
    var pendingCloser: (line: Int, column: Int)?
    var pendingAlias: (line: Int, column: Int)?
    var inAlias = false
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      column += 1
      defer { previous = scalar }
      if scalar == "\n" {
        line += 1
        column = 0
        inComment = false
        lineHasContent = false
        inAlias = false
        if quote == "'" || quote == "\"" { continue }
        pendingCloser = nil
        pendingAlias = nil
        continue
      }
      if inComment { continue }
      if let open = quote {
        if scalar == "\\", open == "\"" {
          index += 1
          column += 1
        } else if scalar == open {
          quote = nil
        }
        continue
      }
      let atTokenStart =
        previous == " " || previous == "\n" || previous == "\t" || previous == "["
        || previous == "{" || previous == ","
      if inAlias {
        if scalar == " " || scalar == "," || scalar == "]" || scalar == "}" || scalar == ":" {
          inAlias = false
        } else {
          continue
        }
      }
      switch scalar {
      case "#" where atTokenStart:
        inComment = true
      case "'", "\"":
        if atTokenStart || previous == ":" { quote = scalar }
      case "*" where atTokenStart:
        if index < scalars.count, scalars[index] != " ", scalars[index] != "\n" {
          hasAlias = true
          inAlias = true
          pendingAlias = (line, column)
        }
      case "?"
      where atTokenStart && (!lineHasContent || previous != " " || isAfterDash(scalars, index)):
        let next = index < scalars.count ? scalars[index] : "\n"
        if next == " " || next == "\n" { candidate = candidate ?? (line, column) }
      case "]", "}":
        pendingCloser = (line, column)
      case ":":
        let next = index < scalars.count ? scalars[index] : "\n"
        if next == " " || next == "\n" || next == "\t" {
          if let closer = pendingCloser ?? pendingAlias { candidate = candidate ?? closer }
        }
        pendingCloser = nil
        pendingAlias = nil
      case " ", "\t":
        break
      default:
        pendingCloser = nil
        pendingAlias = nil
      }
      if scalar != " " && scalar != "\t" { lineHasContent = true }
    }
    return hasAlias ? candidate : nil
  }

  /// Whether the text before `index` on its line is only indentation and `- ` markers.
  private static func isAfterDash(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
    var position = index - 2
    while position >= 0, scalars[position] != "\n" {
      if scalars[position] != " " && scalars[position] != "-" { return false }
      position -= 1
    }
    return true
  }
}
