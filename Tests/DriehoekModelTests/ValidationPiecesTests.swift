import Testing

@testable import DriehoekModel

/// A large model is validated in two pieces side by side: the diagnostics, their order and the
/// did-you-mean of unknown references are those of validating it in one go.
@Suite struct ValidationPiecesTests {
  /// A model with mistakes in both pieces: unknown references (close to real ids, so each gets
  /// a did-you-mean while any are left) among the roles and the opdrachten, duplicate and
  /// malformed ids, negative numbers, reversed periods; `mixedCase` adds ids that differ only
  /// in case.
  static func model(executors: Int = 600, mixedCase: Bool = false) -> Model {
    func origin(_ line: Int) -> Origin {
      Origin(
        location: SourceLocation(file: "m.yaml", line: line, column: 3),
        fields: ["id": SourceLocation(file: "m.yaml", line: line, column: 7)])
    }
    let directie = Unit(id: "min-dg-dir", name: "Directie", kind: .directie, origin: origin(2))
    let dg = Unit(
      id: "min-dg", name: "DG", kind: .dg, units: [directie, directie], origin: origin(3))
    var organisations = [
      Organisation(id: "min", name: "Ministerie", kind: .ministerie, units: [dg], origin: origin(1))
    ]
    var roles: [Role] = []
    var opdrachten: [Opdracht] = []
    let reversed = Period(start: Day(iso: "2027-01-01"), end: Day(iso: "2026-01-01"))
    for number in 0..<executors {
      let id = ElementID("uo\(number)")
      let line = 10 + number * 3
      organisations.append(
        Organisation(
          id: mixedCase && number % 50 == 7 ? ElementID("UO\(number - 1)") : id,
          name: number % 97 == 0 ? " " : "Uitvoerder \(number)", kind: .zboPubliek,
          capacity: number % 71 == 0 ? -1 : 10, origin: origin(line)))
      roles.append(
        Role(
          kind: .opdrachtgever, holder: number % 5 == 0 ? "min-dgx" : "min-dg", executor: id,
          validity: number % 89 == 0 ? reversed : nil, origin: origin(line + 1)))
      opdrachten.append(
        Opdracht(
          id: number % 83 == 0 ? "op1" : ElementID("op\(number)"), name: "Opdracht \(number)",
          opdrachtgever: "min-dg",
          opdrachtnemer: number % 5 == 0 ? ElementID("uo\(number)x") : id,
          capacity: number % 67 == 0 ? -2 : 1, origin: origin(line + 2)))
    }
    organisations.append(Organisation(id: "uo 1", name: "Fout", kind: .rwt, origin: origin(5)))
    let persons = [Person(id: "min", name: "Dubbel", functions: ["min-dgz"], origin: origin(6))]
    let afspraken = [
      Afspraak(id: "wa", kind: .werkafspraak, parties: ["min-dg", "uo3y"], origin: origin(7))
    ]
    let ketens = [Keten(id: "k", name: "Keten", members: ["uo1", "min-dg"], origin: origin(8))]
    let afwijkingen = [
      Afwijking(
        rule: "XX01", betreft: ["op2z"], reason: "r", verantwoordelijke: "min", origin: origin(9))
    ]
    return Model(
      name: "Groot", organisations: organisations, persons: persons, roles: roles,
      opdrachten: opdrachten, afspraken: afspraken, ketens: ketens, afwijkingen: afwijkingen)
  }

  static func diagnostics(of model: Model, concurrently: Bool) -> [Diagnostic] {
    var validator = ModelValidator(
      model: model, options: ValidationOptions(), index: ModelIndex(model))
    validator.run(concurrently: concurrently)
    return validator.diagnostics
  }

  @Test(arguments: [false, true]) func piecesGiveTheDiagnosticsOfOneGo(mixedCase: Bool) {
    let model = Self.model(mixedCase: mixedCase)
    let inOneGo = Self.diagnostics(of: model, concurrently: false)
    let inPieces = Self.diagnostics(of: model, concurrently: true)
    #expect(inPieces == inOneGo)
    let codes = Set(inOneGo.map(\.problem))
    #expect(inOneGo.count > 250)
    #expect(codes.contains { if case .duplicateID = $0 { true } else { false } })
    #expect(codes.contains { if case .invalidID = $0 { true } else { false } })
    #expect(codes.contains { if case .negativeNumber = $0 { true } else { false } })
    #expect(codes.contains { if case .reversedPeriod = $0 { true } else { false } })
    #expect(
      codes.contains { if case .idsDifferOnlyInCase = $0 { true } else { false } } == mixedCase)
  }

  /// Only the first unknown references in model order get a did-you-mean, across both pieces:
  /// all those of the roles (the first piece) and the first of the opdrachten (the second).
  @Test func theDidYouMeanBudgetSpansBothPieces() {
    let model = Self.model()
    let references = Self.diagnostics(of: model, concurrently: true).compactMap {
      diagnostic -> (key: String, suggestion: String?)? in
      guard case .unknownReference(_, let key, let suggestion) = diagnostic.problem else {
        return nil
      }
      return (key, suggestion)
    }
    // Every unknown reference of this model is one letter off a real id: each gets a
    // did-you-mean while the budget lasts.
    #expect(references.count > ModelValidator.suggestionLimit)
    let given = references.prefix { $0.suggestion != nil }.count
    #expect(given == ModelValidator.suggestionLimit)
    #expect(references.dropFirst(given).allSatisfy { $0.suggestion == nil })
    let keysGiven = Set(references.prefix(given).map(\.key))
    #expect(keysGiven == ["functies", "houder", "opdrachtnemer"])
  }

  /// The ids are checked the short way (first definitions read off the index, no case folding
  /// for lower-case ids) with the same result as the long way.
  @Test(arguments: [false, true]) func idChecksAgreeWithTheLongWay(mixedCase: Bool) {
    let model = Self.model(executors: 300, mixedCase: mixedCase)
    let validator = ModelValidator(
      model: model, options: ValidationOptions(), index: ModelIndex(model))
    let longWay = validator.idDiagnostics(checkingCase: true, followingIndex: false)
    #expect(longWay != nil)
    #expect(validator.idDiagnostics(checkingCase: true, followingIndex: true) == longWay)
    let withoutCase = validator.idDiagnostics(checkingCase: false, followingIndex: true)
    #expect(mixedCase ? withoutCase == nil : withoutCase == longWay)
    #expect((longWay ?? []).count >= 4)
  }

  /// An index of another model does not follow this one's ids: the long way decides.
  @Test func anIndexThatDoesNotFollowTheModelIsNotTrusted() {
    let model = Self.model(executors: 40)
    var other = model
    other.organisations.swapAt(1, 2)
    let validator = ModelValidator(
      model: model, options: ValidationOptions(), index: ModelIndex(other))
    #expect(validator.idDiagnostics(checkingCase: true, followingIndex: true) == nil)
    #expect(validator.idDiagnostics(checkingCase: true, followingIndex: false) != nil)
  }
}
