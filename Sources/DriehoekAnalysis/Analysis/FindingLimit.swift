public import DriehoekModel

/// At most ``perExecutor`` findings of one rule for one executor; beyond it, one summary
/// finding that says how many more there are.
///
/// A rule that compares pairs can find millions (2,000 opdrachten of the highest priority from
/// 2,000 principals are two million SD12 pairs), which no reader can use and no report can
/// hold. The analyser applies the limit after every rule (``apply(_:rule:in:)``); a rule that
/// would build very many findings may stop building them at the limit and count the rest
/// (SD12 does), adding the summary itself with ``summary(rule:executor:omitted:severity:in:)``.
/// A model of 10,000 executors with 14 findings each is far below the limit.
public enum FindingLimit {
  /// The most findings of one rule for one executor (or for no executor).
  public static let perExecutor = 200

  /// The findings with every group (one executor) of more than ``perExecutor`` cut to its first
  /// ``perExecutor`` in the rule's order, followed by one summary finding.
  static func apply(_ findings: [Finding], rule: any Rule, in context: AnalysisContext)
    -> [Finding]
  {
    guard findings.count > perExecutor else { return findings }
    // Counted run by run: a rule's findings mostly come executor after executor, and a run of
    // one executor is hashed once rather than once per finding.
    var counts: [ElementID?: Int] = [:]
    var run: (executor: ElementID?, count: Int)?
    for finding in findings where finding.summarisedCount == nil {
      let executor = finding.executor
      if let current = run, current.executor == executor {
        run = (executor, current.count + 1)
        continue
      }
      if let current = run { counts[current.executor, default: 0] += current.count }
      run = (executor, 1)
    }
    if let current = run { counts[current.executor, default: 0] += current.count }
    guard counts.values.contains(where: { $0 > perExecutor }) else { return findings }
    var kept: [Finding] = []
    var taken: [ElementID?: Int] = [:]
    var omitted: [ElementID?: (count: Int, severity: Severity)] = [:]
    var order: [ElementID?] = []
    for finding in findings {
      let executor = finding.executor
      guard (counts[executor] ?? 0) > perExecutor else {
        kept.append(finding)
        continue
      }
      let extra = finding.summarisedCount ?? 0
      if extra == 0, taken[executor, default: 0] < perExecutor {
        taken[executor, default: 0] += 1
        kept.append(finding)
        continue
      }
      if omitted[executor] == nil { order.append(executor) }
      let previous = omitted[executor] ?? (0, finding.severity)
      omitted[executor] = (
        previous.count + max(extra, 1), max(previous.severity, finding.severity)
      )
    }
    for executor in order {
      guard let entry = omitted[executor] else { continue }
      kept.append(
        summary(
          rule: rule, executor: executor, omitted: entry.count, severity: entry.severity,
          in: context))
    }
    return kept
  }

  /// The finding that stands for `omitted` findings of the rule for the executor.
  public static func summary(
    rule: any Rule, executor: ElementID?, omitted: Int, severity: Severity,
    in context: AnalysisContext
  ) -> Finding {
    let place = executor.map {
      context.text(" bij \(context.label($0))", " for \(context.label($0))")
    }
    let texts =
      context.ruleTexts[rule.code]
      ?? (
        waarom: rule.waarom(in: context.language), oplossing: rule.oplossing(in: context.language)
      )
    var finding = Finding(
      code: rule.code, slug: rule.slug, severity: severity,
      message: context.text(
        "en nog \(omitted) bevindingen van \(rule.code)\(place ?? "") die niet afzonderlijk "
          + "worden getoond (ten hoogste \(perExecutor) per uitvoerder)",
        "and \(omitted) more findings of \(rule.code)\(place ?? "") that are not shown one by "
          + "one (at most \(perExecutor) per executor)"),
      betreft: executor.map { [$0] } ?? [],
      location: executor.flatMap { context.index.origin(of: $0)?.location },
      waarom: texts.waarom, oplossing: texts.oplossing, executor: executor)
    finding.summarisedCount = omitted
    return finding
  }
}
