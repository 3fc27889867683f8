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
    (starts, positions) = Self.placed(pairPositions, inGroups: groupOfPair, sizes: sizes)
  }

  /// The values put group after group (a counting sort: stable within a group), with where each
  /// group starts; `starts` has one entry more than there are groups.
  /// - Complexity: O(*n* + *g*) in the values and the groups.
  static func placed(_ values: [Int32], inGroups groupOfValue: [Int32], sizes: [Int])
    -> (starts: [Int], positions: [Int32])
  {
    var starts = [0]
    starts.reserveCapacity(sizes.count + 1)
    for size in sizes { starts.append((starts.last ?? 0) + size) }
    var fill = starts
    var positions = [Int32](repeating: 0, count: values.count)
    for (offset, value) in values.enumerated() {
      let group = Int(groupOfValue[offset])
      positions[fill[group]] = value
      fill[group] += 1
    }
    return (starts, positions)
  }

  /// The keys, in the order their groups were first seen.
  var keys: Dictionary<ElementID, Int>.Keys { groups.keys }

  /// The positions grouped under a key, in the order they were added; empty for an unknown key.
  subscript(key: ElementID) -> ArraySlice<Int32> {
    guard let group = groups[key] else { return [] }
    return positions[starts[group]..<starts[group + 1]]
  }
}
