public import DriehoekModel

/// The type of a value in a model file, as diagnostics name it.
public enum ValueType: String, Hashable, Sendable, CaseIterable {
  case mapping
  case list
  case text
  case number
  case date
  case boolean
  case identifier
  case empty

  /// The name of the type in the given language.
  public func name(in language: Language) -> String {
    switch self {
    case .mapping:
      language.pick("een object (sleutels met waarden)", "a mapping (keys with values)")
    case .list: language.pick("een lijst", "a list")
    case .text: language.pick("tekst", "text")
    case .number: language.pick("een getal", "a number")
    case .date: language.pick("een datum (JJJJ-MM-DD)", "a date (YYYY-MM-DD)")
    case .boolean: language.pick("true of false", "true or false")
    case .identifier: language.pick("een id", "an id")
    case .empty: language.pick("leeg", "empty")
    }
  }
}
