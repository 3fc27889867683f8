/// A problem with a model file or model value, located where it stands.
///
/// Diagnostics are values: the loader and ``Model/validate(options:)`` return them, and only the
/// command-line tool prints them. ``description`` formats one compiler-style:
///
/// ```
/// svb.yaml:12:7: fout: onbekende verwijzing 'szw-dgz' in 'houder'; bedoelde u 'szw-dgsz'?
///     houder: szw-dgz
///             ^
/// ```
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public var problem: Problem
  /// Where it is wrong, if known.
  public var location: SourceLocation?
  /// The source line and a caret under the column, if the text is known.
  public var snippet: String?
  /// Further places that help to understand the problem (the first definition of a duplicate).
  public var notes: [Note]

  /// A further place related to a diagnostic.
  public struct Note: Hashable, Sendable {
    /// The Dutch text of the note.
    public var dutch: String
    /// The English text of the note.
    public var english: String
    /// Where the note points.
    public var location: SourceLocation?

    /// Creates a note.
    public init(dutch: String, english: String, location: SourceLocation?) {
      self.dutch = dutch
      self.english = english
      self.location = location
    }
  }

  /// Creates a diagnostic.
  public init(
    _ problem: Problem, at location: SourceLocation?, snippet: String? = nil, notes: [Note] = []
  ) {
    self.problem = problem
    self.location = location
    self.snippet = snippet
    self.notes = notes
  }

  /// How serious the problem is.
  public var severity: Severity { problem.severity }

  /// The stable code of the problem.
  public var code: String { problem.code }

  /// The message in the given language.
  public func message(in language: Language = .nl) -> String { problem.message(in: language) }

  /// The diagnostic as a compiler would print it, in Dutch.
  public var description: String { formatted(in: .nl) }

  /// The diagnostic as a compiler would print it: location, severity, message; then the source
  /// line with a caret, the hint and the notes.
  public func formatted(in language: Language) -> String {
    var lines: [String] = []
    let prefix = location.map { "\($0): " } ?? ""
    lines.append("\(prefix)\(severity.word(in: language)): \(message(in: language))")
    if let snippet {
      lines.append(
        contentsOf: snippet.split(separator: "\n", omittingEmptySubsequences: false)
          .map { "    \($0)" })
    }
    if let hint = problem.hint(in: language) {
      lines.append("    \(language.pick("oplossing", "fix")): \(hint)")
    }
    for note in notes {
      let place = note.location.map { "\($0): " } ?? ""
      lines.append(
        "\(place)\(language.pick("opmerking", "note")): \(language.pick(note.dutch, note.english))"
      )
    }
    return lines.joined(separator: "\n")
  }
}

extension Collection<Diagnostic> {
  /// Whether any diagnostic is an error, which makes the model invalid.
  public var containsErrors: Bool { contains { $0.severity == .fout } }
}
