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
  /// A key that the format does not know.
  case unknownKey(key: String, context: DiagnosticContext, suggestion: String?)
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
  /// A problem that only a reader outside the core can have (the loader's limits, YAML shapes
  /// and imports), with its code and texts.
  case reading(ReaderProblem)

  /// The stable code of the problem, a slug such as `onbekende-verwijzing`.
  public var code: String {
    switch self {
    case .yamlSyntax: "yaml-syntaxis"
    case .invalidEncoding: "geen-utf8"
    case .emptyFile: "leeg-bestand"
    case .multipleDocuments: "meerdere-documenten"
    case .unreadableFile: "onleesbaar-bestand"
    case .unknownKey: "onbekende-sleutel"
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
    case .partOfNoMinistry: "verkeerde-verwijzing"
    case .unknownRule: "onbekende-regel"
    case .unsafeURL: "onveilige-url"
    case .invalidSource: "ongeldige-bron"
    case .xmlSyntax: "xml-syntaxis"
    case .exchangeContent: "archimate-inhoud"
    case .reading(let problem): problem.code
    }
  }

  /// How serious the problem is: all are errors that make the model invalid, except the few that
  /// are only suspicious.
  public var severity: Severity {
    switch self {
    case .idsDifferOnlyInCase: .waarschuwing
    case .reading(let problem): problem.severity
    default: .fout
    }
  }
}
