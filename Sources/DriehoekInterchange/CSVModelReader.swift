public import DriehoekModel

/// Reads a model from the CSV table that ``ModelWriter`` writes, with every problem located by
/// file, line and column.
public struct CSVModelReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// Reads a model from CSV text; `file` names it in diagnostics.
  ///
  /// - Parameters:
  ///   - text: The CSV text, with the Dutch header row.
  ///   - file: The file name for diagnostics.
  /// - Returns: The model (if the table could be read) and every problem, including those of
  ///   ``Model/validate(options:)``.
  /// - Complexity: O(*n*) in the size of the text.
  public func read(_ text: String, file: String) -> (model: Model?, diagnostics: [Diagnostic]) {
    let dialect = CSVDialect.detect(text)
    var session = CSVReadSession(file: file)
    session.readsDecimalComma = dialect.usesDecimalComma
    // A table from Excel may begin with a byte-order mark and separate with semicolons.
    let body = dialect.byteOrderMark ? String(text.unicodeScalars.dropFirst()) : text
    let model = session.read(CSVRecords(body, separator: dialect.separator))
    var diagnostics = session.diagnostics
    if let model { diagnostics += model.validate() }
    return (model, diagnostics)
  }
}

/// One pass over the records of a CSV table.
struct CSVReadSession {
  let file: String
  var diagnostics: [Diagnostic] = []
  /// Whether numbers may have a decimal comma (a table separated by semicolons).
  var readsDecimalComma = false
  /// Whether a leading apostrophe guards a formula character (CSV); a workbook's string cells
  /// are never formulas and keep their text as it is.
  var removesFormulaGuard = true

  init(file: String) { self.file = file }

  typealias Row = [String: CSVRecords.Field]

  mutating func read(_ records: CSVRecords) -> Model? {
    if let quote = records.unterminatedQuote {
      diagnostics.append(
        Diagnostic(
          .yamlSyntax(detail: "aanhalingsteken zonder einde"),
          at: SourceLocation(file: file, line: quote.line, column: quote.column)))
      return nil
    }
    guard let header = records.records.first else {
      diagnostics.append(Diagnostic(.emptyFile, at: SourceLocation(file: file, line: 1, column: 1)))
      return nil
    }
    var columns: [String?] = []
    for field in header {
      let name = field.text.trimmingCharacters(in: " ")
      if CSVTable.allColumns.contains(name) {
        columns.append(name)
      } else {
        columns.append(nil)
        diagnostics.append(
          Diagnostic(
            .unknownKey(
              key: name, context: .model,
              suggestion: Suggestion.closest(to: name, in: CSVTable.allColumns)),
            at: location(field)))
      }
    }
    guard columns.contains(CSVColumn.element.name) else {
      diagnostics.append(
        Diagnostic(
          .missingKey(key: CSVColumn.element.name, context: .model), at: location(header[0])))
      return nil
    }
    var model: Model?
    var units: [(unit: Unit, parent: ElementID, location: SourceLocation)] = []
    var organisations: [Organisation] = []
    var parts = Model(name: "")
    for record in records.records.dropFirst() {
      var row: Row = [:]
      for (position, field) in record.enumerated() {
        let offset = field.key ?? position
        guard offset < columns.count, let column = columns[offset] else {
          if offset >= columns.count, !field.text.isEmpty {
            diagnostics.append(
              Diagnostic(
                .unknownKey(key: "kolom \(offset + 1)", context: .model, suggestion: nil),
                at: location(field)))
          }
          continue
        }
        if !field.text.isEmpty {
          var field = field
          if removesFormulaGuard { field.text = FormulaGuard.unguarded(field.text) }
          row[column] = field
        }
      }
      guard let element = row[.element] else {
        let first = record.first.map(location) ?? SourceLocation(file: file, line: 1, column: 1)
        diagnostics.append(
          Diagnostic(.missingKey(key: CSVColumn.element.name, context: .model), at: first))
        continue
      }
      switch element.text {
      case "model":
        if model != nil {
          diagnostics.append(Diagnostic(.multipleDocuments, at: location(element)))
        }
        var read = Model(name: required(row, .naam, context: .model, at: element) ?? "")
        read.peildatum = date(row, .peildatum)
        read.description = row[.beschrijving]?.text
        model = read
      case "organisatie":
        if let organisation = organisation(row, at: element) { organisations.append(organisation) }
      case "onderdeel":
        if let unit = unit(row, at: element), let parent = id(row, .binnen, .unit, at: element) {
          units.append((unit, parent, location(element)))
        }
      case "persoon":
        if let person = person(row, at: element) { parts.persons.append(person) }
      case "rol":
        if let role = role(row, at: element) { parts.roles.append(role) }
      case "opdracht":
        if let opdracht = opdracht(row, at: element) { parts.opdrachten.append(opdracht) }
      case "afspraak":
        if let afspraak = afspraak(row, at: element) { parts.afspraken.append(afspraak) }
      case "keten":
        if let keten = keten(row, at: element) { parts.ketens.append(keten) }
      case "afwijking":
        if let afwijking = afwijking(row, at: element) { parts.afwijkingen.append(afwijking) }
      default:
        let allowed = [
          "model", "organisatie", "onderdeel", "persoon", "rol", "opdracht", "afspraak", "keten",
          "afwijking",
        ]
        diagnostics.append(
          Diagnostic(
            .invalidValue(
              key: CSVColumn.element.name, value: element.text, allowed: allowed,
              suggestion: Suggestion.closest(to: element.text, in: allowed)),
            at: location(element)))
      }
    }
    guard var model else {
      diagnostics.append(
        Diagnostic(
          .missingKey(key: CSVColumn.naam.name, context: .model),
          at: SourceLocation(file: file, line: 1, column: 1)))
      return nil
    }
    // Units hang under their parent's id: with an id twice, every copy would get the children
    // of both, doubling the tree at every level. Refuse before building it.
    guard !reportDuplicateIDs(organisations: organisations, units: units) else { return nil }
    model.organisations = attach(units, to: organisations)
    model.persons = parts.persons
    model.roles = parts.roles
    model.opdrachten = parts.opdrachten
    model.afspraken = parts.afspraken
    model.ketens = parts.ketens
    model.afwijkingen = parts.afwijkingen
    return model
  }

