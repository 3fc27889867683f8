public import DriehoekAnalysis
public import DriehoekModel

/// What the document shows about one executor: its triangle, its opdrachten and afspraken, its
/// capacity and its findings.
public struct ExecutorSummary: Hashable, Sendable {
  /// The executor.
  public var organisation: Organisation
  /// Who holds which role over it on the peildatum.
  public var triangle: Triangle
  /// Every opdracht to the executor, in model order; see ``isActive(_:)``.
  public var opdrachten: [Opdracht]
  /// The ids of the opdrachten that run on the peildatum.
  public var activeOpdrachten: Set<ElementID>
  /// The afspraken valid on the peildatum that bind the executor or a unit of it, in model
  /// order.
  public var afspraken: [Afspraak]
  /// The open findings that belong to the executor, the most serious first.
  public var openFindings: [Finding]
  /// The accepted findings that belong to the executor, in report order.
  public var acceptedFindings: [Finding]

  /// Creates a summary.
  public init(
    organisation: Organisation, triangle: Triangle, opdrachten: [Opdracht],
    activeOpdrachten: Set<ElementID>, afspraken: [Afspraak], openFindings: [Finding],
    acceptedFindings: [Finding]
  ) {
    self.organisation = organisation
    self.triangle = triangle
    self.opdrachten = opdrachten
    self.activeOpdrachten = activeOpdrachten
    self.afspraken = afspraken
    self.openFindings = openFindings
    self.acceptedFindings = acceptedFindings
  }

  /// The executor's id.
  public var id: ElementID { organisation.id }

  /// Whether an opdracht runs on the peildatum.
  public func isActive(_ opdracht: Opdracht) -> Bool { activeOpdrachten.contains(opdracht.id) }

  /// The capacity the opdrachten running on the peildatum claim, in fte.
  public var claimedCapacity: Double {
    opdrachten.filter(isActive).compactMap(\.capacity).reduce(0, +)
  }

  /// The most serious severity among the open findings, or `nil` when none is open.
  public var highestSeverity: Severity? { openFindings.map(\.severity).max() }

  /// The number of open findings of a severity.
  public func openCount(_ severity: Severity) -> Int {
    openFindings.filter { $0.severity == severity }.count
  }

  /// The order of the document: the most serious executor first, that is by highest open
  /// severity, then by the number of open errors, warnings and infos, then by id.
  public static func severityOrder(_ lhs: ExecutorSummary, _ rhs: ExecutorSummary) -> Bool {
    func key(_ summary: ExecutorSummary) -> [Int] {
      [
        summary.highestSeverity.map(weight) ?? 0,
        summary.openCount(.fout), summary.openCount(.waarschuwing), summary.openCount(.info),
      ]
    }
    let left = key(lhs)
    let right = key(rhs)
    if left != right { return left.lexicographicallyPrecedes(right, by: >) }
    return lhs.id < rhs.id
  }

  private static func weight(_ severity: Severity) -> Int {
    switch severity {
    case .fout: 3
    case .waarschuwing: 2
    case .info: 1
    }
  }
}
