public import DriehoekModel

/// SD02 `meerdere-eigenaren`: two eigenaar roles of one executor with different holders hold on
/// at least one common day (any day, not only the peildatum).
///
/// A role holds on the days of its own `geldig` that its holder (and everything above the holder)
/// also exists. One finding per executor; `betreft`: the executor, then the holders involved,
/// sorted by id.
public struct MeerdereEigenaren: Rule {
  public let code = "SD02"
  public let slug = "meerdere-eigenaren"
  public let defaultSeverity = Severity.fout

  /// Creates the rule.
  public init() {}

  public func summary(in language: Language) -> String {
    language.pick(
      "Een uitvoerder heeft op dezelfde dag meer dan één eigenaar.",
      "An executor has more than one owner on the same day.")
  }

  public func waarom(in language: Language) -> String {
    language.pick(
      "Art. 6 lid 1 Regeling agentschappen 2024 vraagt precies één continuïteitsverantwoordelijke; "
        + "een uitvoerder met twee eigenaren (zoals de SVB) krijgt tegenstrijdige sturing.",
      "Art. 6(1) Regeling agentschappen 2024 requires exactly one continuity owner; an executor "
        + "with two owners (like the SVB) receives conflicting steering.")
  }

  public func waarom(in language: Language, for kind: OrganisationKind) -> String {
    switch ExecutorFamily(kind) {
    case .agentschap:
      return waarom(in: language)
    case .zbo:
      return language.pick(
        "De Kaderwet zbo legt de verantwoordelijkheid voor een zbo bij één minister; "
          + "een zbo met twee eigenaren (zoals de SVB) krijgt tegenstrijdige sturing.",
        "The Kaderwet zbo places the responsibility for a zbo with one minister; a zbo "
          + "with two owners (like the SVB) receives conflicting steering.")
    case .dienst:
      return language.pick(
        "Een dienst valt onder de eigen sturing van zijn ministerie; twee eigenaren "
          + "maken onduidelijk wie daar de continuïteit bewaakt.",
        "A dienst falls under its ministry's own steering; two owners make it unclear "
          + "who safeguards its continuity.")
    case .other:
      return language.pick(
        "Eén eigenaar per uitvoerder voorkomt tegenstrijdige sturing (zoals bij de SVB, "
          + "gestuurd door twee ministeries).",
        "One owner per executor prevents conflicting steering (as with the SVB, steered "
          + "by two ministries).")
    }
  }

  public func oplossing(in language: Language) -> String {
    language.pick(
      "Kies één eigenaar en maak de andere partij opdrachtgever, of laat de rollen in tijd "
        + "op elkaar aansluiten.",
      "Choose one owner and make the other party a principal, or make the roles follow each "
        + "other in time.")
  }

  /// - Complexity: O(*e* · *k*²) in executors and eigenaar roles per executor.
  public func findings(in context: AnalysisContext) -> [Finding] {
    context.executorEntries.compactMap { executor in
      let roles = context.roles(of: executor.id).filter { $0.kind == .eigenaar }
      var holders = Set<ElementID>()
      var firstDay: Day?
      var anchor: Role?
      for (offset, role) in roles.enumerated() {
        for other in roles[..<offset] where other.holder != role.holder {
          let left = Period.intersection(role.validity, context.effectivePeriod(of: role.holder))
          let right = Period.intersection(
            other.validity, context.effectivePeriod(of: other.holder))
          guard Period.overlap(left, right) else { continue }
          holders.formUnion([role.holder, other.holder])
          anchor = anchor ?? role
          if let day = Period.firstSharedDay(left, right) {
            firstDay = firstDay.map { min($0, day) } ?? day
          }
        }
      }
      guard !holders.isEmpty else { return nil }
      let sorted = holders.sorted()
      let since =
        firstDay.map {
          context.text(" (vanaf \($0))", " (from \($0))")
        } ?? ""
      return finding(
        in: context,
        message: context.text(
          "\(context.label(executor.id)) heeft tegelijk meer dan één eigenaar: "
            + "\(context.labels(sorted))\(since)",
          "\(context.label(executor.id)) has more than one owner at the same time: "
            + "\(context.labels(sorted))\(since)"),
        betreft: [executor.id] + sorted,
        location: anchor?.origin?.location(of: "houder") ?? executor.origin?.location,
        executor: executor.id)
    }
  }
}
