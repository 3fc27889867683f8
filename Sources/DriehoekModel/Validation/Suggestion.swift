/// Finds the closest candidate to a misspelt word, for "did you mean" hints.
public enum Suggestion {
  /// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
  ///
  /// - Parameters:
  ///   - word: The word as written.
  ///   - candidates: The words it may have meant.
  /// - Returns: The first candidate that starts with the word (of three letters or more), else
  ///   the closest candidate within a distance of about a third of the longer word's length,
  ///   else the longest candidate (of three letters or more) that the word starts with, or
  ///   `nil`.
  /// - Complexity: O(*n* · *m*²) for *n* candidates of length *m*.
  public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
    let lowered = Array(word.lowercased().unicodeScalars)
    // A word that a candidate starts with ("zbo" for "zbo-publiek") is most likely a shortening.
    if lowered.count >= 3,
      let completion = candidates.first(where: {
        $0 != word && $0.lowercased().hasPrefix(word.lowercased())
      })
    {
      return completion
    }
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where candidate != word {
      let other = Array(candidate.lowercased().unicodeScalars)
      let limit = max(2, (max(lowered.count, other.count) + 2) / 3)
      guard abs(other.count - lowered.count) <= limit else { continue }
      let distance = editDistance(lowered, other)
      guard distance <= limit else { continue }
      if best.map({ distance < $0.distance }) ?? true { best = (candidate, distance) }
    }
    if let best { return best.candidate }
    // A candidate the word starts with ("mandaat" for "mandaatbesluit") is the word lengthened;
    // the longest such candidate is the most specific.
    let lengthened = candidates.filter { candidate in
      candidate.count >= 3 && candidate != word
        && word.lowercased().hasPrefix(candidate.lowercased())
    }
    return lengthened.max { $0.count < $1.count }
  }

  static func editDistance(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar]) -> Int {
    if lhs.isEmpty { return rhs.count }
    if rhs.isEmpty { return lhs.count }
    var previous = Array(0...rhs.count)
    var current = [Int](repeating: 0, count: rhs.count + 1)
    for i in 1...lhs.count {
      current[0] = i
      for j in 1...rhs.count {
        let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[rhs.count]
  }
}
