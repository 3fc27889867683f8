import DriehoekModel

/// A column of the CSV table (and of the workbook's sheets): a key of the model file, spelled by
/// ``ModelKey`` (the one key table), or one of the five columns the flat table adds to say what
/// the YAML file says by nesting (`element`, `binnen`, `geldig_van`, `geldig_tot`, `ids`).
struct CSVColumn: Hashable, Sendable {
  /// The column's name in the header row.
  let name: String

  /// The column of a key of the model file.
  init(_ key: ModelKey) { name = key.stringValue }

  /// A column the table adds; only the few below.
  private init(tableOnly name: String) { self.name = name }

  /// What a row is (`model`, `organisatie`, `onderdeel`, …).
  static let element = CSVColumn(tableOnly: "element")
  /// The organisation or unit a unit sits in; the ministry an organisation is part of.
  static let binnen = CSVColumn(tableOnly: "binnen")
  /// The start of `geldig` or `periode`.
  static let geldigVan = CSVColumn(tableOnly: "geldig_van")
  /// The end of `geldig` or `periode`.
  static let geldigTot = CSVColumn(tableOnly: "geldig_tot")
  /// The list of ids of an element (`functies`, `partijen`, `leden`, `betreft`), joined with `;`.
  static let ids = CSVColumn(tableOnly: "ids")

  static let id = CSVColumn(.id)
  static let naam = CSVColumn(.naam)
  static let soort = CSVColumn(.soort)
  static let rol = CSVColumn(.rol)
  static let houder = CSVColumn(.houder)
  static let van = CSVColumn(.van)
  static let coordinerend = CSVColumn(.coordinerend)
  static let opdrachtgever = CSVColumn(.opdrachtgever)
  static let opdrachtnemer = CSVColumn(.opdrachtnemer)
  static let capaciteit = CSVColumn(.capaciteit)
  static let kosten = CSVColumn(.kosten)
  static let budget = CSVColumn(.budget)
  static let prioriteit = CSVColumn(.prioriteit)
  static let afspraak = CSVColumn(.afspraak)
  static let regisseur = CSVColumn(.regisseur)
  static let regel = CSVColumn(.regel)
  static let reden = CSVColumn(.reden)
  static let verantwoordelijke = CSVColumn(.verantwoordelijke)
  static let tot = CSVColumn(.tot)
  static let peildatum = CSVColumn(.peildatum)
  static let beschrijving = CSVColumn(.beschrijving)
  static let url = CSVColumn(.url)
  static let bronnen = CSVColumn(.bronnen)

  /// The model-file keys that the `ids` column stands for, one per kind of element.
  static let idListKeys: [ModelKey] = [.functies, .partijen, .leden, .betreft]
  /// The model-file keys that `geldig_van` and `geldig_tot` stand for.
  static let periodKeys: [ModelKey] = [.geldig, .periode]
}

extension Dictionary where Key == String {
  /// The value in a CSV column.
  subscript(column: CSVColumn) -> Value? {
    get { self[column.name] }
    set { self[column.name] = newValue }
  }
}
