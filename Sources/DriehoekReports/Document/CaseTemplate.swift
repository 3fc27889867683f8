import DriehoekAnalysis
import DriehoekModel

/// The message that several findings of one rule share, with the elements in which they differ
/// left as gaps: "opdracht … van … aan Uitvoerder 3 (uo3) valt op 2026-01-01 onder geen geldige
/// afspraak".
///
/// Print says the pattern once and gives each case only the elements that fill its gaps, in
/// order (docs/reports.md, "Print"). A template exists only when that loses nothing: every
/// finding's message is the pattern with its own labels put back in order, each label it differs
/// by stands exactly once in its message, and every id the finding concerns is named in it.
struct CaseTemplate: Equatable, Sendable {
  /// What stands in a gap of ``pattern``.
  static let gap = "…"

  /// The message the findings share, with ``gap`` where they differ.
  let pattern: String
  /// For each finding, in the order given, the ids that fill the gaps of ``pattern``, in order.
  let gaps: [[ElementID]]

  /// The template of findings of one rule, or `nil` when their messages differ by more than the
  /// elements they concern (amounts, dates, wording) or there are fewer than two.
  ///
  /// - Parameters:
  ///   - findings: the findings, of one rule.
  ///   - label: the label by which a message names an element (`"Name (id)"`, or the id).
  init?(_ findings: [Finding], label: (ElementID) -> String) {
    guard findings.count > 1 else { return nil }
    // What every finding concerns stays in the pattern as text; the rest are the gaps.
    var shared = Set(findings[0].betreft)
    for finding in findings.dropFirst() { shared.formIntersection(finding.betreft) }
    var pattern: String?
    var gaps: [[ElementID]] = []
    for finding in findings {
      guard let (own, ids) = Self.split(finding, shared: shared, label: label),
        pattern == nil || pattern == own
      else { return nil }
      pattern = own
      gaps.append(ids)
    }
    guard let pattern else { return nil }
    self.pattern = pattern
    self.gaps = gaps
  }

  /// One finding's message as a pattern and the ids of its gaps, or `nil` when it cannot be
  /// split without loss.
  private static func split(
    _ finding: Finding, shared: Set<ElementID>, label: (ElementID) -> String
  ) -> (String, [ElementID])? {
    let message = finding.message
    guard !message.contains(gap) else { return nil }
    var varying: [ElementID] = []
    for id in finding.betreft where !shared.contains(id) && !varying.contains(id) {
      varying.append(id)
    }
    guard !varying.isEmpty else { return nil }
    // Every shared id is named in the text that stays.
    for id in shared {
      let text = label(id)
      guard !text.isEmpty, message.contains(text) else { return nil }
    }
    // Every varying id is named exactly once; the places do not overlap.
    var places: [(range: Range<String.Index>, id: ElementID)] = []
    for id in varying {
      let text = label(id)
      guard !text.isEmpty, let range = message.firstRange(of: text),
        message[message.index(after: range.lowerBound)...].firstRange(of: text) == nil
      else { return nil }
      places.append((range, id))
    }
    places.sort { $0.range.lowerBound < $1.range.lowerBound }
    var pattern = ""
    var cursor = message.startIndex
    for place in places {
      guard place.range.lowerBound >= cursor else { return nil }
      pattern += message[cursor..<place.range.lowerBound]
      pattern += gap
      cursor = place.range.upperBound
    }
    pattern += message[cursor...]
    let ids = places.map(\.id)
    // Put back, the labels give the message again, character for character.
    guard filled(pattern, with: ids.map(label)) == message else { return nil }
    return (pattern, ids)
  }

  /// The pattern with its gaps filled by the given texts, in order.
  static func filled(_ pattern: String, with texts: [String]) -> String {
    var result = ""
    var remaining = texts[...]
    var cursor = pattern.startIndex
    while let range = pattern[cursor...].firstRange(of: gap) {
      result += pattern[cursor..<range.lowerBound]
      result += remaining.popFirst() ?? gap
      cursor = range.upperBound
    }
    return result + pattern[cursor...]
  }

  /// The message of the finding at `index`, as the pattern and its gaps give it back.
  func message(at index: Int, label: (ElementID) -> String) -> String {
    Self.filled(pattern, with: gaps[index].map(label))
  }
}
