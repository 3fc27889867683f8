import DriehoekModel

/// The reason and hint of one rule's findings in the context's language, looked up once for all
/// of them rather than once per finding (a rule on a large model makes tens of thousands).
///
/// The reason depends on the kind of the finding's executor (``Rule/waarom(in:for:)``); the
/// last executor's reason is kept, as a rule's findings mostly come executor after executor.
struct FindingTexts {
  /// The rule's reason for a finding without an organisation as executor.
  let waarom: String
  /// The rule's hint.
  let oplossing: String
  /// The rule's reason by kind of executor, as the context worked them out.
  private let kindReasons: [OrganisationKind: String]?
  /// The last executor asked about and its reason.
  private var last: (executor: ElementID, waarom: String)?

  /// The texts of `rule` in `context`, as
  /// ``Rule/finding(in:severity:message:betreft:location:executor:)`` finds them.
  init(_ rule: some Rule, in context: AnalysisContext) {
    let language = context.language
    let texts =
      context.ruleTexts[rule.code]
      ?? (waarom: rule.waarom(in: language), oplossing: rule.oplossing(in: language))
    waarom = texts.waarom
    oplossing = texts.oplossing
    kindReasons = context.kindReasons[rule.code]
  }

  /// The reason for a finding whose executor is `executor`.
  mutating func reason(
    for executor: ElementID?, of rule: some Rule, in context: AnalysisContext
  ) -> String {
    guard let executor else { return waarom }
    if let last, last.executor == executor { return last.waarom }
    var reason = waarom
    if let kind = context.organisationKind(of: executor) {
      reason = kindReasons?[kind] ?? rule.waarom(in: context.language, for: kind)
    }
    last = (executor, reason)
    return reason
  }
}
