/// The kind of a unit inside an organisation (`soort` on an onderdeel).
public enum UnitKind: String, Hashable, Sendable, CaseIterable, Codable {
  case sg
  case psg
  case dg
  case directie
  case afdeling
  case bestuur
  case eigenaarsadvisering
  case overig
}
