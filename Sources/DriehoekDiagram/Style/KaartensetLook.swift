public import DriehoekModel

/// The kaartenset look of a card as the diagrams draw it, for writers outside this module (the
/// printed card set): the header band's colours and word by kind of organisation, and the word
/// for a kind of unit.
public enum KaartensetLook {
  /// The colour of a card's header band, and the text colour on it.
  public static func band(for kind: OrganisationKind) -> (background: Color, text: Color) {
    Kaartenset.band(for: kind)
  }

  /// The word printed in a card's header band, such as `ZBO (PUBLIEKRECHTELIJK)`.
  public static func word(for kind: OrganisationKind) -> String { Kaartenset.word(for: kind) }

  /// The Dutch word for a kind of unit, such as `directoraat-generaal`.
  public static func word(for kind: UnitKind) -> String { Kaartenset.word(for: kind) }
}
