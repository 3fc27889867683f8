import DriehoekModel

/// Positions in a list of model elements, grouped by an id (the roles by the executor they are
/// about, say), each group in the order the positions were added.
///
/// One flat array holds every group, so grouping n elements costs one hash lookup each (two for
/// the first of a group) and a handful of allocations in all, and asking for a group allocates
/// nothing. (Not `groups[key, default: next]` through a mutating access: that subscript's
/// coroutine allocates its frame on every call.)
struct PositionGroups: Sendable {
  /// The group number of each key.
  private var groups: [ElementID: Int] = [:]
  /// Where each group starts in `positions`; one more entry than there are groups.
  private var starts: [Int] = [0]
  /// The positions, group after group.
  private var positions: [Int32] = []

  /// An empty grouping.
  init() {}

  /// Groups the positions of `pairs` by their key, keeping the order of `pairs` within a group.
  /// - Complexity: O(*n*) in the number of pairs.
  init(_ pairs: some Sequence<(key: ElementID, position: Int)>) {
    var groupOfPair: [Int32] = []
    var pairPositions: [Int32] = []
    var sizes: [Int] = []
    for (key, position) in pairs {
      let group: Int
      if let existing = groups[key] {
        group = existing
      } else {
        group = sizes.count
        groups.updateValue(group, forKey: key)
        sizes.append(0)
      }
      sizes[group] += 1
      groupOfPair.append(Int32(group))
      pairPositions.append(Int32(position))
    }
    starts.reserveCapacity(sizes.count + 1)
    for size in sizes { starts.append((starts.last ?? 0) + size) }
    var fill = starts
    positions = [Int32](repeating: 0, count: pairPositions.count)
    for (pair, position) in pairPositions.enumerated() {
      let group = Int(groupOfPair[pair])
      positions[fill[group]] = position
      fill[group] += 1
    }
  }

  /// The keys, in the order their groups were first seen.
  var keys: Dictionary<ElementID, Int>.Keys { groups.keys }

  /// The positions grouped under a key, in the order they were added; empty for an unknown key.
  subscript(key: ElementID) -> ArraySlice<Int32> {
    guard let group = groups[key] else { return [] }
    return positions[starts[group]..<starts[group + 1]]
  }
}
