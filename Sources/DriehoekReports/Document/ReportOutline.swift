public import DriehoekAnalysis
public import DriehoekDiagram
public import DriehoekModel

/// The content of the report document, independent of its format: the executors ordered by
/// severity with everything their sections show, the findings that belong to no executor, the
/// accepted risks, the index of parties and the anchors that link them.
///
/// The HTML and Markdown writers render an outline; the command line uses ``anchor(for:)`` to
/// link the cards of the diagrams to the sections, so both agree on every link target.
public struct ReportOutline: Sendable {
  /// The model.
  public let model: Model
  /// The analysis of the model on the peildatum.
  public let report: AnalysisReport
  /// Every executor valid on the peildatum, the most serious first
  /// (``ExecutorSummary/severityOrder(_:_:)``).
  public let executors: [ExecutorSummary]
  /// The open findings that belong to no executor in ``executors``, the most serious first.
  public let otherFindings: [Finding]
  /// Every afwijking of the model, in model order.
  public let risks: [AcceptedRisk]
  /// The units and organisations that take part, by organisation and name.
  public let parties: [PartyEntry]
  /// Every distinct `bronnen` item of the model with the elements that cite it, in order of
  /// first mention; empty when the model gives none (and the document then has no appendix).
  public let sources: [SourceEntry]
  /// The executor section in which each afspraak is listed first (and gets its anchor).
  let afspraakHome: [ElementID: ElementID]
  let index: ModelIndex
  /// The SD12 clashes of the report as pairs of opdrachten, by executor, in report order (as
  /// ``Timeline/clashPairs(_:of:)`` gives them), for the timelines.
  let clashPairs: [ElementID: [(ElementID, ElementID)]]
  /// The ids of ``executors`` and ``parties``, for ``anchor(for:)``.
  let executorIDs: Set<ElementID>
  let partyIDs: Set<ElementID>

  /// Builds the outline of a model and its analysis.
  ///
  /// `index` is the model's index when the caller has built it; `nil` builds one here.
  /// - Complexity: about linear in the model elements and findings.
  public init(model: Model, report: AnalysisReport, index: ModelIndex? = nil) {
    let context = AnalysisContext(
      model: model, peildatum: report.peildatum, language: report.language, index: index)
    self.model = model
    self.report = report
    self.index = context.index
    let open = report.openFindings
    let accepted = report.acceptedFindings
    // Indexed once, then walked: a lookup per executor or per accepted risk would make the
    // document quadratic in the executors and findings.
    var triangles: [ElementID: Triangle] = [:]
    for triangle in report.triangles where triangles[triangle.executor] == nil {
      triangles[triangle.executor] = triangle
    }
    let openByExecutor = ReportOutline.byExecutor(open)
    let acceptedByExecutor = ReportOutline.byExecutor(accepted)
    let executors = context.executors.map { organisation in
      let opdrachten = Array(context.opdrachten(of: organisation.id))
      return ExecutorSummary(
        organisation: organisation,
        triangle: triangles[organisation.id]
          ?? Triangle(
            executor: organisation.id, kind: organisation.kind, eigenaren: [], opdrachtgevers: [],
            opdrachtnemers: []),
        opdrachten: opdrachten,
        activeOpdrachten: Set(
          opdrachten.filter { $0.period.contains(report.peildatum) }.map(\.id)),
        afspraken: context.validAfspraken(withPartyIn: organisation.id),
        openFindings: ReportOutline.bySeverity(
          (openByExecutor[organisation.id] ?? []).map { open[$0] }),
        acceptedFindings: (acceptedByExecutor[organisation.id] ?? []).map { accepted[$0] })
    }
    .sorted(by: ExecutorSummary.severityOrder)
    self.executors = executors
    let executorIDs = Set(executors.map(\.id))
    self.executorIDs = executorIDs
    otherFindings = ReportOutline.bySeverity(
      open.filter { finding in !finding.executors.contains(where: executorIDs.contains) })
    let reviewCodes: Set<String> = ["SD17", "SD18", "SD20"]
    // The findings of a rule, and of a rule and one id they concern, in report order: an
    // accepted risk can match only those of its rule that concern its first id.
    var byCode: [String: [Int]] = [:]
    var byCodeAndID: [String: [ElementID: [Int]]] = [:]
    for (position, finding) in report.findings.enumerated()
    where !reviewCodes.contains(finding.code) {
      byCode[finding.code, default: []].append(position)
      for id in finding.betreft where byCodeAndID[finding.code]?[id]?.last != position {
        byCodeAndID[finding.code, default: [:]][id, default: []].append(position)
      }
    }
    risks = model.afwijkingen.map { afwijking in
      let expired = !context.isValid(afwijking)
      let candidates =
        afwijking.betreft.first.map { byCodeAndID[afwijking.rule]?[$0] ?? [] }
        ?? byCode[afwijking.rule] ?? []
      return AcceptedRisk(
        afwijking: afwijking, isExpired: expired,
        findings: candidates.map { report.findings[$0] }.filter { finding in
          context.afwijking(afwijking, matches: finding)
            && (expired ? finding.isOpen : !finding.isOpen)
        })
    }
    var home: [ElementID: ElementID] = [:]
    for executor in executors {
      for afspraak in executor.afspraken where home[afspraak.id] == nil {
        home[afspraak.id] = executor.id
      }
    }
    afspraakHome = home
    var clashes: [ElementID: [(ElementID, ElementID)]] = [:]
    for finding in report.findings where finding.code == "SD12" && finding.betreft.count == 3 {
      clashes[finding.betreft[0], default: []].append((finding.betreft[1], finding.betreft[2]))
    }
    clashPairs = clashes
    parties = ReportOutline.parties(in: context, language: report.language)
    partyIDs = Set(parties.map(\.id))
    sources = ReportOutline.sources(of: model, index: context.index, language: report.language)
  }

