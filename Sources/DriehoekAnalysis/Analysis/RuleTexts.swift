public import DriehoekModel

/// A rule's fixed texts in Dutch and English, stated once as data: the one-line summary, the
/// reason (`waarom`) and the remedy (`oplossing`), and where the reason cites the Regeling
/// agentschappen, the reasons for the other executor families.
///
/// The default methods of ``Rule`` (``Rule/summary(in:)``, ``Rule/waarom(in:)``,
/// ``Rule/waarom(in:for:)`` and ``Rule/oplossing(in:)``) read these texts.
public struct RuleTexts: Sendable {
  /// A one-line description of when the rule fires.
  public let summary: BilingualText
  /// Why the rule matters; for an agentschap, and for every executor when ``familyReasons`` is
  /// `nil`.
  public let waarom: BilingualText
  /// How to resolve a finding.
  public let oplossing: BilingualText
  /// The reasons for a zbo, a dienst and any other executor, or `nil` when ``waarom`` serves
  /// them all.
  public let familyReasons: FamilyReasons?

  /// Creates the texts of a rule.
  public init(
    summary: BilingualText, waarom: BilingualText, oplossing: BilingualText,
    familyReasons: FamilyReasons? = nil
  ) {
    self.summary = summary
    self.waarom = waarom
    self.oplossing = oplossing
    self.familyReasons = familyReasons
  }

  /// The reason for an executor of `kind` in `language`.
  public func waarom(in language: Language, for kind: OrganisationKind) -> String {
    guard let familyReasons else { return waarom.text(in: language) }
    return familyReasons.waarom(in: language, for: kind, agentschap: waarom.text(in: language))
  }
}