  /// Reports every organisation or unit id that occurs more than once (`dubbel-id`); whether
  /// there was one.
  private mutating func reportDuplicateIDs(
    organisations: [Organisation],
    units: [(unit: Unit, parent: ElementID, location: SourceLocation)]
  ) -> Bool {
    var first: [ElementID: (kind: ElementKind, location: SourceLocation?)] = [:]
    var found = false
    let entries =
      organisations.map { ($0.id, ElementKind.organisation, $0.origin?.location) }
      + units.map { ($0.unit.id, ElementKind.unit, Optional($0.location)) }
    for (id, kind, location) in entries {
      if let earlier = first[id] {
        found = true
        diagnostics.append(
          Diagnostic(
            .duplicateID(id: id.rawValue, firstKind: earlier.kind), at: location,
            notes: [
              Diagnostic.Note(
                dutch: "'\(id)' is hier eerder gedefinieerd",
                english: "'\(id)' was first defined here", location: earlier.location)
            ]))
      } else {
        first[id] = (kind, location)
      }
    }
    return found
  }

  /// Puts every unit under its parent (an organisation or a unit), keeping the table's order.
  private mutating func attach(
    _ units: [(unit: Unit, parent: ElementID, location: SourceLocation)],
    to organisations: [Organisation]
  ) -> [Organisation] {
    var children: [ElementID: [Unit]] = [:]
    for entry in units { children[entry.parent, default: []].append(entry.unit) }
    var placed: Set<ElementID> = []
    func build(_ unit: Unit, depth: Int) -> Unit {
      var unit = unit
      placed.insert(unit.id)
      guard depth < 1000 else { return unit }
      unit.units = (children[unit.id] ?? []).map { build($0, depth: depth + 1) }
      return unit
    }
    let result = organisations.map { organisation in
      var organisation = organisation
      organisation.units = (children[organisation.id] ?? []).map { build($0, depth: 0) }
      return organisation
    }
    for entry in units where !placed.contains(entry.unit.id) {
      diagnostics.append(
        Diagnostic(
          .unknownReference(id: entry.parent.rawValue, key: CSVColumn.binnen.name, suggestion: nil),
          at: entry.location))
    }
    return result
  }

  // MARK: Elements

  private mutating func organisation(_ row: Row, at element: CSVRecords.Field) -> Organisation? {
    guard let id = id(row, .id, .organisation, at: element) else { return nil }
    let name = required(row, .naam, context: .organisation, at: element) ?? id.rawValue
    let kind = value(row, .soort, as: OrganisationKind.self, context: .organisation, at: element)
    return Organisation(
      id: id, name: name, kind: kind ?? .extern, capacity: number(row, .capaciteit),
      validity: period(row), description: row[.beschrijving]?.text, url: row[.url]?.text,
      partOf: row[.binnen].map { ElementID($0.text.trimmingCharacters(in: " ")) },
      sources: sources(row), origin: origin(row, element))
  }

