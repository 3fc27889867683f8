public import DriehoekModel

/// Generates large, realistic, valid models for benchmarks; the same seed gives the same model.
///
/// Twelve ministries with a secretary-general and five DGs of three directorates each; every
/// executor (an agency, ZBO or service with a board and two directorates) has an eigenaar at its
/// ministry, two to four opdrachtgevers at DGs across ministries, and two or three assignments
/// per opdrachtgever with periods, priorities, capacity, costs and budgets; every executor has a
/// working agreement, every tenth an accepted risk.
///
/// For stress tests, ``informalAssignments`` adds to every executor that many opdrachten from a
/// DG that holds no opdrachtgever role over it, under no afspraak: each gives an SD19
/// (`opdracht-zonder-opdrachtgeversrol`) and an SD09 (`opdracht-zonder-afspraak`) finding, so
/// 10,000 executors with 5 each have well over 100,000 open findings. With 0 (the default) the
/// model is the one earlier versions generated.
public struct ModelGenerator: Sendable {
  /// The number of executors.
  public var executorCount: Int
  /// The seed of the random choices.
  public var seed: UInt64
  /// Opdrachten per executor from a DG without an opdrachtgever role, under no afspraak.
  public var informalAssignments: Int

  static let ministryCount = 12
  static let dgCount = 5

  /// Creates a generator.
  public init(executorCount: Int, seed: UInt64 = 1, informalAssignments: Int = 0) {
    self.executorCount = max(0, executorCount)
    self.seed = seed
    self.informalAssignments = max(0, informalAssignments)
  }

  /// The generated model.
  ///
  /// - Complexity: O(*n*) in the number of executors.
  public func model() -> Model {
    var random = Random(seed: seed)
    var model = Model(name: "Gegenereerd model (\(executorCount) uitvoerders)")
    model.peildatum = Day(year: 2026, month: 1, day: 1)
    model.organisations = ministries()
    for executor in 0..<executorCount {
      add(executor: executor, to: &model, random: &random)
    }
    return model
  }

  /// The generated model as compact YAML: one line per element, in flow style.
  ///
  /// Loads back to ``model()``. Written directly rather than through ``ModelWriter`` because
  /// the Yams encoder behind the latter takes quadratic time on lists of tens of thousands of
  /// elements.
  ///
  /// - Complexity: O(*n*) in the number of executors.
  public func yaml() -> String {
    let model = model()
    let informal = informalAssignments > 0 ? " --informele-opdrachten \(informalAssignments)" : ""
    var out =
      "# Gegenereerd door `driehoek genereer --uitvoerders \(executorCount) --seed \(seed)\(informal)`.\n"
    out += "naam: \(Self.quoted(model.name))\n"
    if let peildatum = model.peildatum { out += "peildatum: \(peildatum)\n" }
    out += "organisaties:\n"
    for organisation in model.organisations {
      var fields = [
        "id: \(Self.quoted(organisation.id.rawValue))", "naam: \(Self.quoted(organisation.name))",
        "soort: \(organisation.kind.rawValue)",
      ]
      if let capacity = organisation.capacity {
        fields.append("capaciteit: \(Self.number(capacity))")
      }
      if let validity = organisation.validity { fields.append("geldig: \(Self.period(validity))") }
      if !organisation.units.isEmpty {
        fields.append("onderdelen: \(Self.units(organisation.units))")
      }
      out += "  - {\(fields.joined(separator: ", "))}\n"
    }
    out += "rollen:\n"
    for role in model.roles {
      var fields = [
        "rol: \(role.kind.rawValue)", "houder: \(Self.quoted(role.holder.rawValue))",
        "van: \(Self.quoted(role.executor.rawValue))",
      ]
      if role.isCoordinating { fields.append("coordinerend: true") }
      if let validity = role.validity { fields.append("geldig: \(Self.period(validity))") }
      out += "  - {\(fields.joined(separator: ", "))}\n"
    }
    out += "opdrachten:\n"
    for opdracht in model.opdrachten {
      var fields = [
        "id: \(Self.quoted(opdracht.id.rawValue))", "naam: \(Self.quoted(opdracht.name))",
      ]
      if let id = opdracht.opdrachtgever {
        fields.append("opdrachtgever: \(Self.quoted(id.rawValue))")
      }
      if let id = opdracht.opdrachtnemer {
        fields.append("opdrachtnemer: \(Self.quoted(id.rawValue))")
      }
      if let value = opdracht.capacity { fields.append("capaciteit: \(Self.number(value))") }
      if let value = opdracht.cost { fields.append("kosten: \(Self.number(value))") }
      if let value = opdracht.budget { fields.append("budget: \(Self.number(value))") }
      if let priority = opdracht.priority { fields.append("prioriteit: \(priority.rawValue)") }
      if let period = opdracht.period { fields.append("periode: \(Self.period(period))") }
      if let id = opdracht.afspraak { fields.append("afspraak: \(Self.quoted(id.rawValue))") }
      out += "  - {\(fields.joined(separator: ", "))}\n"
    }
    out += "afspraken:\n"
    for afspraak in model.afspraken {
      var fields = ["id: \(Self.quoted(afspraak.id.rawValue))", "soort: \(afspraak.kind.rawValue)"]
      if let name = afspraak.name { fields.append("naam: \(Self.quoted(name))") }
      let parties = afspraak.parties.map { Self.quoted($0.rawValue) }.joined(separator: ", ")
      fields.append("partijen: [\(parties)]")
      if let period = afspraak.period { fields.append("periode: \(Self.period(period))") }
      out += "  - {\(fields.joined(separator: ", "))}\n"
    }
    out += "afwijkingen:\n"
    for afwijking in model.afwijkingen {
      let betreft = afwijking.betreft.map { Self.quoted($0.rawValue) }.joined(separator: ", ")
      var fields = [
        "regel: \(afwijking.rule)", "betreft: [\(betreft)]",
        "reden: \(Self.quoted(afwijking.reason))",
        "verantwoordelijke: \(Self.quoted(afwijking.verantwoordelijke.rawValue))",
      ]
      if let until = afwijking.until { fields.append("tot: \(until)") }
      out += "  - {\(fields.joined(separator: ", "))}\n"
    }
    return out
  }