  /// The language of the document.
  public var language: Language { report.language }

  /// The views the document shows: the sturingsmatrix, the landscape, then each executor's
  /// triangle in document order.
  public var diagramViews: [View] { [.matrix, .landschap] + executors.map { .driehoek($0.id) } }

  /// The anchor (HTML id) of an element's place in the document: an executor's section, a
  /// party's row in the index, an opdracht's or afspraak's row; `nil` when the document has no
  /// place for it.
  public func anchor(for id: ElementID) -> String? {
    if executorIDs.contains(id) { return Self.executorAnchor(id) }
    if partyIDs.contains(id) { return "partij-" + Self.identifier(id) }
    if let opdracht = index.opdracht(id), let executor = opdracht.opdrachtnemer,
      executorIDs.contains(executor)
    {
      return "opdracht-" + Self.identifier(id)
    }
    if afspraakHome[id] != nil { return "afspraak-" + Self.identifier(id) }
    return nil
  }

  /// The anchor of an executor's section, such as `uitvoerder-svb`.
  public static func executorAnchor(_ id: ElementID) -> String {
    "uitvoerder-" + identifier(id)
  }

  /// `"Name (id)"`, or the id when the element has no other name.
  public func label(_ id: ElementID) -> String {
    let name = index.name(of: id)
    return name == id.rawValue ? id.rawValue : "\(name) (\(id.rawValue))"
  }

  /// The name of an element, or its id.
  public func name(_ id: ElementID) -> String { index.name(of: id) }

  /// The distinct opdrachtgevers over all executors on the peildatum.
  public var principalCount: Int {
    Set(executors.flatMap { $0.triangle.opdrachtgevers.map(\.id) }).count
  }

  /// The findings with the most serious first, in report order within a severity.
  static func bySeverity(_ findings: [Finding]) -> [Finding] {
    findings.enumerated().sorted { lhs, rhs in
      lhs.element.severity != rhs.element.severity
        ? lhs.element.severity > rhs.element.severity : lhs.offset < rhs.offset
    }
    .map(\.element)
  }

  /// For each executor, the positions of the findings that belong to it, in order.
  static func byExecutor(_ findings: [Finding]) -> [ElementID: [Int]] {
    var positions: [ElementID: [Int]] = [:]
    for (position, finding) in findings.enumerated() {
      for executor in finding.executors where positions[executor]?.last != position {
        positions[executor, default: []].append(position)
      }
    }
    return positions
  }

  static func identifier(_ id: ElementID) -> String { DOTEscaping.identifier(id.rawValue) }
}
