public import DriehoekModel

/// SD05 `rol-op-verkeerd-niveau`: for an `agentschap`, a role held at the wrong level.
///
/// The eigenaar must be a unit of kind `sg` or `psg`, an opdrachtgever a unit of kind `dg` or
/// `directie`, and the opdrachtnemer a unit inside the agentschap itself. An organisation as
/// holder is at the wrong level for all three. One finding per valid role; `betreft`: the
/// executor, then the holder.
public struct RolOpVerkeerdNiveau: Rule {
  public let code = "SD05"
  public let slug = "rol-op-verkeerd-niveau"
  public let defaultSeverity = Severity.waarschuwing

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "Bij een agentschap ligt een rol niet op het functieniveau dat de regeling noemt.",
      "For an agency, a role is not held at the function level the regulation names."),
    waarom: BilingualText(
      "Art. 1 Regeling agentschappen 2024 legt de eigenaar bij de (p)SG, de opdrachtgever bij "
        + "een DG of directeur en de opdrachtnemer bij de hoogste ambtenaar van het agentschap.",
      "Art. 1 Regeling agentschappen 2024 places the owner with the (deputy) SG, the principal "
        + "with a DG or director and the executor role with the agency's highest official."),
    oplossing: BilingualText(
      "Beleg de rol bij het juiste onderdeel (SG/pSG, DG/directie, of de top van het "
        + "agentschap), of leg vast waarom hiervan wordt afgeweken.",
      "Give the role to the right unit (SG/deputy SG, DG/directorate, or the agency's top), or "
        + "record why the model deviates."
    ))

  /// - Complexity: O(*r* · depth) in roles.
  public func findings(in context: AnalysisContext) -> [Finding] {
    context.executorEntries.filter { $0.kind == .agentschap }.flatMap { executor in
      context.roles(of: executor.id).filter { context.isValid($0) }
        .compactMap { role -> Finding? in
          let unit = context.index.unit(role.holder)
          let expected: String
          switch role.kind {
          case .eigenaar:
            guard let unit, [.sg, .psg].contains(unit.kind) else {
              expected = context.text("een SG of pSG", "an SG or deputy SG")
              break
            }
            return nil
          case .opdrachtgever:
            guard let unit, [.dg, .directie].contains(unit.kind) else {
              expected = context.text("een DG of directie", "a DG or directorate")
              break
            }
            return nil
          case .opdrachtnemer:
            guard unit == nil || !context.isInside(role.holder, executor.id) else { return nil }
            expected = context.text(
              "een onderdeel van \(context.label(executor.id)) zelf",
              "a unit of \(context.label(executor.id)) itself")
          }
          let roleWord = context.text(role.kind.rawValue, role.kind.englishWord)
          return finding(
            in: context,
            message: context.text(
              "\(roleWord) van agentschap \(context.label(executor.id)) is "
                + "\(context.label(role.holder)); verwacht \(expected)",
              "the \(roleWord) of agency \(context.label(executor.id)) is "
                + "\(context.label(role.holder)); expected \(expected)"),
            betreft: [executor.id, role.holder],
            location: role.origin?.location(of: "houder"), executor: executor.id)
        }
    }
  }
}
