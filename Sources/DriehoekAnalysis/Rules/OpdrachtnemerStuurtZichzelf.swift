public import DriehoekModel

/// SD07 `opdrachtnemer-stuurt-zichzelf`: the executor steers itself.
///
/// Fires when the holder of a valid eigenaar or opdrachtgever role is the executor itself or a
/// unit inside it (`betreft`: executor, holder); or when a person has a function in a unit of
/// kind `bestuur` inside the executor and also a function outside it in (or inside) a holder of
/// an eigenaar or opdrachtgever role over it (`betreft`: executor, holder, person). Severity
/// `fout` for zbo's, `waarschuwing` otherwise.
public struct OpdrachtnemerStuurtZichzelf: Rule {
  public let code = "SD07"
  public let slug = "opdrachtnemer-stuurt-zichzelf"
  public let defaultSeverity = Severity.waarschuwing

  /// Creates the rule.
  public init() {}

  public let texts = RuleTexts(
    summary: BilingualText(
      "De uitvoerder (of iemand uit zijn bestuur) is ook eigenaar of opdrachtgever van zichzelf.",
      "The executor (or someone on its board) is also its own owner or principal."),
    waarom: BilingualText(
      "De Kaderwet zbo (art. 9 en 16) scheidt de minister van het bestuur van het zbo; wie "
        + "zichzelf opdrachten geeft of beoordeelt, ontloopt die sturing.",
      "The Kaderwet zbo (art. 9 and 16) separates the minister from the body's board; an "
        + "executor that commissions or judges itself escapes that steering."),
    oplossing: BilingualText(
      "Beleg eigenaarschap en opdrachtgeverschap bij het ministerie, buiten de uitvoerder, en "
        + "voorkom dubbelfuncties tussen bestuur en sturend onderdeel.",
      "Place ownership and principalship in the ministry, outside the executor, and avoid dual "
        + "functions between the board and the steering unit."
    ))

  /// - Complexity: O(*e* · (*r* + *p* · *f*²)) in executors, roles, persons and functions.
  public func findings(in context: AnalysisContext) -> [Finding] {
    context.executorEntries.flatMap { executor -> [Finding] in
      let severity: Severity = executor.kind.isZBO ? .fout : .waarschuwing
      let steering = context.roles(of: executor.id).filter {
        [.eigenaar, .opdrachtgever].contains($0.kind) && context.isValid($0)
      }
      var result: [Finding] = []
      var seen = Set<[ElementID]>()
      for role in steering where context.isInside(role.holder, executor.id) {
        let betreft = [executor.id, role.holder]
        guard seen.insert(betreft).inserted else { continue }
        let roleWord = context.text(role.kind.rawValue, role.kind.englishWord)
        result.append(
          finding(
            in: context, severity: severity,
            message: context.text(
              "\(context.label(role.holder)) is \(roleWord) van zijn eigen organisatie "
                + "\(context.label(executor.id))",
              "\(context.label(role.holder)) is \(roleWord) of its own organisation "
                + "\(context.label(executor.id))"),
            betreft: betreft, location: role.origin?.location(of: "houder"),
            executor: executor.id))
      }
      let holders = Array(Set(steering.map(\.holder))).sorted()
      for person in context.persons(workingIn: executor.id) {
        let onBoard = person.functions.contains { function in
          context.index.unit(function)?.kind == .bestuur && context.isInside(function, executor.id)
        }
        guard onBoard else { continue }
        for holder in holders where !context.isInside(holder, executor.id) {
          let steers = person.functions.contains { function in
            !context.isInside(function, executor.id) && context.isInside(function, holder)
          }
          guard steers else { continue }
          result.append(
            finding(
              in: context, severity: severity,
              message: context.text(
                "\(context.label(person.id)) zit in het bestuur van "
                  + "\(context.label(executor.id)) en werkt ook bij "
                  + "\(context.label(holder)), dat de uitvoerder aanstuurt",
                "\(context.label(person.id)) sits on the board of "
                  + "\(context.label(executor.id)) and also works at "
                  + "\(context.label(holder)), which steers the executor"),
              betreft: [executor.id, holder, person.id], location: person.origin?.location,
              executor: executor.id))
        }
      }
      return result
    }
  }
}