  private mutating func unit(_ row: Row, at element: CSVRecords.Field) -> Unit? {
    guard let id = id(row, .id, .unit, at: element) else { return nil }
    let name = required(row, .naam, context: .unit, at: element) ?? id.rawValue
    let kind = value(row, .soort, as: UnitKind.self, context: .unit, at: element)
    return Unit(
      id: id, name: name, kind: kind ?? .overig, validity: period(row),
      description: row[.beschrijving]?.text, sources: sources(row), origin: origin(row, element))
  }

  private mutating func person(_ row: Row, at element: CSVRecords.Field) -> Person? {
    guard let id = id(row, .id, .person, at: element) else { return nil }
    let name = required(row, .naam, context: .person, at: element) ?? id.rawValue
    return Person(
      id: id, name: name, functions: ids(row), validity: period(row),
      description: row[.beschrijving]?.text, sources: sources(row), origin: origin(row, element))
  }

  private mutating func role(_ row: Row, at element: CSVRecords.Field) -> Role? {
    let word = required(row, .rol, context: .role, at: element)
    let kind = word.flatMap(RoleKind.init(word:))
    if let word, kind == nil, let field = row[.rol] {
      diagnostics.append(
        Diagnostic(
          .invalidValue(
            key: CSVColumn.rol.name, value: word, allowed: RoleKind.acceptedWords,
            suggestion: Suggestion.closest(to: word, in: RoleKind.acceptedWords)),
          at: location(field)))
    }
    let holder = id(row, .houder, .role, at: element)
    let executor = id(row, .van, .role, at: element)
    guard let kind, let holder, let executor else { return nil }
    return Role(
      kind: kind, holder: holder, executor: executor,
      isCoordinating: ["ja", "true"].contains(row[.coordinerend]?.text.lowercased() ?? ""),
      validity: period(row), description: row[.beschrijving]?.text, sources: sources(row),
      origin: origin(row, element))
  }

  private mutating func opdracht(_ row: Row, at element: CSVRecords.Field) -> Opdracht? {
    guard let id = id(row, .id, .opdracht, at: element) else { return nil }
    let name = required(row, .naam, context: .opdracht, at: element) ?? id.rawValue
    let priority =
      row[.prioriteit] != nil
      ? value(row, .prioriteit, as: Priority.self, context: .opdracht, at: element) : nil
    return Opdracht(
      id: id, name: name, opdrachtgever: row[.opdrachtgever].map { ElementID($0.text) },
      opdrachtnemer: row[.opdrachtnemer].map { ElementID($0.text) },
      capacity: number(row, .capaciteit), cost: number(row, .kosten),
      budget: number(row, .budget), priority: priority, period: period(row),
      afspraak: row[.afspraak].map { ElementID($0.text) },
      description: row[.beschrijving]?.text, sources: sources(row), origin: origin(row, element))
  }

  private mutating func afspraak(_ row: Row, at element: CSVRecords.Field) -> Afspraak? {
    guard let id = id(row, .id, .afspraak, at: element) else { return nil }
    let kind = value(row, .soort, as: AfspraakKind.self, context: .afspraak, at: element)
    return Afspraak(
      id: id, kind: kind ?? .anders, name: row[.naam]?.text, parties: ids(row),
      period: period(row), description: row[.beschrijving]?.text, sources: sources(row),
      origin: origin(row, element))
  }

  private mutating func keten(_ row: Row, at element: CSVRecords.Field) -> Keten? {
    guard let id = id(row, .id, .keten, at: element) else { return nil }
    let name = required(row, .naam, context: .keten, at: element) ?? id.rawValue
    return Keten(
      id: id, name: name, members: ids(row), regisseur: row[.regisseur].map { ElementID($0.text) },
      description: row[.beschrijving]?.text, sources: sources(row), origin: origin(row, element))
  }

  private mutating func afwijking(_ row: Row, at element: CSVRecords.Field) -> Afwijking? {
    let rule = required(row, .regel, context: .afwijking, at: element)
    let reason = required(row, .reden, context: .afwijking, at: element)
    let owner = id(row, .verantwoordelijke, .afwijking, at: element)
    guard let rule, let reason, let owner else { return nil }
    return Afwijking(
      rule: rule, betreft: ids(row), reason: reason, verantwoordelijke: owner,
      until: date(row, .tot), sources: sources(row), origin: origin(row, element))
  }

