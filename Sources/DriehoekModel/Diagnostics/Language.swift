/// The language of messages: Dutch (the default) or English.
public enum Language: String, Hashable, Sendable, CaseIterable, Codable {
  case nl
  case en

  /// Picks the text for this language.
  public func pick(_ dutch: String, _ english: String) -> String { self == .nl ? dutch : english }
}
