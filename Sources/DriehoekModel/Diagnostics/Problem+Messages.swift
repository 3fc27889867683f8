extension Problem {
  /// The message, one line, in the given language.
  public func message(in language: Language) -> String {
    let nl = language == .nl
    switch self {
    case .yamlSyntax(let detail):
      return nl ? "YAML-syntaxfout: \(detail)" : "YAML syntax error: \(detail)"
    case .invalidEncoding:
      return nl ? "het bestand is geen geldige UTF-8-tekst" : "the file is not valid UTF-8 text"
    case .emptyFile:
      return nl
        ? "het bestand is leeg; een model heeft minstens een 'naam'"
        : "the file is empty; a model needs at least a 'naam'"
    case .multipleDocuments:
      return nl
        ? "het bestand bevat meer dan één YAML-document ('---')"
        : "the file holds more than one YAML document ('---')"
    case .unreadableFile(let path, let reason):
      return nl ? "kan '\(path)' niet lezen: \(reason)" : "cannot read '\(path)': \(reason)"
    case .unknownKey(let key, let context, let suggestion):
      let base =
        nl
        ? "onbekende sleutel '\(key)' in \(context.name(in: language))"
        : "unknown key '\(key)' in \(context.name(in: language))"
      return base + Problem.suggestionText(suggestion, language)
    case .partOfNoMinistry(let id, let kind, _):
      return nl
        ? "'onderdeel-van' moet een ministerie noemen, maar '\(id)' is een \(kind)"
        : "'onderdeel-van' must name a ministry, but '\(id)' is a \(kind)"
    case .coordinatingRole(let value):
      return nl
        ? "ongeldige waarde '\(value)' voor 'rol': coördinerend is geen rol maar een kenmerk van "
          + "een rol opdrachtgever"
        : "invalid value '\(value)' for 'rol': coordinating is not a role but a mark on an "
          + "opdrachtgever role"
    case .missingKey(let key, let context):
      return nl
        ? "verplichte sleutel '\(key)' ontbreekt in \(context.name(in: language))"
        : "required key '\(key)' is missing in \(context.name(in: language))"
    case .emptyValue(let key):
      return nl ? "'\(key)' is leeg" : "'\(key)' is empty"
    case .invalidValue(let key, let value, _, let suggestion):
      let base =
        nl
        ? "ongeldige waarde '\(value)' voor '\(key)'"
        : "invalid value '\(value)' for '\(key)'"
      return base + Problem.suggestionText(suggestion, language)
    case .invalidID(let id, let suggestion):
      let base =
        nl
        ? "id '\(id)' bevat tekens die niet mogen in een id (alleen ASCII-letters a–z en A–Z, "
          + "cijfers, '-', '_' en '.')"
        : "id '\(id)' contains characters that an id may not contain (only ASCII letters a–z "
          + "and A–Z, digits, '-', '_' and '.')"
      return base + Problem.suggestionText(suggestion, language)
    case .duplicateID(let id, let firstKind):
      return nl
        ? "id '\(id)' is al gebruikt (voor een \(firstKind.dutchName))"
        : "id '\(id)' is already used (for a \(firstKind.englishName))"
    case .idsDifferOnlyInCase(let id, let other):
      return nl
        ? "id '\(id)' verschilt alleen in hoofdletters van '\(other)'"
        : "id '\(id)' differs only in case from '\(other)'"
    case .unknownReference(let id, let key, let suggestion):
      let base =
        nl
        ? "onbekende verwijzing '\(id)' in '\(key)'"
        : "unknown reference '\(id)' in '\(key)'"
      return base + Problem.suggestionText(suggestion, language)
    case .wrongReferenceKind(let id, let key, let found, let expected, let suggestion):
      let kinds = Problem.list(
        expected.map { nl ? $0.dutchName : $0.englishName }, conjunction: nl ? "of" : "or")
      let base =
        nl
        ? "'\(id)' in '\(key)' is een \(found.dutchName); hier hoort een \(kinds)"
        : "'\(id)' in '\(key)' is a \(found.englishName); '\(key)' needs a \(kinds)"
      return base + Problem.suggestionText(suggestion, language)
    case .invalidDate(let text, let key):
      return nl
        ? "'\(text)' in '\(key)' is geen geldige datum"
        : "'\(text)' in '\(key)' is not a valid date"
    case .reversedPeriod(let start, let end):
      return nl
        ? "de periode eindigt (tot \(end)) voordat ze begint (van \(start))"
        : "the period ends (tot \(end)) before it starts (van \(start))"
    case .invalidNumber(let text, let key):
      return nl ? "'\(text)' in '\(key)' is geen getal" : "'\(text)' in '\(key)' is not a number"
    case .negativeNumber(let key, let value):
      return nl
        ? "'\(key)' is negatief (\(Problem.format(value)))"
        : "'\(key)' is negative (\(Problem.format(value)))"
    case .nonFiniteNumber(let key):
      return nl ? "'\(key)' is geen eindig getal" : "'\(key)' is not a finite number"
    case .unknownRule(let code, let suggestion):
      let base = nl ? "onbekende regel '\(code)'" : "unknown rule '\(code)'"
      return base + Problem.suggestionText(suggestion, language)
    case .unsafeURL(let url):
      return nl ? "url '\(url)' is niet toegestaan" : "url '\(url)' is not allowed"
    case .invalidSource(let text, let flaw):
      let shown = Problem.excerpt(text)
      switch flaw {
      case .unsafeAddress:
        return nl
          ? "bron '\(shown)' is een adres dat niet is toegestaan"
          : "source '\(shown)' is an address that is not allowed"
      case .tooLong(let limit):
        return nl
          ? "bron '\(shown)' is langer dan \(limit) tekens"
          : "source '\(shown)' is longer than \(limit) characters"
      case .controlCharacter:
        return nl
          ? "bron '\(shown)' bevat een stuurteken of onzichtbaar teken"
          : "source '\(shown)' holds a control or invisible character"
      case .blank:
        return nl ? "bron is leeg" : "source is empty"
      }
    case .xmlSyntax(let detail):
      return nl ? "XML-fout: \(detail)" : "XML error: \(detail)"
    case .exchangeContent(let detail):
      return nl
        ? "niet te lezen als ArchiMate-uitwisselbestand van driehoek: \(detail)"
        : "cannot be read as a driehoek ArchiMate exchange file: \(detail)"
    case .reading(let problem):
      return language.pick(problem.message.dutch, problem.message.english)
    }
  }

  /// How to fix the problem, one line, in the given language; `nil` where the message says it.
  public func hint(in language: Language) -> String? {
    let nl = language == .nl
    switch self {
    case .yamlSyntax:
      return nl
        ? "controleer inspringing, dubbele punten en aanhalingstekens op deze plek"
        : "check indentation, colons and quotes at this place"
    case .invalidEncoding:
      return nl ? "sla het bestand op als UTF-8" : "save the file as UTF-8"
    case .emptyFile:
      return nl ? "begin met 'naam: <naam van het model>'" : "start with 'naam: <model name>'"
    case .multipleDocuments:
      return nl
        ? "zet elk model in een eigen bestand, of gebruik 'importeer'"
        : "put each model in its own file, or use 'importeer'"
    case .unreadableFile:
      return nil
    case .unknownKey(_, let context, let suggestion):
      if let suggestion {
        // A yes/no key is best shown with its value, without the diaeresis of `coördinerend`.
        let isBoolean = ModelKeys.definition(for: context).contains {
          $0.name == suggestion && $0.shape == .boolean
        }
        guard isBoolean else { return nil }
        return nl ? "schrijf '\(suggestion): true'" : "write '\(suggestion): true'"
      }
      let keys = ModelKeys.keys(for: context).joined(separator: ", ")
      return nl ? "toegestane sleutels: \(keys)" : "allowed keys: \(keys)"
    case .missingKey(let key, _):
      return nl ? "voeg '\(key): …' toe" : "add '\(key): …'"
    case .emptyValue(let key):
      return nl ? "vul '\(key)' in" : "fill in '\(key)'"
    case .invalidValue(_, _, let allowed, _):
      let values = allowed.joined(separator: ", ")
      return nl ? "toegestaan: \(values)" : "allowed: \(values)"
    case .invalidID(_, let suggestion):
      if let suggestion {
        return nl
          ? "schrijf '\(suggestion)': letters met accent of trema mogen niet in een id (wel in "
            + "een naam)"
          : "write '\(suggestion)': letters with an accent or diaeresis may not be in an id "
            + "(they may be in a name)"
      }
      return nl
        ? "gebruik alleen ASCII-letters (zonder accent of trema), cijfers, '-', '_' en '.'"
        : "use only ASCII letters (without accents), digits, '-', '_' and '.'"
    case .partOfNoMinistry(_, _, let ministries):
      guard !ministries.isEmpty else {
        return nl
          ? "noem een organisatie met 'soort: ministerie', of laat 'onderdeel-van' weg"
          : "name an organisation with 'soort: ministerie', or leave 'onderdeel-van' out"
      }
      let list = ministries.joined(separator: ", ")
      return nl
        ? "noem een ministerie (\(list)), of laat 'onderdeel-van' weg"
        : "name a ministry (\(list)), or leave 'onderdeel-van' out"
    case .coordinatingRole:
      return nl
        ? "schrijf 'rol: opdrachtgever' met 'coordinerend: true' op dezelfde rol"
        : "write 'rol: opdrachtgever' with 'coordinerend: true' on the same role"
    case .duplicateID:
      return nl
        ? "geef elk element een eigen id (ids gelden in het hele model)"
        : "give each element its own id (ids are unique across the model)"
    case .idsDifferOnlyInCase:
      return nl
        ? "kies ids die ook zonder hoofdletters verschillen"
        : "choose ids that differ without regard to case"
    case .unknownReference(_, _, let suggestion):
      if suggestion != nil { return nil }
      return nl
        ? "verwijs naar een id dat in het model (of een geïmporteerd bestand) staat"
        : "refer to an id defined in the model (or an imported file)"
    case .wrongReferenceKind:
      return nil
    case .invalidDate:
      return nl
        ? "schrijf een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-31"
        : "write an existing date as YYYY-MM-DD, for example 2026-01-31"
    case .reversedPeriod:
      return nl
        ? "verwissel 'van' en 'tot', of corrigeer een van beide"
        : "swap 'van' and 'tot', or correct one of them"
    case .invalidNumber:
      return nl
        ? "schrijf een getal zonder eenheid of aanhalingstekens, bijvoorbeeld 1500"
        : "write a number without unit or quotes, for example 1500"
    case .negativeNumber:
      return nl ? "gebruik 0 of meer" : "use 0 or more"
    case .nonFiniteNumber:
      return nl ? "schrijf een gewoon getal" : "write an ordinary number"
    case .unknownRule(_, let suggestion):
      if suggestion != nil { return nil }
      return nl
        ? "gebruik een code uit de regelcatalogus (SD01–SD20)"
        : "use a code from the rule catalogue (SD01–SD20)"
    case .unsafeURL:
      return nl
        ? "gebruik een http-, https- of mailto-adres" : "use an http, https or mailto address"
    case .invalidSource(_, let flaw):
      switch flaw {
      case .unsafeAddress:
        return nl
          ? "een adres begint met http://, https:// of mailto: en heeft geen spaties, "
            + "aanhalingstekens, < > of \\; of schrijf een bronvermelding in woorden"
          : "an address starts with http://, https:// or mailto: and has no spaces, quotes, "
            + "< > or \\; or write a citation in words"
      case .tooLong:
        return nl
          ? "kort de bronvermelding in, of geef het adres van de bron"
          : "shorten the citation, or give the source's address"
      case .controlCharacter, .blank:
        return nl
          ? "schrijf de bron als één regel gewone tekst"
          : "write the source as one line of plain text"
      }
    case .xmlSyntax:
      return nl
        ? "controleer of het bestand volledig is en welgevormde XML bevat (UTF-8, elke tag gesloten)"
        : "check that the file is complete, well-formed XML (UTF-8, every tag closed)"
    case .exchangeContent:
      return nl
        ? "import leest de bestanden die 'driehoek export --format archimate' schrijft (docs/archimate.md)"
        : "import reads the files that 'driehoek export --format archimate' writes (docs/archimate.md)"
    case .reading(let problem):
      return problem.hint.map { language.pick($0.dutch, $0.english) }
    }
  }

  /// At most 60 characters of a text, for a message; control, invisible and bidirectional
  /// characters become `?`.
  static func excerpt(_ text: String) -> String {
    var shown = String(
      String.UnicodeScalarView(
        text.unicodeScalars.prefix(60).map { SourcePolicy.isControl($0) ? "?" : $0 }))
    if text.unicodeScalars.count > 60 { shown += "…" }
    return shown
  }

  static func suggestionText(_ suggestion: String?, _ language: Language) -> String {
    guard let suggestion else { return "" }
    return language == .nl ? "; bedoelde u '\(suggestion)'?" : "; did you mean '\(suggestion)'?"
  }

  static func list(_ items: [String], conjunction: String) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
  }

  static func format(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }
}
