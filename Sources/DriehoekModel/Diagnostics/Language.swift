/// The language of messages: Dutch (the default) or English.
public enum Language: String, Hashable, Sendable, CaseIterable, Codable {
  case nl
  case en

  /// Picks the text for this language; only the picked text is built.
  public func pick(_ dutch: @autoclosure () -> String, _ english: @autoclosure () -> String)
    -> String
  {
    self == .nl ? dutch() : english()
  }
}
