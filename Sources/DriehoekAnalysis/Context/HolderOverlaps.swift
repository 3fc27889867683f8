import DriehoekModel

/// Which of a set of holder periods overlap a period of another holder, in O(*n* log *n*).
///
/// Each entry is a closed interval of day ordinals (an open end is `Int.min` or `Int.max`).
/// Sorted by start, with the two largest ends of different holders kept for every prefix, one
/// binary search answers "does a period of another holder overlap this one?" and "which is the
/// first day this one shares with a period of another holder that started no later?". SD02
/// asked that of every pair, which took minutes for 20,000 eigenaar roles of one executor.
struct HolderOverlaps {
  struct Entry {
    var start: Int
    var end: Int
    var holder: ElementID
  }

  /// The two largest ends among a prefix, of different holders.
  private struct Best {
    var first: (end: Int, holder: ElementID)?
    var second: (end: Int, holder: ElementID)?

    mutating func add(_ end: Int, _ holder: ElementID) {
      if let current = first, current.holder == holder {
        if end > current.end { first = (end, holder) }
        return
      }
      if first == nil || end > (first?.end ?? .min) {
        second = first
        first = (end, holder)
      } else if second == nil || end > (second?.end ?? .min) {
        second = (end, holder)
      }
    }

    /// The largest end of a holder other than `holder`.
    func largestEnd(notOf holder: ElementID) -> Int? {
      if let first, first.holder != holder { return first.end }
      return second?.end
    }
  }

  private let sorted: [Entry]
  private let prefixBest: [Best]

  init(_ entries: [Entry]) {
    sorted = entries.sorted { $0.start < $1.start }
    var best = Best()
    var prefix: [Best] = []
    prefix.reserveCapacity(sorted.count)
    for entry in sorted {
      best.add(entry.end, entry.holder)
      prefix.append(best)
    }
    prefixBest = prefix
  }

  /// The index of the last sorted entry that starts on or before `day`, or `nil`.
  private func lastStarting(onOrBefore day: Int) -> Int? {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle].start <= day { low = middle + 1 } else { high = middle }
    }
    return low == 0 ? nil : low - 1
  }

  /// Whether a period of another holder shares a day with `entry`.
  func overlapsOtherHolder(_ entry: Entry) -> Bool {
    guard let last = lastStarting(onOrBefore: entry.end),
      let end = prefixBest[last].largestEnd(notOf: entry.holder)
    else { return false }
    return end >= entry.start
  }

  /// Whether a period of another holder that starts no later than `entry` is still running on
  /// `entry`'s first day (so they share `entry.start`).
  func sharesStartWithEarlierOtherHolder(_ entry: Entry) -> Bool {
    guard let last = lastStarting(onOrBefore: entry.start),
      let end = prefixBest[last].largestEnd(notOf: entry.holder)
    else { return false }
    return end >= entry.start
  }

  /// Whether any two entries of different holders overlap.
  var hasOverlap: Bool {
    sorted.contains { sharesStartWithEarlierOtherHolder($0) }
  }
}
