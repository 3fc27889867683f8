/// What is wrong with a model file or a model value.
///
/// Each case has a stable ``code`` (a slug that tools and tests may rely on), a message and a hint
/// in Dutch and English (see `Problem+Messages.swift`).
public enum Problem: Hashable, Sendable {
  /// The file is not valid YAML (or JSON); `detail` is the parser's own description.
  case yamlSyntax(detail: String)
  /// The file is not valid UTF-8.
  case invalidEncoding
  /// The file holds no model at all.
  case emptyFile
  /// The file holds more than one YAML document.
  case multipleDocuments
  /// The file could not be read.
  case unreadableFile(path: String, reason: String)
  /// The file is larger than the limit.
  case fileTooLarge(bytes: Int, limit: Int)
  /// The file expands to more values than the limit (for instance through YAML aliases).
  case tooManyValues(limit: Int)
  /// The file's text, with every YAML alias written out, is larger than the limit (in bytes).
  case expandsTooLarge(limit: Int)
  /// A mapping key that is not a plain word (a list, a mapping or an alias) in a file with
  /// aliases.
  case complexKey
  /// More files are imported than the limit.
  case tooManyImports(limit: Int)
  /// Lists and mappings nested deeper than the limit; `alias` names the alias whose expansion
  /// passed it, if one did.
  case nestedTooDeeply(limit: Int, alias: String?)
  /// The files of one model together are larger than the limit.
  case modelTooLarge(bytes: Int, limit: Int)
  /// A key appears twice in one mapping.
  case duplicateKey(key: String)
  /// A value has the wrong type.
  case wrongType(key: String, expected: ValueType, found: ValueType)
  /// A key that the format does not know.
  case unknownKey(key: String, context: DiagnosticContext, suggestion: String?)
  /// A key without a value right after another key in a flow mapping: most likely the rest of
  /// the previous value, cut off at a comma (`{naam: DG Hoger Onderwijs, Beroepsonderwijs}`).
  case unquotedComma(key: String, previousKey: String, context: DiagnosticContext)
  /// A required key is missing.
  case missingKey(key: String, context: DiagnosticContext)
  /// A required value is empty.
  case emptyValue(key: String)
  /// A value outside a closed set (a `soort`, `rol`, `prioriteit`).
  case invalidValue(key: String, value: String, allowed: [String], suggestion: String?)
  /// A `rol` that names a coordinating principal (`coördinerend opdrachtgever`): coordinating
  /// is a mark on an opdrachtgever role (`coordinerend: true`), not a role of its own.
  case coordinatingRole(value: String)
  /// An id with characters other than ASCII letters, digits, `-`, `_` and `.`; `suggestion` is
  /// the id with accents taken off and other characters replaced, when that gives a valid id.
  case invalidID(id: String, suggestion: String?)
  /// An id defined twice; the note points at the first definition.
  case duplicateID(id: String, firstKind: ElementKind)
  /// Two ids that differ only in upper and lower case.
  case idsDifferOnlyInCase(id: String, other: String)
  /// A reference to an id that does not exist.
  case unknownReference(id: String, key: String, suggestion: String?)
  /// A reference to an id of the wrong kind.
  case wrongReferenceKind(
    id: String, key: String, found: ElementKind, expected: [ElementKind], suggestion: String?)
  /// Text that is not an ISO date, or a day that does not exist.
  case invalidDate(text: String, key: String)
  /// A period whose end lies before its start.
  case reversedPeriod(start: Day, end: Day)
  /// Text that is not a number.
  case invalidNumber(text: String, key: String)
  /// A negative number where only zero or more makes sense.
  case negativeNumber(key: String, value: Double)
  /// NaN or infinity.
  case nonFiniteNumber(key: String)
  /// An imported file that does not exist.
  case importNotFound(path: String)
  /// A file that imports itself, directly or through others.
  case importCycle(chain: [String])
  /// `onderdeel-van` names an organisation that is not a ministry (or the organisation itself);
  /// `ministries` lists some that are.
  case partOfNoMinistry(id: String, kind: String, ministries: [String])
  /// An accepted risk that names a rule code that does not exist.
  case unknownRule(code: String, suggestion: String?)
  /// A URL with a scheme other than http, https or mailto.
  case unsafeURL(url: String)
  /// A `bronnen` item that is neither an accepted address nor a short citation.
  case invalidSource(text: String, flaw: SourcePolicy.Flaw)
  /// An XML file that is not well-formed (import of an ArchiMate exchange file).
  case xmlSyntax(detail: String)
  /// Content of an ArchiMate exchange file that the import does not understand.
  case exchangeContent(detail: String)

  /// The stable code of the problem, a slug such as `onbekende-verwijzing`.
  public var code: String {
    switch self {
    case .yamlSyntax: "yaml-syntaxis"
    case .invalidEncoding: "geen-utf8"
    case .emptyFile: "leeg-bestand"
    case .multipleDocuments: "meerdere-documenten"
    case .unreadableFile: "onleesbaar-bestand"
    case .fileTooLarge: "bestand-te-groot"
    case .tooManyValues: "te-veel-waarden"
    case .expandsTooLarge: "ontvouwt-te-groot"
    case .complexKey: "complexe-sleutel"
    case .tooManyImports: "te-veel-imports"
    case .nestedTooDeeply: "te-diep-genest"
    case .modelTooLarge: "model-te-groot"
    case .duplicateKey: "dubbele-sleutel"
    case .wrongType: "verkeerd-type"
    case .unknownKey, .unquotedComma: "onbekende-sleutel"
    case .missingKey: "ontbrekende-sleutel"
    case .emptyValue: "lege-waarde"
    case .invalidValue, .coordinatingRole: "ongeldige-waarde"
    case .invalidID: "ongeldig-id"
    case .duplicateID: "dubbel-id"
    case .idsDifferOnlyInCase: "id-alleen-hoofdletters"
    case .unknownReference: "onbekende-verwijzing"
    case .wrongReferenceKind: "verkeerde-verwijzing"
    case .invalidDate: "ongeldige-datum"
    case .reversedPeriod: "periode-omgekeerd"
    case .invalidNumber: "ongeldig-getal"
    case .negativeNumber: "negatief-getal"
    case .nonFiniteNumber: "geen-eindig-getal"
    case .importNotFound: "import-ontbreekt"
    case .importCycle: "importcyclus"
    case .partOfNoMinistry: "verkeerde-verwijzing"
    case .unknownRule: "onbekende-regel"
    case .unsafeURL: "onveilige-url"
    case .invalidSource: "ongeldige-bron"
    case .xmlSyntax: "xml-syntaxis"
    case .exchangeContent: "archimate-inhoud"
    }
  }

  /// How serious the problem is: all are errors that make the model invalid, except the few that
  /// are only suspicious.
  public var severity: Severity {
    switch self {
    case .idsDifferOnlyInCase: .waarschuwing
    default: .fout
    }
  }
}
