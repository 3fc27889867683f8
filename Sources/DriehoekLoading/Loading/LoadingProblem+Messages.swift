public import DriehoekModel

extension LoadingProblem {
  /// The message, one line, in the given language.
  public func message(in language: Language) -> String {
    let nl = language == .nl
    switch self {
    case .fileTooLarge(let bytes, let limit):
      return nl
        ? "het bestand is \(bytes) bytes; de grens is \(limit) bytes"
        : "the file is \(bytes) bytes; the limit is \(limit) bytes"
    case .expandsTooLarge(let limit):
      return nl
        ? "met elke alias (*naam) uitgeschreven is het bestand groter dan \(limit) bytes"
        : "with every alias (*name) written out, the file is larger than \(limit) bytes"
    case .tooManyValues(let limit):
      return nl
        ? "het bestand ontvouwt zich tot meer dan \(limit) waarden (te veel YAML-aliassen?)"
        : "the file expands to more than \(limit) values (too many YAML aliases?)"
    case .complexKey:
      return nl
        ? "een sleutel moet een woord zijn, geen lijst, object of alias (*naam)"
        : "a key must be a word, not a list, mapping or alias (*name)"
    case .tooManyImports(let limit):
      return nl
        ? "het model importeert meer dan \(limit) bestanden"
        : "the model imports more than \(limit) files"
    case .nestedTooDeeply(let limit, let alias):
      guard let alias else {
        return nl
          ? "lijsten en objecten zijn hier dieper dan \(limit) niveaus genest"
          : "lists and mappings nest deeper than \(limit) levels here"
      }
      return nl
        ? "alias '*\(alias)' ontvouwt zich hier tot meer dan \(limit) geneste niveaus"
        : "alias '*\(alias)' expands here to more than \(limit) nested levels"
    case .modelTooLarge(let bytes, let limit):
      return nl
        ? "de bestanden van het model zijn samen \(bytes) bytes; de grens is \(limit) bytes"
        : "the files of the model are \(bytes) bytes together; the limit is \(limit) bytes"
    case .duplicateKey(let key):
      return nl
        ? "sleutel '\(key)' staat twee keer in hetzelfde object"
        : "key '\(key)' appears twice in the same mapping"
    case .wrongType(let key, let expected, let found):
      return nl
        ? "'\(key)' moet \(expected.name(in: language)) zijn, maar is \(found.name(in: language))"
        : "'\(key)' must be \(expected.name(in: language)), but is \(found.name(in: language))"
    case .unquotedComma(let key, let previousKey, let context):
      return nl
        ? "onbekende sleutel '\(key)' in \(context.name(in: language)); staat er een komma in "
          + "de waarde van '\(previousKey)'?"
        : "unknown key '\(key)' in \(context.name(in: language)); is there a comma in the "
          + "value of '\(previousKey)'?"
    case .importNotFound(let path):
      return nl
        ? "geïmporteerd bestand '\(path)' bestaat niet"
        : "imported file '\(path)' does not exist"
    case .importCycle(let chain):
      let text = chain.joined(separator: " → ")
      return nl ? "importcyclus: \(text)" : "import cycle: \(text)"
    }
  }

  /// How to fix the problem, one line, in the given language.
  public func hint(in language: Language) -> String? {
    let nl = language == .nl
    switch self {
    case .fileTooLarge:
      return nl
        ? "splits het model met 'importeer', of verhoog de grens met --max-bestandsgrootte"
        : "split the model with 'importeer', or raise the limit with --max-bestandsgrootte"
    case .tooManyValues, .expandsTooLarge:
      return nl
        ? "gebruik minder aliassen (*naam); schrijf waarden uit"
        : "use fewer aliases (*name); write the values out"
    case .complexKey:
      return nl
        ? "schrijf de sleutel uit als een gewoon woord, zoals 'naam'"
        : "write the key as a plain word, such as 'naam'"
    case .tooManyImports:
      return nl ? "voeg bestanden samen" : "merge files"
    case .nestedTooDeeply:
      return nl
        ? "nest minder diep; een model heeft zelden meer dan twintig niveaus nodig"
        : "nest less deeply; a model rarely needs more than twenty levels"
    case .modelTooLarge:
      return nl
        ? "importeer minder, of verhoog de grens met --max-bestandsgrootte"
        : "import less, or raise the limit with --max-bestandsgrootte"
    case .duplicateKey:
      return nl ? "verwijder een van beide" : "remove one of them"
    case .wrongType(_, let expected, _):
      return nl
        ? "schrijf hier \(expected.name(in: language))"
        : "write \(expected.name(in: language)) here"
    case .unquotedComma(let key, let previousKey, _):
      return nl
        ? "zet een waarde met een komma tussen aanhalingstekens, zoals "
          + "\(previousKey): \"…, \(key)\""
        : "put a value with a comma in quotes, such as \(previousKey): \"…, \(key)\""
    case .importNotFound:
      return nl
        ? "paden in 'importeer' zijn relatief aan het importerende bestand"
        : "paths in 'importeer' are relative to the importing file"
    case .importCycle:
      return nl
        ? "verwijder een van de imports in de kring"
        : "remove one of the imports in the cycle"
    }
  }
}
