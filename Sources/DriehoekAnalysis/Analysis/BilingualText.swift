public import DriehoekModel

/// A fixed text in Dutch and English, such as a rule's summary, reason or remedy.
public struct BilingualText: Hashable, Sendable {
  /// The Dutch text.
  public let dutch: String
  /// The English text.
  public let english: String

  /// Creates a text from its Dutch and its English wording, in that order, like
  /// ``Language/pick(_:_:)``.
  public init(_ dutch: String, _ english: String) {
    self.dutch = dutch
    self.english = english
  }

  /// The text in `language`.
  public func text(in language: Language) -> String {
    language.pick(dutch, english)
  }
}
