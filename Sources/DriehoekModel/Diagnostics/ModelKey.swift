/// A key of the model file as written (`naam`, `onderdeel-van`, …): the one spelling of each key,
/// which ``ModelKeys`` (and through it the loader, the CSV table and the JSON Schema) and the
/// model types' `Codable` conformances use.
public struct ModelKey: CodingKey, Hashable, Sendable {
  /// The key as written in the file.
  public let stringValue: String

  /// Keys of the model file are never numbers.
  public var intValue: Int? { nil }

  /// A key with the given spelling.
  public init(stringValue: String) { self.stringValue = stringValue }

  /// Keys of the model file are never numbers: always `nil`.
  public init?(intValue: Int) { nil }

  init(_ name: String) { stringValue = name }
}

extension ModelKey {
  /// The key `naam`.
  public static let naam = ModelKey("naam")
  /// The key `id`.
  public static let id = ModelKey("id")
  /// The key `soort`.
  public static let soort = ModelKey("soort")
  /// The key `peildatum`.
  public static let peildatum = ModelKey("peildatum")
  /// The key `beschrijving`.
  public static let beschrijving = ModelKey("beschrijving")
  /// The key `importeer`.
  public static let importeer = ModelKey("importeer")
  /// The key `organisaties`.
  public static let organisaties = ModelKey("organisaties")
  /// The key `personen`.
  public static let personen = ModelKey("personen")
  /// The key `rollen`.
  public static let rollen = ModelKey("rollen")
  /// The key `opdrachten`.
  public static let opdrachten = ModelKey("opdrachten")
  /// The key `afspraken`.
  public static let afspraken = ModelKey("afspraken")
  /// The key `ketens`.
  public static let ketens = ModelKey("ketens")
  /// The key `afwijkingen`.
  public static let afwijkingen = ModelKey("afwijkingen")
  /// The key `capaciteit`.
  public static let capaciteit = ModelKey("capaciteit")
  /// The key `geldig`.
  public static let geldig = ModelKey("geldig")
  /// The key `url`.
  public static let url = ModelKey("url")
  /// The key `onderdeel-van`.
  public static let onderdeelVan = ModelKey("onderdeel-van")
  /// The key `bronnen`.
  public static let bronnen = ModelKey("bronnen")
  /// The key `onderdelen`.
  public static let onderdelen = ModelKey("onderdelen")
  /// The key `functies`.
  public static let functies = ModelKey("functies")
  /// The key `rol`.
  public static let rol = ModelKey("rol")
  /// The key `houder`.
  public static let houder = ModelKey("houder")
  /// The key `van`.
  public static let van = ModelKey("van")
  /// The key `coordinerend`.
  public static let coordinerend = ModelKey("coordinerend")
  /// The key `opdrachtgever`.
  public static let opdrachtgever = ModelKey("opdrachtgever")
  /// The key `opdrachtnemer`.
  public static let opdrachtnemer = ModelKey("opdrachtnemer")
  /// The key `kosten`.
  public static let kosten = ModelKey("kosten")
  /// The key `budget`.
  public static let budget = ModelKey("budget")
  /// The key `prioriteit`.
  public static let prioriteit = ModelKey("prioriteit")
  /// The key `periode`.
  public static let periode = ModelKey("periode")
  /// The key `afspraak`.
  public static let afspraak = ModelKey("afspraak")
  /// The key `partijen`.
  public static let partijen = ModelKey("partijen")
  /// The key `leden`.
  public static let leden = ModelKey("leden")
  /// The key `regisseur`.
  public static let regisseur = ModelKey("regisseur")
  /// The key `regel`.
  public static let regel = ModelKey("regel")
  /// The key `betreft`.
  public static let betreft = ModelKey("betreft")
  /// The key `reden`.
  public static let reden = ModelKey("reden")
  /// The key `verantwoordelijke`.
  public static let verantwoordelijke = ModelKey("verantwoordelijke")
  /// The key `tot`.
  public static let tot = ModelKey("tot")
}
