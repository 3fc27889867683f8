public import DriehoekModel

/// One change between the two sides of a comparison: an element added, removed or changed.
public struct Wijziging: Hashable, Sendable {
  /// The kind of element.
  public var soort: ElementSoort
  /// Added, removed or changed.
  public var wat: WijzigingsSoort
  /// What identifies the element.
  public var sleutel: ElementSleutel
  /// For a changed element, the keys whose meaning changed, in the order the model file
  /// documents them; empty otherwise.
  public var velden: [VeldWijziging]
  /// The name of the element (the new one, or the old one when it was removed), when it has one.
  public var naam: String?
  /// Where the element stands: in NIEUW, or in OUD when it was removed.
  public var location: SourceLocation?
  /// The executors the change concerns (organisations named in `van:` on either side), first
  /// the one it is listed under.
  public var executors: [ElementID]

  /// Creates a change.
  public init(
    soort: ElementSoort, wat: WijzigingsSoort, sleutel: ElementSleutel,
    velden: [VeldWijziging] = [], naam: String? = nil, location: SourceLocation? = nil,
    executors: [ElementID] = []
  ) {
    self.soort = soort
    self.wat = wat
    self.sleutel = sleutel
    self.velden = velden
    self.naam = naam
    self.location = location
    self.executors = executors
  }
}

/// One key of an element whose meaning changed; a value is `nil` where the key was not
/// written (or was empty).
public struct VeldWijziging: Hashable, Sendable {
  /// The key as the model file writes it (`naam`, `periode`, `budget`, …).
  public var key: String
  /// The value in OUD.
  public var oud: FieldValue?
  /// The value in NIEUW.
  public var nieuw: FieldValue?

  /// Creates a changed key.
  public init(key: String, oud: FieldValue?, nieuw: FieldValue?) {
    self.key = key
    self.oud = oud
    self.nieuw = nieuw
  }
}

/// A role that moved: the same executor and `rol`, held by another holder.
///
/// In JSON a move is one `verwijderd` and one `toegevoegd` entry; the text and the documents show it as one move.
public struct RolVerplaatsing: Hashable, Sendable {
  /// The role removed (old holder).
  public var oud: Wijziging
  /// The role added (new holder).
  public var nieuw: Wijziging

  /// Creates a move.
  public init(oud: Wijziging, nieuw: Wijziging) {
    self.oud = oud
    self.nieuw = nieuw
  }
}
