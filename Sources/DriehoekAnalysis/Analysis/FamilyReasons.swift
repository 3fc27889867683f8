import DriehoekModel

/// A rule's reason for the executor families other than the agentschap, in Dutch and English.
///
/// Rules whose reason cites the Regeling agentschappen keep that reason as their
/// ``Rule/waarom(in:)`` and give a zbo, a dienst and any other executor theirs here.
struct FamilyReasons: Sendable {
  /// The reason for a zbo, in Dutch and English.
  let zbo: (dutch: String, english: String)
  /// The reason for a dienst or sso.
  let dienst: (dutch: String, english: String)
  /// The reason for any other executor.
  let other: (dutch: String, english: String)

  /// The reason for an executor of `kind` in `language`; `agentschap` for an agentschap.
  func waarom(
    in language: Language, for kind: OrganisationKind, agentschap: @autoclosure () -> String
  ) -> String {
    let texts: (dutch: String, english: String)
    switch ExecutorFamily(kind) {
    case .agentschap: return agentschap()
    case .zbo: texts = zbo
    case .dienst: texts = dienst
    case .other: texts = other
    }
    return language.pick(texts.dutch, texts.english)
  }
}
