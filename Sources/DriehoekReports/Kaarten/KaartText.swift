public import DriehoekModel

/// Text helpers of the card set: shortening to fit a card, lists in words.
public enum KaartText {
  /// The text cut at a word boundary to at most `limit` characters, with `…` when cut.
  public static func shortened(_ text: String, to limit: Int) -> String {
    let clean = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard clean.count > limit, limit > 1 else { return clean }
    let head = clean.prefix(limit - 1)
    if let space = head.lastIndex(of: " "),
      head.distance(from: head.startIndex, to: space) > limit / 2
    {
      return String(head[..<space]) + "…"
    }
    return String(head) + "…"
  }

  /// Names as a list: `A`, `A en B`, `A, B en C`, and above `limit` (here 4)
  /// `A, B, C en 2 andere` (`and` / `others` in English).
  public static func list(_ names: [String], limit: Int = 4, language: Language) -> String {
    let and = language.pick(" en ", " and ")
    guard names.count > 1 else { return names.first ?? "" }
    if names.count > limit {
      let shown = names.prefix(max(1, limit - 1)).joined(separator: ", ")
      let others = names.count - max(1, limit - 1)
      return shown + and + language.pick("\(others) andere", "\(others) others")
    }
    return names.dropLast().joined(separator: ", ") + and + (names.last ?? "")
  }

  /// A message as a sentence: capitalised, ending in a full stop.
  static func sentence(_ message: String) -> String {
    let text = shortened(message, to: 200)
    let capital = text.prefix(1).uppercased() + text.dropFirst()
    return capital.hasSuffix(".") || capital.hasSuffix("…") ? capital : capital + "."
  }
}