  private static func units(_ units: [Unit]) -> String {
    let items = units.map { unit in
      var fields = [
        "id: \(quoted(unit.id.rawValue))", "naam: \(quoted(unit.name))",
        "soort: \(unit.kind.rawValue)",
      ]
      if let validity = unit.validity { fields.append("geldig: \(period(validity))") }
      if !unit.units.isEmpty { fields.append("onderdelen: \(Self.units(unit.units))") }
      return "{\(fields.joined(separator: ", "))}"
    }
    return "[\(items.joined(separator: ", "))]"
  }

  private static func period(_ period: Period) -> String {
    var fields: [String] = []
    if let start = period.start { fields.append("van: \(start)") }
    if let end = period.end { fields.append("tot: \(end)") }
    return "{\(fields.joined(separator: ", "))}"
  }

  private static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }

  /// A YAML scalar: plain for words, digits, spaces, dots and dashes; double-quoted otherwise.
  private static func quoted(_ text: String) -> String {
    let isPlain =
      text.unicodeScalars.first.map {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
      } == true && text.last != " " && text.lowercased() != "null"
      && text.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || $0 == " " || $0 == "-" || $0 == "." || $0 == "_"
      }
    if isPlain { return text }
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  private func ministries() -> [Organisation] {
    (0..<Self.ministryCount).map { ministry in
      let id = "min\(ministry)"
      var units = [Unit(id: ElementID("\(id)-sg"), name: "SG \(ministry)", kind: .sg)]
      for dg in 0..<Self.dgCount {
        let directorates = (0..<3).map { directorate in
          Unit(
            id: ElementID("\(id)-dg\(dg)-dir\(directorate)"),
            name: "Directie \(directorate) van DG \(dg)", kind: .directie)
        }
        units.append(
          Unit(
            id: ElementID("\(id)-dg\(dg)"), name: "DG \(dg) van ministerie \(ministry)", kind: .dg,
            units: directorates))
      }
      return Organisation(
        id: ElementID(id), name: "Ministerie \(ministry)", kind: .ministerie, units: units)
    }
  }

  private func add(executor: Int, to model: inout Model, random: inout Random) {
    let id = "uo\(executor)"
    let ministry = random.below(Self.ministryCount)
    let kinds: [OrganisationKind] = [.agentschap, .zboPubliek, .zboPrivaat, .dienst, .rwt]
    let board = ElementID("\(id)-rvb")
    model.organisations.append(
      Organisation(
        id: ElementID(id), name: "Uitvoerder \(executor)", kind: random.pick(kinds),
        capacity: Double(500 + random.below(2_500)),
        validity: Period(start: Day(year: 2010 + random.below(10), month: 1, day: 1)),
        units: [
          Unit(id: board, name: "Raad van bestuur \(executor)", kind: .bestuur),
          Unit(id: ElementID("\(id)-dir0"), name: "Directie uitvoering", kind: .directie),
          Unit(id: ElementID("\(id)-dir1"), name: "Directie bedrijfsvoering", kind: .directie),
        ]))
    let start = Day(year: 2024, month: 1, day: 1)
    model.roles.append(
      Role(kind: .eigenaar, holder: ElementID("min\(ministry)-sg"), executor: ElementID(id)))
    model.roles.append(Role(kind: .opdrachtnemer, holder: board, executor: ElementID(id)))
    let agreement = ElementID("wa\(executor)")
    var principals: [ElementID] = []
    for principal in 0..<(2 + random.below(3)) {
      let holder = ElementID(
        "min\(random.below(Self.ministryCount))-dg\(random.below(Self.dgCount))")
      if principals.contains(holder) { continue }
      principals.append(holder)
      model.roles.append(
        Role(
          kind: .opdrachtgever, holder: holder, executor: ElementID(id),
          isCoordinating: principal == 0, validity: Period(start: start)))
      for assignment in 0..<(2 + random.below(2)) {
        let from = Day(year: 2024 + random.below(3), month: 1 + random.below(12), day: 1)
        let until = Day(year: 2027 + random.below(3), month: 12, day: 31)
        model.opdrachten.append(
          Opdracht(
            id: ElementID("op\(executor)-\(principal)-\(assignment)"),
            name: "Opdracht \(assignment) van \(holder.rawValue)",
            opdrachtgever: holder, opdrachtnemer: ElementID(id),
            capacity: Double(50 + random.below(750)),
            cost: Double(1 + random.below(9)) * 1_000_000,
            budget: Double(1 + random.below(9)) * 1_000_000,
            priority: random.pick(Priority.allCases), period: Period(start: from, end: until),
            afspraak: agreement))
      }
    }
    for informal in 0..<informalAssignments {
      // A DG of another ministry than the eigenaar's, never one of the opdrachtgevers.
      var holder = ElementID(
        "min\(random.below(Self.ministryCount))-dg\(random.below(Self.dgCount))")
      while principals.contains(holder) || holder.rawValue.hasPrefix("min\(ministry)-") {
        holder = ElementID("min\(random.below(Self.ministryCount))-dg\(random.below(Self.dgCount))")
      }
      model.opdrachten.append(
        Opdracht(
          id: ElementID("inf\(executor)-\(informal)"),
          name: "Informele opdracht \(informal) van \(holder.rawValue)",
          opdrachtgever: holder, opdrachtnemer: ElementID(id),
          capacity: Double(1 + random.below(5)), priority: .normaal,
          period: Period(
            start: Day(year: 2025, month: 1, day: 1), end: Day(year: 2027, month: 12, day: 31))))
    }
    model.afspraken.append(
      Afspraak(
        id: agreement, kind: .werkafspraak, name: "Werkafspraak uitvoerder \(executor)",
        parties: [ElementID("min\(ministry)-sg")] + principals + [board],
        period: Period(
          start: Day(year: 2025, month: 1, day: 1), end: Day(year: 2027, month: 12, day: 31))
      ))
    if executor % 10 == 0 {
      model.afwijkingen.append(
        Afwijking(
          rule: "SD0\(1 + random.below(9))", betreft: [ElementID(id)],
          reason: "Tijdelijk geaccepteerd risico tijdens een reorganisatie",
          verantwoordelijke: ElementID("min\(ministry)-sg"),
          until: Day(year: 2027, month: 6, day: 30)))
    }
  }

  /// A small deterministic random number generator (SplitMix64), shared with the tests.
  package struct Random: RandomNumberGenerator {
    private var state: UInt64

    package init(seed: UInt64) {
      state = seed
    }

    package mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }

    /// A number in `0..<bound` (bound > 0).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    mutating func pick<Element>(_ values: [Element]) -> Element { values[below(values.count)] }
  }
}
