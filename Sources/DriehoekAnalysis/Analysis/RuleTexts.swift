public import DriehoekModel

/// A rule's fixed texts in Dutch and English, stated once as data: the one-line summary, the
/// reason (`waarom`) and the remedy (`oplossing`), and for a rule whose reason cites the Regeling
/// agentschappen, the reasons for the other executor families.
///
/// The default methods of ``Rule`` (``Rule/summary(in:)``, ``Rule/waarom(in:)``,
/// ``Rule/waarom(in:for:)`` and ``Rule/oplossing(in:)``) read these texts.
public struct RuleTexts: Sendable {
  /// A one-line description of when the rule fires.
  public let summary: BilingualText
  /// Why the rule matters: for every executor whose family has no reason of its own in
  /// ``familyReasons``.
  public let waarom: BilingualText
  /// How to resolve a finding.
  public let oplossing: BilingualText
  /// The reason for an executor family where it differs from ``waarom``: a rule whose reason
  /// cites the Regeling agentschappen gives a zbo the Kaderwet zbo and a dienst its ministry's
  /// own steering.
  public let familyReasons: [ExecutorFamily: BilingualText]

  /// Creates the texts of a rule.
  public init(
    summary: BilingualText, waarom: BilingualText, oplossing: BilingualText,
    familyReasons: [ExecutorFamily: BilingualText] = [:]
  ) {
    self.summary = summary
    self.waarom = waarom
    self.oplossing = oplossing
    self.familyReasons = familyReasons
  }

  /// The reason for an executor of `kind` in `language`: its family's, else ``waarom``.
  public func waarom(in language: Language, for kind: OrganisationKind) -> String {
    (familyReasons[ExecutorFamily(kind)] ?? waarom).text(in: language)
  }
}
