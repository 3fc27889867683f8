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

  public let texts = RuleTexts(
    summary: BilingualText(
      "Een uitvoerder heeft op dezelfde dag meer dan één eigenaar.",
      "An executor has more than one owner on the same day."),
    waarom: BilingualText(
      "Art. 6 lid 1 Regeling agentschappen 2024 vraagt precies één continuïteitsverantwoordelijke; "
        + "een uitvoerder met twee eigenaren (zoals de SVB) krijgt tegenstrijdige sturing.",
      "Art. 6(1) Regeling agentschappen 2024 requires exactly one continuity owner; an executor "
        + "with two owners (like the SVB) receives conflicting steering."),
    oplossing: BilingualText(
      "Kies één eigenaar en maak de andere partij opdrachtgever, of laat de rollen in tijd "
        + "op elkaar aansluiten.",
      "Choose one owner and make the other party a principal, or make the roles follow each "
        + "other in time."),
    familyReasons: [
      .zbo: BilingualText(
        "De Kaderwet zbo legt de verantwoordelijkheid voor een zbo bij één minister; "
          + "een zbo met twee eigenaren (zoals de SVB) krijgt tegenstrijdige sturing.",
        "The Kaderwet zbo places the responsibility for a zbo with one minister; a zbo "
          + "with two owners (like the SVB) receives conflicting steering."),
      .dienst: BilingualText(
        "Een dienst valt onder de eigen sturing van zijn ministerie; twee eigenaren "
          + "maken onduidelijk wie daar de continuïteit bewaakt.",
        "A dienst falls under its ministry's own steering; two owners make it unclear "
          + "who safeguards its continuity."),
      .other: BilingualText(
        "Eén eigenaar per uitvoerder voorkomt tegenstrijdige sturing (zoals bij de SVB, "
          + "gestuurd door twee ministeries).",
        "One owner per executor prevents conflicting steering (as with the SVB, steered "
          + "by two ministries)."),
    ])

  /// - Complexity: O(*e* · *k* log² *k*) in executors and eigenaar roles per executor
  ///   (``HolderOverlaps``; the pairwise loop was O(*k*²)).
  public func findings(in context: AnalysisContext) -> [Finding] {
    context.executorEntries.compactMap { executor in
      let roles = context.roles(of: executor.id).filter { $0.kind == .eigenaar }
      // Each role's days: its own validity within its holder's; a reversed one holds on none.
      let entries = roles.map { role -> HolderOverlaps.Entry? in
        let days = Period.intersection(role.validity, context.effectivePeriod(of: role.holder))
        if days?.isReversed == true { return nil }
        return HolderOverlaps.Entry(
          start: days?.start?.ordinal ?? .min, end: days?.end?.ordinal ?? .max,
          holder: role.holder)
      }
      let valid = entries.compactMap { $0 }
      guard valid.count > 1 else { return nil }
      let overlaps = HolderOverlaps(valid)
      // The holders of roles that share a day with a role of another holder.
      var holders = Set<ElementID>()
      // The first day two roles of different holders share (a pair open at the start has none).
      var firstDay: Day?
      for entry in valid where overlaps.overlapsOtherHolder(entry) {
        holders.insert(entry.holder)
        if entry.start != .min, overlaps.sharesStartWithEarlierOtherHolder(entry) {
          let day = Day(ordinal: entry.start)
          firstDay = firstDay.map { min($0, day) } ?? day
        }
      }
      guard !holders.isEmpty else { return nil }
      // The anchor: the first role (in model order) that overlaps an earlier role of another
      // holder, that is, the shortest prefix of the roles that holds such a pair.
      var low = 1
      var high = entries.count - 1
      while low < high {
        let middle = (low + high) / 2
        if HolderOverlaps(entries[...middle].compactMap { $0 }).hasOverlap {
          high = middle
        } else {
          low = middle + 1
        }
      }
      let anchor: Role? = roles[low]
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
