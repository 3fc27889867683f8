import DriehoekModel

/// A rule's reason for the executor families other than the agentschap, in Dutch and English.
///
/// Rules whose reason cites the Regeling agentschappen keep that reason as their
/// ``RuleTexts/waarom`` and give a zbo, a dienst and any other executor theirs here.
public struct FamilyReasons: Sendable {
  /// The reason for a zbo.
  public let zbo: BilingualText
  /// The reason for a dienst or sso.
  public let dienst: BilingualText
  /// The reason for any other executor.
  public let other: BilingualText

  /// Creates the reasons for a zbo, a dienst and any other executor.
  public init(zbo: BilingualText, dienst: BilingualText, other: BilingualText) {
    self.zbo = zbo
    self.dienst = dienst
    self.other = other
  }

  /// The reason for an executor of `kind` in `language`; `agentschap` for an agentschap.
  func waarom(
    in language: Language, for kind: OrganisationKind, agentschap: @autoclosure () -> String
  ) -> String {
    switch ExecutorFamily(kind) {
    case .agentschap: agentschap()
    case .zbo: zbo.text(in: language)
    case .dienst: dienst.text(in: language)
    case .other: other.text(in: language)
    }
  }
}
