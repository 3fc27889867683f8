public import DriehoekModel

/// One conflict the analysis found: which rule, how serious, about which ids, and where.
public struct Finding: Hashable, Sendable {
  /// The rule code, such as `SD01`.
  public var code: String
  /// The rule slug, such as `geen-eigenaar`.
  public var slug: String
  /// How serious the finding is.
  public var severity: Severity
  /// The message in the requested language; it names the parties by name and id.
  public var message: String
  /// The ids the finding is about, ordered as `shared/rules.md` prescribes.
  public var betreft: [ElementID]
  /// Where the element the finding is anchored to was written, if known.
  public var location: SourceLocation?
  /// Why the rule matters (one line).
  public var waarom: String
  /// How to resolve it (one line).
  public var oplossing: String
  /// The executor the finding belongs to first, for ordering; `nil` where none applies.
  public var executor: ElementID?
  /// Every executor the finding is grouped under, sorted.
  ///
  /// That is ``executor``, and for a finding about an opdracht or afspraak every executor that
  /// is party to it; empty where none applies.
  public var executors: [ElementID]
  /// The accepted risk that covers the finding; `nil` when the finding is open.
  public var acceptance: Acceptance?
  /// For a summary finding of ``FindingLimit``: how many findings of the rule for this executor
  /// it stands for; `nil` for an ordinary finding.
  public var summarisedCount: Int? = nil

  /// Creates a finding.
  public init(
    code: String, slug: String, severity: Severity, message: String, betreft: [ElementID],
    location: SourceLocation?, waarom: String, oplossing: String, executor: ElementID? = nil,
    executors: [ElementID]? = nil, acceptance: Acceptance? = nil
  ) {
    self.code = code
    self.slug = slug
    self.severity = severity
    self.message = message
    self.betreft = betreft
    self.location = location
    self.waarom = waarom
    self.oplossing = oplossing
    self.executor = executor ?? executors?.first
    if let executors {
      self.executors = (executors + (executor.map { [$0] } ?? [])).sortedUnique()
    } else {
      self.executors = executor.map { [$0] } ?? []
    }
    self.acceptance = acceptance
  }

  /// Whether the finding is grouped under the executor (see ``executors``).
  public func belongs(to executor: ElementID) -> Bool {
    executors.contains(executor)
  }

  /// Whether the finding is open, that is, not covered by a valid accepted risk.
  public var isOpen: Bool { acceptance == nil }
}
