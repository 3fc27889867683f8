public import DriehoekModel

/// One conflict the analysis found: which rule, how serious, about which ids, and where.
///
/// A finding is a value: two findings with the same fields are equal, and changing a field of
/// one copy leaves the others as they were. Its fields are held in one shared, immutable
/// storage, so copying a finding (sorting, grouping, filtering the findings of a large model)
/// costs one reference count rather than one per text and list; setting a field gives the
/// finding a storage of its own.
public struct Finding: Hashable, Sendable {
  /// The fields, shared by every copy of this finding.
  var storage: Storage

  /// The rule code, such as `SD01`.
  public var code: String {
    get { storage.fields.code }
    set { change { $0.code = newValue } }
  }
  /// The rule slug, such as `geen-eigenaar`.
  public var slug: String {
    get { storage.fields.slug }
    set { change { $0.slug = newValue } }
  }
  /// How serious the finding is.
  public var severity: Severity {
    get { storage.fields.severity }
    set { change { $0.severity = newValue } }
  }
  /// The message in the requested language; it names the parties by name and id.
  public var message: String {
    get { storage.fields.message }
    set { change { $0.message = newValue } }
  }
  /// The ids the finding is about, ordered as `shared/rules.md` prescribes.
  public var betreft: [ElementID] {
    get { storage.fields.betreft }
    set { change { $0.betreft = newValue } }
  }
  /// Where the element the finding is anchored to was written, if known.
  public var location: SourceLocation? {
    get { storage.fields.location }
    set { change { $0.location = newValue } }
  }
  /// Why the rule matters (one line).
  public var waarom: String {
    get { storage.fields.waarom }
    set { change { $0.waarom = newValue } }
  }
  /// How to resolve it (one line).
  public var oplossing: String {
    get { storage.fields.oplossing }
    set { change { $0.oplossing = newValue } }
  }
  /// The executor the finding belongs to first, for ordering; `nil` where none applies.
  public var executor: ElementID? {
    get { storage.fields.executor }
    set { change { $0.executor = newValue } }
  }
  /// Every executor the finding is grouped under, sorted.
  ///
  /// That is ``executor``, and for a finding about an opdracht or afspraak every executor that
  /// is party to it; empty where none applies.
  public var executors: [ElementID] {
    get { storage.fields.executors }
    set { change { $0.executors = newValue } }
  }
  /// The accepted risk that covers the finding; `nil` when the finding is open.
  public var acceptance: Acceptance? {
    get { storage.fields.acceptance }
    set { change { $0.acceptance = newValue } }
  }
  /// For a summary finding of ``FindingLimit``: how many findings of the rule for this executor
  /// it stands for; `nil` for an ordinary finding.
  public var summarisedCount: Int? {
    get { storage.fields.summarisedCount }
    set { change { $0.summarisedCount = newValue } }
  }

  /// Creates a finding.
  public init(
    code: String, slug: String, severity: Severity, message: String, betreft: [ElementID],
    location: SourceLocation?, waarom: String, oplossing: String, executor: ElementID? = nil,
    executors: [ElementID]? = nil, acceptance: Acceptance? = nil
  ) {
    let grouped: [ElementID]
    if let executors {
      grouped = (executors + (executor.map { [$0] } ?? [])).sortedUnique()
    } else {
      grouped = executor.map { [$0] } ?? []
    }
    storage = Storage(
      Fields(
        code: code, slug: slug, severity: severity, message: message, betreft: betreft,
        location: location, waarom: waarom, oplossing: oplossing,
        executor: executor ?? executors?.first, executors: grouped, acceptance: acceptance,
        summarisedCount: nil))
  }

  /// Whether the finding is grouped under the executor (see ``executors``).
  public func belongs(to executor: ElementID) -> Bool {
    storage.fields.executors.contains(executor)
  }

  /// Whether the finding is open, that is, not covered by a valid accepted risk.
  public var isOpen: Bool { storage.fields.acceptance == nil }
}
