/// The keys of the model file, per element: the one definition that the loader, the docs and the
/// JSON Schema share.
public enum ModelKeys {
  /// A key of the model file.
  public struct Key: Hashable, Sendable {
    /// The key as written in the file.
    public var name: String
    /// Whether the key must be present.
    public var isRequired: Bool
    /// What the value must look like.
    public var shape: Shape
  }

  /// What a value must look like.
  public indirect enum Shape: Hashable, Sendable {
    /// Free text.
    case text
    /// An id: letters, digits, `-`, `_` and `.`.
    case identifier
    /// A number, zero or more.
    case number
    /// An ISO date `YYYY-MM-DD`.
    case date
    /// `true` or `false` (or `ja`/`nee`).
    case boolean
    /// One of a closed set of words.
    case oneOf([String])
    /// A mapping with the keys of an element.
    case element(DiagnosticContext)
    /// A list of values.
    case list(Shape)
    /// Where a fact comes from: a web address (under ``URLPolicy``) or a short citation
    /// (at most ``ModelKeys/maximumCitationLength`` characters, no control characters).
    case source
  }

  /// The longest citation a `bronnen` item may be, in characters; an address may be longer,
  /// up to ``maximumSourceLength``.
  public static let maximumCitationLength = 300

  /// The longest `bronnen` item of any kind, in characters.
  public static let maximumSourceLength = 2000

  /// The keys allowed in the given element, in documentation order.
  public static func keys(for context: DiagnosticContext) -> [String] {
    definition(for: context).map(\.name)
  }

  /// The keys allowed in the given element with whether each is required.
  public static func definition(for context: DiagnosticContext) -> [Key] {
    func key(_ name: ModelKey, _ shape: Shape, required: Bool = false) -> Key {
      Key(name: name.stringValue, isRequired: required, shape: shape)
    }
    let period = Shape.element(.period)
    let sources = key(.bronnen, .list(.source))
    switch context {
    case .model:
      return [
        key(.naam, .text, required: true), key(.peildatum, .date), key(.beschrijving, .text),
        key(.importeer, .list(.text)),
        key(.organisaties, .list(.element(.organisation))),
        key(.personen, .list(.element(.person))), key(.rollen, .list(.element(.role))),
        key(.opdrachten, .list(.element(.opdracht))),
        key(.afspraken, .list(.element(.afspraak))), key(.ketens, .list(.element(.keten))),
        key(.afwijkingen, .list(.element(.afwijking))),
      ]
    case .organisation:
      return [
        key(.id, .identifier, required: true), key(.naam, .text, required: true),
        key(.soort, .oneOf(OrganisationKind.allCases.map(\.rawValue)), required: true),
        key(.capaciteit, .number), key(.geldig, period), key(.beschrijving, .text),
        key(.url, .text), key(.onderdeelVan, .identifier), sources,
        key(.onderdelen, .list(.element(.unit))),
      ]
    case .unit:
      return [
        key(.id, .identifier, required: true), key(.naam, .text, required: true),
        key(.soort, .oneOf(UnitKind.allCases.map(\.rawValue)), required: true),
        key(.geldig, period), key(.beschrijving, .text), sources,
        key(.onderdelen, .list(.element(.unit))),
      ]
    case .person:
      return [
        key(.id, .identifier, required: true), key(.naam, .text, required: true),
        key(.functies, .list(.identifier)), key(.geldig, period),
        key(.beschrijving, .text), sources,
      ]
    case .role:
      return [
        key(.rol, .oneOf(RoleKind.acceptedWords), required: true),
        key(.houder, .identifier, required: true), key(.van, .identifier, required: true),
        key(.coordinerend, .boolean), key(.geldig, period), key(.beschrijving, .text),
        sources,
      ]
    case .opdracht:
      return [
        key(.id, .identifier, required: true), key(.naam, .text, required: true),
        key(.opdrachtgever, .identifier),
        key(.opdrachtnemer, .identifier), key(.capaciteit, .number), key(.kosten, .number),
        key(.budget, .number),
        key(.prioriteit, .oneOf(Priority.allCases.map(\.rawValue))), key(.periode, period),
        key(.afspraak, .identifier), key(.beschrijving, .text), sources,
      ]
    case .afspraak:
      return [
        key(.id, .identifier, required: true),
        key(.soort, .oneOf(AfspraakKind.allCases.map(\.rawValue)), required: true),
        key(.partijen, .list(.identifier), required: true), key(.naam, .text),
        key(.periode, period), key(.beschrijving, .text), sources,
      ]
    case .keten:
      return [
        key(.id, .identifier, required: true), key(.naam, .text, required: true),
        key(.leden, .list(.identifier)), key(.regisseur, .identifier),
        key(.beschrijving, .text), sources,
      ]
    case .afwijking:
      return [
        key(.regel, .text, required: true), key(.betreft, .list(.identifier), required: true),
        key(.reden, .text, required: true), key(.verantwoordelijke, .identifier, required: true),
        key(.tot, .date), sources,
      ]
    case .period:
      return [key(.van, .date), key(.tot, .date)]
    }
  }
}
