/// The kind of element a diagnostic is about, for messages such as "missing key 'naam' in unit".
public enum DiagnosticContext: String, Hashable, Sendable, CaseIterable {
  case model
  case organisation
  case unit
  case person
  case role
  case opdracht
  case afspraak
  case keten
  case afwijking
  case period

  /// The name of the element kind in the given language.
  public func name(in language: Language) -> String {
    switch self {
    case .model: language.pick("het model", "the model")
    case .organisation: language.pick("organisatie", "organisation")
    case .unit: language.pick("onderdeel", "unit")
    case .person: language.pick("persoon", "person")
    case .role: language.pick("rol", "role")
    case .opdracht: language.pick("opdracht", "assignment")
    case .afspraak: language.pick("afspraak", "agreement")
    case .keten: language.pick("keten", "chain")
    case .afwijking: language.pick("afwijking", "accepted risk")
    case .period: language.pick("periode", "period")
    }
  }
}
