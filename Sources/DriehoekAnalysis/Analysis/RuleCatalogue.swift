/// The rule catalogue of `shared/rules.md`, SD01 to SD20, in code order.
public enum RuleCatalogue {
  /// Every rule, in code order.
  public static let all: [any Rule] = [
    GeenEigenaar(), MeerdereEigenaren(), OpdrachtnemerOnduidelijk(), GeenOpdrachtgever(),
    RolOpVerkeerdNiveau(), Rolvermenging(), OpdrachtnemerStuurtZichzelf(),
    MeervoudigZonderCoordinatie(), OpdrachtZonderAfspraak(), WerkafspraakTeKort(),
    CapaciteitOverschreden(), Prioriteitsconflict(), FinancieringsTekort(),
    OpdrachtgeverBuitenEigenaarsministerie(), KetenZonderRegie(), VerlopenVerwijzing(),
    AfwijkingVerlopen(), AfwijkingOngebruikt(), OpdrachtZonderOpdrachtgeversrol(),
    AfwijkingDoorBetrokkene(),
  ]

  /// The rule with a code, or `nil` when the catalogue has none.
  public static func rule(code: String) -> (any Rule)? {
    all.first { $0.code == code }
  }
}
