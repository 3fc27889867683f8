import DriehoekAnalysis
public import DriehoekComparison
import DriehoekModel

/// Writes a comparison as text for a terminal, in the style of `check`: a heading per executor,
/// one line per change (`file:line:col: gewijzigd opdracht …: budget: 1 → 2`), a moved role as
/// one line, then the executor's new and resolved findings as `check` writes them; a summary
/// line closes it.
public struct VergelijkingTextWriter: Sendable {
  /// Whether to colour the headings and marks with ANSI escapes.
  public var usesColour: Bool

  /// Creates a writer.
  public init(usesColour: Bool = false) {
    self.usesColour = usesColour
  }

  /// The text, ending in a newline.
  public func write(_ vergelijking: Vergelijking) -> String {
    let language = vergelijking.nieuw.report.language
    let words = VergelijkingWords(vergelijking: vergelijking, language: language)
    let findings = TextReportWriter(usesColour: usesColour)
    let safe = { (text: String) in TerminalText.sanitized(text) }
    var text = ""
    func add(_ line: String) {
      text += line
      text += "\n"
    }
    add(paint(safe(words.sides), "1"))
    add("")
    for group in VergelijkingGroups(vergelijking).groups {
      add(paint("== \(safe(words.heading(group.executor))) ==", "1"))
      for item in group.items {
        let place = item.location.map { safe("\($0.file):\($0.line):\($0.column): ") } ?? ""
        switch item {
        case .change(let change):
          let details = change.velden.isEmpty ? "" : ": " + words.details(change)
          add(
            place + paint(words.word(change.wat), colour(change.wat)) + " "
              + safe(words.subject(change) + details))
        case .move(let move):
          add(
            place + paint(language.pick("verplaatst", "moved"), "1;35") + " "
              + safe(words.move(move)))
        }
      }
      for finding in group.nieuw {
        add(
          paint(language.pick("nieuwe bevinding", "new finding"), "1;31") + ": "
            + findings.line(for: finding, in: vergelijking.nieuw.report))
      }
      for finding in group.opgelost {
        add(
          paint(language.pick("opgelost", "resolved"), "1;32") + ": "
            + findings.line(for: finding, in: vergelijking.oud.report))
      }
      add("")
    }
    if vergelijking.isEmpty {
      add(language.pick("Geen wijzigingen.", "No changes."))
    }
    add(paint(safe(words.summary), "1"))
    return text
  }

  private func colour(_ wat: WijzigingsSoort) -> String {
    switch wat {
    case .toegevoegd: "1;32"
    case .verwijderd: "1;31"
    case .gewijzigd: "1;33"
    }
  }

  private func paint(_ text: String, _ code: String) -> String {
    usesColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
