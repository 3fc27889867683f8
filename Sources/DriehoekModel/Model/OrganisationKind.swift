/// The kind of an organisation (`soort` on an organisation).
public enum OrganisationKind: String, Hashable, Sendable, CaseIterable, Codable {
  case ministerie
  case agentschap
  case zboPubliek = "zbo-publiek"
  case zboPrivaat = "zbo-privaat"
  case rwt
  case dienst
  case sso
  case gemeente
  case extern

  /// Whether the organisation is a zelfstandig bestuursorgaan (public or private law).
  public var isZBO: Bool { self == .zboPubliek || self == .zboPrivaat }
}
