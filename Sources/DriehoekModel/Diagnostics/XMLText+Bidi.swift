extension XMLText {
  /// The text with every bidirectional embedding, override or isolate it opens closed at its
  /// end, so that a name from the model cannot reverse the text that follows it (in a DOT
  /// label, a chart or any other place where names stand next to other text).
  public static func balancedBidi(_ text: String) -> String {
    var openEmbeddings = 0
    var openIsolates = 0
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x202C: openEmbeddings = max(0, openEmbeddings - 1)
      case 0x202A...0x202E: openEmbeddings += 1
      case 0x2066...0x2068: openIsolates += 1
      case 0x2069: openIsolates = max(0, openIsolates - 1)
      default: break
      }
    }
    guard openEmbeddings > 0 || openIsolates > 0 else { return text }
    return text + String(repeating: "\u{202C}", count: openEmbeddings)
      + String(repeating: "\u{2069}", count: openIsolates)
  }
}
