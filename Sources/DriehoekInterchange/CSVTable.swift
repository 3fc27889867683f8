import DriehoekModel

/// A model as one CSV table: a header row in Dutch, then one row per element.
///
/// The `element` column says what a row is (`model`, `organisatie`, `onderdeel`, `persoon`,
/// `rol`, `opdracht`, `afspraak`, `keten`, `afwijking`); units name the unit or organisation they
/// sit in under `binnen`, and an organisation the ministry it is part of (`onderdeel-van`);
/// lists of ids are joined with `;`. The `bronnen` of an element go in
/// one cell, one per line (an item never holds a line break), in a last column that is written
/// only when some element has bronnen, so a table without them is what it always was. Every
/// model survives the trip through the table unchanged.
struct CSVTable {
  /// The columns of every table, in order.
  static let columns = [
    CSVColumn.element, .id, .naam, .soort, .binnen, .rol, .houder, .van, .coordinerend,
    .opdrachtgever, .opdrachtnemer, .capaciteit, .kosten, .budget, .prioriteit, .geldigVan,
    .geldigTot, .afspraak, .ids, .regisseur, .regel, .reden, .verantwoordelijke, .tot, .peildatum,
    .beschrijving, .url,
  ].map(\.name)

  /// The columns written only when a model uses them.
  static let optionalColumns = [CSVColumn.bronnen.name]

  /// Every column a table may have, in order.
  static let allColumns = columns + optionalColumns

  var rows: [[String: String]] = []
  /// The columns of this table: ``columns``, and `bronnen` when some element has them.
  private(set) var tableColumns = CSVTable.columns

  init(model: Model) {
    var row = Self.row("model", [.naam: model.name])
    row[.peildatum] = model.peildatum?.description
    row[.beschrijving] = model.description
    rows.append(row)
    for organisation in model.organisations {
      var row = Self.row(
        "organisatie",
        [
          .id: organisation.id.rawValue, .naam: organisation.name,
          .soort: organisation.kind.rawValue,
        ])
      row[.capaciteit] = organisation.capacity.map(Self.format)
      Self.add(organisation.validity, to: &row)
      row[.beschrijving] = organisation.description
      row[.url] = organisation.url
      // An organisation that is part of a ministry names it under `binnen`, as a unit names
      // what it sits in.
      row[.binnen] = organisation.partOf?.rawValue
      append(row, sources: organisation.sources)
      addUnits(organisation.units, parent: organisation.id)
    }
    for person in model.persons {
      var row = Self.row("persoon", [.id: person.id.rawValue, .naam: person.name])
      row[.ids] = Self.join(person.functions)
      Self.add(person.validity, to: &row)
      row[.beschrijving] = person.description
      append(row, sources: person.sources)
    }
    for role in model.roles {
      var row = Self.row(
        "rol",
        [.rol: role.kind.rawValue, .houder: role.holder.rawValue, .van: role.executor.rawValue])
      if role.isCoordinating { row[.coordinerend] = "ja" }
      Self.add(role.validity, to: &row)
      row[.beschrijving] = role.description
      append(row, sources: role.sources)
    }
    for opdracht in model.opdrachten {
      var row = Self.row("opdracht", [.id: opdracht.id.rawValue, .naam: opdracht.name])
      row[.opdrachtgever] = opdracht.opdrachtgever?.rawValue
      row[.opdrachtnemer] = opdracht.opdrachtnemer?.rawValue
      row[.capaciteit] = opdracht.capacity.map(Self.format)
      row[.kosten] = opdracht.cost.map(Self.format)
      row[.budget] = opdracht.budget.map(Self.format)
      row[.prioriteit] = opdracht.priority?.rawValue
      Self.add(opdracht.period, to: &row)
      row[.afspraak] = opdracht.afspraak?.rawValue
      row[.beschrijving] = opdracht.description
      append(row, sources: opdracht.sources)
    }
    for afspraak in model.afspraken {
      var row = Self.row("afspraak", [.id: afspraak.id.rawValue, .soort: afspraak.kind.rawValue])
      row[.naam] = afspraak.name
      row[.ids] = Self.join(afspraak.parties)
      Self.add(afspraak.period, to: &row)
      row[.beschrijving] = afspraak.description
      append(row, sources: afspraak.sources)
    }
    for keten in model.ketens {
      var row = Self.row("keten", [.id: keten.id.rawValue, .naam: keten.name])
      row[.ids] = Self.join(keten.members)
      row[.regisseur] = keten.regisseur?.rawValue
      row[.beschrijving] = keten.description
      append(row, sources: keten.sources)
    }
    for afwijking in model.afwijkingen {
      var row = Self.row(
        "afwijking",
        [
          .regel: afwijking.rule, .reden: afwijking.reason,
          .verantwoordelijke: afwijking.verantwoordelijke.rawValue,
        ])
      row[.ids] = Self.join(afwijking.betreft)
      row[.tot] = afwijking.until?.description
      append(row, sources: afwijking.sources)
    }
  }

  /// A row of the given element with the given cells.
  static func row(_ element: String, _ cells: KeyValuePairs<CSVColumn, String>) -> [String: String]
  {
    var row = [CSVColumn.element.name: element]
    for (column, value) in cells { row[column] = value }
    return row
  }

  private mutating func addUnits(_ units: [Unit], parent: ElementID) {
    for unit in units {
      var row = Self.row(
        "onderdeel",
        [
          .id: unit.id.rawValue, .naam: unit.name, .soort: unit.kind.rawValue,
          .binnen: parent.rawValue,
        ])
      Self.add(unit.validity, to: &row)
      row[.beschrijving] = unit.description
      append(row, sources: unit.sources)
      addUnits(unit.units, parent: unit.id)
    }
  }

  /// The columns that hold numbers, written as numbers (never guarded as text).
  static let numberColumns = Set([CSVColumn.capaciteit, .kosten, .budget].map(\.name))

  /// The table as CSV text (RFC 4180: fields with a comma, quote or line break are quoted;
  /// text cells follow the formula rule of ``FormulaGuard``).
  var text: String { text(in: .standard) }

  /// The table as CSV text in a dialect (see ``CSVDialect``).
  func text(in dialect: CSVDialect) -> String {
    dialect.text(
      header: tableColumns,
      rows: rows.map { row in
        tableColumns.map { column in
          let value = row[column] ?? ""
          return Self.numberColumns.contains(column) ? .number(value) : .text(value)
        }
      })
  }

  /// Adds an element's row with its bronnen in it, one per line; the first element with
  /// bronnen adds their column to the table.
  private mutating func append(_ row: [String: String], sources: [String]) {
    var row = row
    if !sources.isEmpty {
      row[.bronnen] = sources.joined(separator: "\n")
      if tableColumns.count == Self.columns.count { tableColumns = Self.allColumns }
    }
    rows.append(row)
  }

  static func join(_ ids: [ElementID]) -> String? {
    ids.isEmpty ? nil : ids.map(\.rawValue).joined(separator: ";")
  }

  static func add(_ period: Period?, to row: inout [String: String]) {
    row[.geldigVan] = period?.start?.description
    row[.geldigTot] = period?.end?.description
    if let period, period.start == nil, period.end == nil { row[.geldigVan] = "-" }
  }

  static func format(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }
}
