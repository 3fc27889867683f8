import ArgumentParser
import DriehoekModel

/// The language of `driehoek check`'s messages (`--lang`).
enum CheckLanguage: String, CaseIterable, ExpressibleByArgument {
  case nl
  case en

  /// The model's language value.
  var language: Language { self == .nl ? .nl : .en }
}
