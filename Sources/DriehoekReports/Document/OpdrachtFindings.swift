import DriehoekAnalysis
import DriehoekModel

/// The open findings of an executor that print shows in the row of the opdracht they concern,
/// not as lines of their own (docs/reports.md, "Print", round 11).
///
/// A finding goes into a row only when the row and one line under the table say everything its
/// card says: it is open and has a place in the model file; of the elements it concerns, one is
/// an opdracht of the executor and the others are that opdracht's opdrachtgever or the executor
/// itself; and its rule found at least two such opdrachten whose messages differ only in the
/// opdracht and its opdrachtgever (a ``CaseTemplate``), so that the line under the table gives the
/// message once with gaps and each row fills them. Every finding of the table stands in one file,
/// which that line names; otherwise no finding goes into a row.
struct OpdrachtFindings: Sendable {
  /// What fills a gap of a rule's message: the row's opdracht or its opdrachtgever.
  enum Gap: Sendable, Equatable {
    case opdracht
    case opdrachtgever
  }

  /// One rule (and severity) whose findings stand in the rows.
  struct Rule: Sendable {
    /// The rule's first finding in the list (its code, slug and severity).
    let first: Finding
    /// The message the findings share, with ``CaseTemplate/gap`` for what the row gives.
    let pattern: String
    /// What fills the gaps of ``pattern``, in order.
    let gaps: [Gap]
    /// The number of findings.
    let count: Int
  }

  /// The rules, in the order they first appear among the executor's open findings.
  let rules: [Rule]
  /// Per opdracht, its findings in the order of ``rules``.
  let byOpdracht: [ElementID: [Finding]]
  /// The file every finding in a row stands in.
  let file: String
  /// The findings the rows show; print leaves them out of the executor's list of findings.
  let shown: Set<Finding>

  /// The findings of an executor that its opdrachten table can show, or `nil` when there are none.
  ///
  /// - Parameters:
  ///   - executor: the executor.
  ///   - label: the label by which a message names an element (`"Name (id)"`, or the id).
  init?(_ executor: ExecutorSummary, label: (ElementID) -> String) {
    let opdrachten = Dictionary(
      executor.opdrachten.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    // The open findings about one opdracht of the table and nothing its row does not show.
    var order: [String] = []
    var candidates: [String: [(finding: Finding, opdracht: Opdracht)]] = [:]
    for finding in executor.openFindings where finding.location != nil {
      let concerned = finding.betreft.compactMap { opdrachten[$0] }
      guard concerned.count == 1, let opdracht = concerned.first else { continue }
      var allowed: Set<ElementID> = [opdracht.id, executor.id]
      if let opdrachtgever = opdracht.opdrachtgever { allowed.insert(opdrachtgever) }
      guard finding.betreft.allSatisfy(allowed.contains) else { continue }
      let key = "\(finding.code) \(finding.severity.rawValue)"
      if candidates[key] == nil { order.append(key) }
      candidates[key, default: []].append((finding, opdracht))
    }
    var rules: [Rule] = []
    var byOpdracht: [ElementID: [Finding]] = [:]
    var shown: Set<Finding> = []
    for key in order {
      guard let group = candidates[key], let first = group.first,
        Set(group.map(\.opdracht.id)).count == group.count,
        let template = CaseTemplate(group.map(\.finding), label: label),
        let gaps = Self.gaps(template, group.map(\.opdracht))
      else { continue }
      rules.append(
        Rule(first: first.finding, pattern: template.pattern, gaps: gaps, count: group.count))
      for (finding, opdracht) in group {
        byOpdracht[opdracht.id, default: []].append(finding)
        shown.insert(finding)
      }
    }
    let files = Set(shown.compactMap(\.location?.file))
    guard !rules.isEmpty, files.count == 1, let file = files.first else { return nil }
    self.rules = rules
    self.byOpdracht = byOpdracht
    self.file = file
    self.shown = shown
  }

  /// What fills each gap of a template, the same for every finding, or `nil` when a gap holds
  /// anything other than the row's opdracht or its opdrachtgever, or a row's opdracht is not in
  /// its gaps.
  private static func gaps(_ template: CaseTemplate, _ opdrachten: [Opdracht]) -> [Gap]? {
    var shape: [Gap]?
    for (ids, opdracht) in zip(template.gaps, opdrachten) {
      guard ids.contains(opdracht.id) else { return nil }
      var own: [Gap] = []
      for id in ids {
        if id == opdracht.id {
          own.append(.opdracht)
        } else if id == opdracht.opdrachtgever {
          own.append(.opdrachtgever)
        } else {
          return nil
        }
      }
      guard shape == nil || shape == own else { return nil }
      shape = own
    }
    return shape
  }
}
