/// A problem that a reader outside the core defines (the loader's limits, YAML shapes and
/// imports: `LoadingProblem` in DriehoekLoading), carried by ``Problem/reading(_:)`` with its
/// code, severity, messages and hints fixed when it is made, so that the core names no problem
/// only a reader can have.
public struct ReaderProblem: Hashable, Sendable {
  /// The stable code (a slug that tools and tests may rely on).
  public var code: String
  /// How serious the problem is.
  public var severity: Severity
  /// The message, one line, in Dutch and in English.
  public var message: (dutch: String, english: String) {
    (dutchMessage, englishMessage)
  }
  /// How to fix it, one line, in Dutch and in English; `nil` where the message says it.
  public var hint: (dutch: String, english: String)? {
    guard let dutchHint, let englishHint else { return nil }
    return (dutchHint, englishHint)
  }

  private let dutchMessage: String
  private let englishMessage: String
  private let dutchHint: String?
  private let englishHint: String?

  /// Creates a problem from its code, severity and texts.
  public init(
    code: String, severity: Severity = .fout, message: (dutch: String, english: String),
    hint: (dutch: String, english: String)?
  ) {
    self.code = code
    self.severity = severity
    dutchMessage = message.dutch
    englishMessage = message.english
    dutchHint = hint?.dutch
    englishHint = hint?.english
  }
}
