public import DriehoekModel

/// What only the loader finds wrong with a model file: its limits (size, values, nesting,
/// imports), the shapes of YAML it refuses (a key twice, a key that is no word, a value of the
/// wrong type) and its imports.
///
/// The core's ``Problem`` names what any reader of a model can meet; a loading problem reaches a
/// ``Diagnostic`` as ``Problem/reading(_:)`` through ``problem``, with the same code, message,
/// hint and severity (always an error) as before it moved here.
public enum LoadingProblem: Hashable, Sendable {
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
  /// A key without a value right after another key in a flow mapping: most likely the rest of
  /// the previous value, cut off at a comma (`{naam: DG Hoger Onderwijs, Beroepsonderwijs}`).
  case unquotedComma(key: String, previousKey: String, context: DiagnosticContext)
  /// An imported file that does not exist.
  case importNotFound(path: String)
  /// A file that imports itself, directly or through others.
  case importCycle(chain: [String])

  /// The stable code (a slug that tools and tests may rely on).
  public var code: String {
    switch self {
    case .fileTooLarge: "bestand-te-groot"
    case .tooManyValues: "te-veel-waarden"
    case .expandsTooLarge: "ontvouwt-te-groot"
    case .complexKey: "complexe-sleutel"
    case .tooManyImports: "te-veel-imports"
    case .nestedTooDeeply: "te-diep-genest"
    case .modelTooLarge: "model-te-groot"
    case .duplicateKey: "dubbele-sleutel"
    case .wrongType: "verkeerd-type"
    case .unquotedComma: "onbekende-sleutel"
    case .importNotFound: "import-ontbreekt"
    case .importCycle: "importcyclus"
    }
  }

  /// The problem as a diagnostic carries it.
  public var problem: Problem {
    .reading(
      ReaderProblem(
        code: code, message: (message(in: .nl), message(in: .en)),
        hint: hint(in: .nl).flatMap { dutch in hint(in: .en).map { (dutch, $0) } }))
  }
}

extension Diagnostic {
  /// A diagnostic of a loading problem.
  public init(
    _ problem: LoadingProblem, at location: SourceLocation?, snippet: String? = nil,
    notes: [Note] = []
  ) {
    self.init(problem.problem, at: location, snippet: snippet, notes: notes)
  }
}
