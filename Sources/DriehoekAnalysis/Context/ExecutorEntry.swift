import DriehoekModel

/// What the rules read of an executor, without the rest of its organisation.
///
/// The rules go over every executor, one after the other and side by side; copying the whole
/// ``Organisation`` each time (its name, units and texts) would cost several reference counts
/// on objects both cores touch, where this costs one.
struct ExecutorEntry: Sendable {
  let id: ElementID
  let kind: OrganisationKind
  let capacity: Double?
  let origin: Origin?

  init(_ organisation: Organisation) {
    id = organisation.id
    kind = organisation.kind
    capacity = organisation.capacity
    origin = organisation.origin
  }
}
