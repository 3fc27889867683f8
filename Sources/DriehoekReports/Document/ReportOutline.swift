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

  /// Builds the outline of a model and its analysis.
  /// - Complexity: O(*n* · *f*) in the model elements and findings.
  public init(model: Model, report: AnalysisReport) {
    let context = AnalysisContext(
      model: model, peildatum: report.peildatum, language: report.language)
    self.model = model
    self.report = report
    self.index = context.index
    let open = report.openFindings
    let accepted = report.acceptedFindings
    let executors = context.executors.map { organisation in
      let opdrachten = Array(context.opdrachten(of: organisation.id))
      return ExecutorSummary(
        organisation: organisation,
        triangle: report.triangles.first { $0.executor == organisation.id }
          ?? Triangle(
            executor: organisation.id, kind: organisation.kind, eigenaren: [], opdrachtgevers: [],
            opdrachtnemers: []),
        opdrachten: opdrachten,
        activeOpdrachten: Set(
          opdrachten.filter { $0.period.contains(report.peildatum) }.map(\.id)),
        afspraken: context.validAfspraken.filter {
          context.organisations(of: $0).contains(organisation.id)
        },
        openFindings: ReportOutline.bySeverity(open.filter { $0.belongs(to: organisation.id) }),
        acceptedFindings: accepted.filter { $0.belongs(to: organisation.id) })
    }
    .sorted(by: ExecutorSummary.severityOrder)
    self.executors = executors
    let executorIDs = Set(executors.map(\.id))
    otherFindings = ReportOutline.bySeverity(
      open.filter { finding in !finding.executors.contains(where: executorIDs.contains) })
    let reviewCodes: Set<String> = ["SD17", "SD18", "SD20"]
    risks = model.afwijkingen.map { afwijking in
      let expired = !context.isValid(afwijking)
      return AcceptedRisk(
        afwijking: afwijking, isExpired: expired,
        findings: report.findings.filter { finding in
          !reviewCodes.contains(finding.code) && context.afwijking(afwijking, matches: finding)
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
    parties = ReportOutline.parties(in: context, language: report.language)
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
    if executors.contains(where: { $0.id == id }) { return Self.executorAnchor(id) }
    if parties.contains(where: { $0.id == id }) { return "partij-" + Self.identifier(id) }
    if let opdracht = index.opdracht(id), let executor = opdracht.opdrachtnemer,
      executors.contains(where: { $0.id == executor })
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

  static func identifier(_ id: ElementID) -> String { DOTEscaping.identifier(id.rawValue) }
}
