public import DriehoekModel

/// The sturingsdriehoek of one executor on the peildatum: who holds which role.
public struct Triangle: Hashable, Sendable {
  /// One holder of a role.
  public struct Holder: Hashable, Sendable {
    /// The unit or organisation holding the role.
    public var id: ElementID
    /// Whether this opdrachtgever is marked `coordinerend`.
    public var isCoordinating: Bool

    /// Creates a holder.
    public init(id: ElementID, isCoordinating: Bool = false) {
      self.id = id
      self.isCoordinating = isCoordinating
    }
  }

  /// The executing organisation.
  public var executor: ElementID
  /// The kind of the executing organisation.
  public var kind: OrganisationKind
  /// The eigenaren valid on the peildatum.
  public var eigenaren: [Holder]
  /// The opdrachtgevers valid on the peildatum.
  public var opdrachtgevers: [Holder]
  /// The opdrachtnemers valid on the peildatum.
  public var opdrachtnemers: [Holder]

  /// Creates a triangle.
  public init(
    executor: ElementID, kind: OrganisationKind, eigenaren: [Holder], opdrachtgevers: [Holder],
    opdrachtnemers: [Holder]
  ) {
    self.executor = executor
    self.kind = kind
    self.eigenaren = eigenaren
    self.opdrachtgevers = opdrachtgevers
    self.opdrachtnemers = opdrachtnemers
  }
}
