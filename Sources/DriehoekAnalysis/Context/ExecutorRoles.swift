import DriehoekModel

/// The roles that are valid on the peildatum, by the executor they are about and by kind, in
/// model order, with the distinct holders of each kind sorted by id; built once with the context
/// so that rules asking for them again and again neither filter, sort nor copy roles.
///
/// The roles stay in the model's list: the table holds their positions, group after group in one
/// flat array.
struct ExecutorRoles: Sendable {
  /// The model's roles.
  private let roles: [Role]
  /// The group number of each executor.
  private var groups: [ElementID: Int] = [:]
  /// Where the positions of each bucket (group × 3 + kind) start; one entry more than buckets.
  private var starts: [Int] = [0]
  /// The positions in `roles`, bucket after bucket, each bucket in model order.
  private var positions: [Int32] = []
  /// The distinct holders of each bucket, sorted by id.
  private var holders: [[ElementID]] = []

  /// Indexes the roles at the positions for which `includes` is `true`.
  /// - Complexity: O(*n* log *n*) in the number of roles.
  init(roles: [Role], including includes: (Int) -> Bool) {
    self.roles = roles
    var counts: [Int] = []
    var bucketOfRole: [Int32] = []
    var included: [Int32] = []
    for position in roles.indices where includes(position) {
      let group: Int
      if let existing = groups[roles[position].executor] {
        group = existing
      } else {
        group = counts.count / 3
        groups.updateValue(group, forKey: roles[position].executor)
        for _ in 0..<3 { counts.append(0) }
      }
      let bucket = group * 3 + Self.offset(of: roles[position].kind)
      counts[bucket] += 1
      bucketOfRole.append(Int32(bucket))
      included.append(Int32(position))
    }
    (starts, positions) = PositionGroups.placed(included, inGroups: bucketOfRole, sizes: counts)
    holders.reserveCapacity(counts.count)
    for bucket in counts.indices {
      var ids = positions[starts[bucket]..<starts[bucket + 1]].map { roles[Int($0)].holder }
      // Sorted, then adjacent duplicates dropped (the sort is stable: the first one stays).
      ids.sort()
      var distinct = 0
      for id in ids where distinct == 0 || ids[distinct - 1] != id {
        ids[distinct] = id
        distinct += 1
      }
      ids.removeLast(ids.count - distinct)
      holders.append(ids)
    }
  }

  private static func offset(of kind: RoleKind) -> Int {
    switch kind {
    case .eigenaar: 0
    case .opdrachtgever: 1
    case .opdrachtnemer: 2
    }
  }

  private func bucket(_ kind: RoleKind, of executor: ElementID) -> Int? {
    groups[executor].map { $0 * 3 + Self.offset(of: kind) }
  }

  /// The roles of a kind over an executor, in model order.
  func roles(_ kind: RoleKind, of executor: ElementID) -> ElementList<Role> {
    guard let bucket = bucket(kind, of: executor) else { return ElementList() }
    return ElementList(roles, positions: positions[starts[bucket]..<starts[bucket + 1]])
  }

  /// The distinct holders of the roles of a kind over an executor, sorted by id.
  func holders(_ kind: RoleKind, of executor: ElementID) -> [ElementID] {
    guard let bucket = bucket(kind, of: executor) else { return [] }
    return holders[bucket]
  }
}