  // MARK: Values

  private func location(_ field: CSVRecords.Field) -> SourceLocation {
    SourceLocation(file: field.file ?? file, line: field.line, column: field.column)
  }

  private func origin(_ row: Row, _ element: CSVRecords.Field) -> Origin {
    var fields: [String: SourceLocation] = [:]
    for (key, field) in row { fields[key] = location(field) }
    if let list = row[.ids] {
      for key in CSVColumn.idListKeys { fields[key.stringValue] = location(list) }
    }
    if let start = row[.geldigVan] {
      for key in CSVColumn.periodKeys { fields[key.stringValue] = location(start) }
    }
    return Origin(location: location(element), fields: fields)
  }

  private mutating func required(
    _ row: Row, _ key: CSVColumn, context: DiagnosticContext, at element: CSVRecords.Field
  ) -> String? {
    guard let field = row[key] else {
      diagnostics.append(
        Diagnostic(.missingKey(key: key.name, context: context), at: location(element)))
      return nil
    }
    return field.text
  }

  private mutating func id(
    _ row: Row, _ key: CSVColumn, _ context: DiagnosticContext, at element: CSVRecords.Field
  ) -> ElementID? {
    required(row, key, context: context, at: element).map { ElementID($0) }
  }

  private func ids(_ row: Row) -> [ElementID] {
    guard let field = row[.ids] else { return [] }
    return field.text.split(separator: ";").map {
      ElementID(String($0).trimmingCharacters(in: " "))
    }
  }

  /// The bronnen in a cell, one per line; blank lines are left out.
  private func sources(_ row: Row) -> [String] {
    guard let field = row[.bronnen] else { return [] }
    return field.text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
      .map(String.init).filter { !$0.isEmpty }
  }

  private mutating func value<Value: RawRepresentable & CaseIterable>(
    _ row: Row, _ key: CSVColumn, as type: Value.Type, context: DiagnosticContext,
    at element: CSVRecords.Field
  ) -> Value? where Value.RawValue == String {
    guard let text = required(row, key, context: context, at: element) else { return nil }
    if let value = Value(rawValue: text) { return value }
    // Any case is the same word (`SG` is `sg`), as in a YAML model.
    let folded = text.lowercased()
    if let value = Value.allCases.first(where: { $0.rawValue == folded }) { return value }
    let allowed = Value.allCases.map(\.rawValue)
    diagnostics.append(
      Diagnostic(
        .invalidValue(
          key: key.name, value: text, allowed: allowed,
          suggestion: Suggestion.closest(to: text, in: allowed)),
        at: row[key].map(location) ?? location(element)))
    return nil
  }

  private mutating func number(_ row: Row, _ key: CSVColumn) -> Double? {
    guard let field = row[key] else { return nil }
    let trimmed = field.text.trimmingCharacters(in: " ")
    // A decimal comma (Excel with Dutch settings) is read as a decimal point.
    // Only in a table separated by semicolons: with commas, "1,000" is no number.
    let decimal =
      readsDecimalComma && !trimmed.contains(".")
      ? String(trimmed.map { $0 == "," ? "." : $0 }) : trimmed
    guard let value = Double(decimal) else {
      diagnostics.append(
        Diagnostic(.invalidNumber(text: field.text, key: key.name), at: location(field)))
      return nil
    }
    return value
  }

  private mutating func date(_ row: Row, _ key: CSVColumn) -> Day? {
    guard let field = row[key], field.text != "-" else { return nil }
    guard let day = Day(iso: field.text.trimmingCharacters(in: " ")) else {
      diagnostics.append(
        Diagnostic(.invalidDate(text: field.text, key: key.name), at: location(field)))
      return nil
    }
    return day
  }

  private mutating func period(_ row: Row) -> Period? {
    let start = date(row, .geldigVan)
    let end = date(row, .geldigTot)
    if start == nil, end == nil, row[.geldigVan]?.text != "-" { return nil }
    return Period(start: start, end: end)
  }
}

extension String {
  /// The text without the given character at either end.
  func trimmingCharacters(in character: Character) -> String {
    var text = Substring(self)
    while text.first == character { text = text.dropFirst() }
    while text.last == character { text = text.dropLast() }
    return String(text)
  }
}
