import DriehoekAnalysis
public import DriehoekComparison
public import DriehoekModel

/// Writes a comparison as Markdown in the report's style.
///
/// The two sides and the counts, a
/// table of every change, and per executor that changed its diff diagram (an SVG file next to
/// the document, see ``DiffDiagram``), its changes and its new and resolved findings. Changes
/// carry a symbol (`+`, `−`, `~`, `↦` for a moved role) so that they read without colour.
public struct VergelijkingMarkdownWriter: Sendable {
  /// The day the document is made.
  public var generated: Day

  /// Creates a writer.
  public init(generated: Day) {
    self.generated = generated
  }

  /// The Markdown text; `diagramFiles` names the SVG file of each executor's diff diagram,
  /// relative to the document.
  public func write(_ vergelijking: Vergelijking, diagramFiles: [ElementID: String]) -> String {
    let language = vergelijking.nieuw.report.language
    let words = VergelijkingWords(vergelijking: vergelijking, language: language)
    let escape = { (text: String) in MarkdownText.escaped(text) }
    var lines: [String] = [
      "# " + escape(language.pick("Wat verandert: ", "What changes: ") + vergelijking.nieuw.naam),
      "",
      "- " + language.pick("**Oud:** ", "**Old:** ") + escape(side(vergelijking.oud, language)),
      "- " + language.pick("**Nieuw:** ", "**New:** ") + escape(side(vergelijking.nieuw, language)),
      "",
      escape(words.summary),
      "",
      "## " + language.pick("Wijzigingen", "Changes"),
      "",
    ]
    if vergelijking.wijzigingen.isEmpty {
      lines += [
        language.pick("Geen wijzigingen in de elementen.", "No changes to the elements."), "",
      ]
    } else {
      lines.append(
        "| "
          + [
            language.pick("Wat", "What"), language.pick("Soort", "Kind"), "Element",
            language.pick("Velden (oud → nieuw)", "Keys (old → new)"),
          ].joined(separator: " | ") + " |")
      lines.append("|---|---|---|---|")
      for change in vergelijking.wijzigingen {
        let cells = [
          VergelijkingHTMLWriter.symbol(change.wat) + " " + words.word(change.wat),
          words.kind(change.soort), words.element(change), words.details(change),
        ]
        lines.append("| " + cells.map { escape($0) }.joined(separator: " | ") + " |")
      }
      lines.append("")
    }
    for group in VergelijkingGroups(vergelijking).groups {
      lines += ["## " + escape(words.heading(group.executor)), ""]
      if let executor = group.executor, let file = diagramFiles[executor] {
        let alt =
          language.pick("Wijzigingen in de driehoek van ", "Changes in the triangle of ")
          + vergelijking.label(executor)
        lines += ["![" + escape(alt) + "](" + file.addingPercentSpaces() + ")", ""]
      }
      for item in group.items {
        switch item {
        case .change(let change):
          let details = change.velden.isEmpty ? "" : ": " + words.details(change)
          lines.append(
            "- " + VergelijkingHTMLWriter.symbol(change.wat) + " **" + words.word(change.wat)
              + "** "
              + escape(words.subject(change) + details))
        case .move(let move):
          lines.append(
            "- ↦ **" + language.pick("verplaatst", "moved") + "** " + escape(words.move(move)))
        }
      }
      if !group.items.isEmpty { lines.append("") }
      for (title, findings, report) in [
        (
          language.pick("Nieuwe bevindingen", "New findings"), group.nieuw,
          vergelijking.nieuw.report
        ),
        (
          language.pick("Opgeloste bevindingen", "Resolved findings"), group.opgelost,
          vergelijking.oud.report
        ),
      ] where !findings.isEmpty {
        lines += ["### " + title, ""]
        for finding in findings {
          lines.append(
            "- **\(finding.severity.word(in: language)) \(finding.code)** \(escape(finding.slug)): "
              + escape(finding.message) + " ["
              + escape(finding.betreft.map { report.label($0) }.joined(separator: ", ")) + "]")
        }
        lines.append("")
      }
    }
    lines.append(
      "_"
        + language.pick(
          "Gemaakt met driehoek vergelijk op \(DocumentFormat.day(generated, language)).",
          "Made with driehoek vergelijk on \(DocumentFormat.day(generated, language)).") + "_")
    return lines.joined(separator: "\n") + "\n"
  }

  private func side(_ kant: VergelijkingsKant, _ language: Language) -> String {
    "\(kant.naam), \(language.pick("peildatum", "reference date")) \(DocumentFormat.day(kant.peildatum, language))"
  }
}

extension String {
  fileprivate func addingPercentSpaces() -> String {
    var result = ""
    for scalar in unicodeScalars {
      switch scalar {
      case " ": result += "%20"
      case "(": result += "%28"
      case ")": result += "%29"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
