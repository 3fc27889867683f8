/// The kind of an afspraak (agreement or arrangement).
public enum AfspraakKind: String, Hashable, Sendable, CaseIterable, Codable {
  case werkafspraak
  case opdrachtgeversoverleg
  case opdrachtgeversagenda
  case raamafspraak
  case mandaat
  case convenant
  case sturingsarrangement
  case ketenafspraak
  case anders
}
