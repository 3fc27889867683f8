/// The keys of the model file, per element: the one definition that the loader, the docs and the
/// JSON Schema share.
public enum ModelKeys {
  /// A key of the model file.
  public struct Key: Hashable, Sendable {
    /// The key as written in the file.
    public var name: String
    /// Whether the key must be present.
    public var isRequired: Bool
  }

  /// The keys allowed in the given element, in documentation order.
  public static func keys(for context: DiagnosticContext) -> [String] {
    definition(for: context).map(\.name)
  }

  /// The keys allowed in the given element with whether each is required.
  public static func definition(for context: DiagnosticContext) -> [Key] {
    func key(_ name: String, required: Bool = false) -> Key {
      Key(name: name, isRequired: required)
    }
    switch context {
    case .model:
      return [
        key("naam", required: true), key("peildatum"), key("beschrijving"), key("importeer"),
        key("organisaties"), key("personen"), key("rollen"), key("opdrachten"),
        key("afspraken"), key("ketens"), key("afwijkingen"),
      ]
    case .organisation:
      return [
        key("id", required: true), key("naam", required: true), key("soort", required: true),
        key("capaciteit"), key("geldig"), key("beschrijving"), key("url"), key("onderdelen"),
      ]
    case .unit:
      return [
        key("id", required: true), key("naam", required: true), key("soort", required: true),
        key("geldig"), key("beschrijving"), key("onderdelen"),
      ]
    case .person:
      return [
        key("id", required: true), key("naam", required: true), key("functies"), key("geldig"),
        key("beschrijving"),
      ]
    case .role:
      return [
        key("rol", required: true), key("houder", required: true), key("van", required: true),
        key("coordinerend"), key("geldig"),
      ]
    case .opdracht:
      return [
        key("id", required: true), key("naam", required: true), key("opdrachtgever"),
        key("opdrachtnemer"), key("capaciteit"), key("kosten"), key("budget"),
        key("prioriteit"), key("periode"), key("afspraak"), key("beschrijving"),
      ]
    case .afspraak:
      return [
        key("id", required: true), key("soort", required: true),
        key("partijen", required: true), key("naam"), key("periode"), key("beschrijving"),
      ]
    case .keten:
      return [
        key("id", required: true), key("naam", required: true), key("leden"), key("regisseur"),
        key("beschrijving"),
      ]
    case .afwijking:
      return [
        key("regel", required: true), key("betreft", required: true),
        key("reden", required: true), key("verantwoordelijke", required: true), key("tot"),
      ]
    case .period:
      return [key("van"), key("tot")]
    }
  }
}
