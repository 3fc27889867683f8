public import DriehoekModel

/// A sweep over the boundaries of periods that finds the stretch of days with the highest
/// total claim.
///
/// Each claim holds from the first to the last day of its period (`nil` ends are open). The
/// sweep visits only the days on which some period starts or ends, never every day.
public struct ClaimSweep: Sendable {
  /// One claim: an id, the period it runs, and the amount it claims on each day.
  public struct Claim: Hashable, Sendable {
    /// What claims.
    public var id: ElementID
    /// When it claims; `nil` means always.
    public var period: Period?
    /// How much it claims per day.
    public var amount: Double

    /// Creates a claim.
    public init(id: ElementID, period: Period?, amount: Double) {
      self.id = id
      self.period = period
      self.amount = amount
    }
  }

  /// The highest total claim and the first stretch of days on which it holds.
  public struct Peak: Hashable, Sendable {
    /// The total claim.
    public var level: Double
    /// The first day of the stretch; `nil` when it is open at the start.
    public var start: Day?
    /// The last day of the stretch; `nil` when it is open at the end.
    public var end: Day?
    /// The ids of the claims active at the start of the stretch, sorted.
    public var ids: [ElementID]
  }

  /// The claims swept over.
  public var claims: [Claim]

  /// Creates a sweep over claims.
  public init(claims: [Claim]) {
    self.claims = claims
  }

  /// The highest total claim (above zero) and its first stretch of days, or `nil` when nothing
  /// claims anything.
  /// - Complexity: O(*n* log *n* + *b* · *n*) for *n* claims and *b* ≤ 2*n* boundaries.
  public func peak() -> Peak? {
    let spans = claims.compactMap { claim -> (start: Int, end: Int, claim: Claim)? in
      if claim.period?.isReversed == true { return nil }
      let start = claim.period?.start?.ordinal ?? Int.min
      let end = claim.period?.end.map { $0.ordinal + 1 } ?? Int.max
      return (start, end, claim)
    }
    // The ends and amounts as plain numbers, so the sum per boundary copies no claims.
    let starts = spans.map(\.start)
    let ends = spans.map(\.end)
    let amounts = spans.map(\.claim.amount)
    // Every distinct boundary, ascending (sorted, then adjacent duplicates dropped).
    var boundaries = (starts + ends).sorted()
    var distinct = 0
    for boundary in boundaries where distinct == 0 || boundaries[distinct - 1] != boundary {
      boundaries[distinct] = boundary
      distinct += 1
    }
    boundaries.removeLast(boundaries.count - distinct)
    var best: Peak?
    var bestBoundary = Int.min
    var bestEnd = Int.min
    var extending = false
    for (offset, boundary) in boundaries.enumerated() where boundary != Int.max {
      let next = offset + 1 < boundaries.count ? boundaries[offset + 1] : Int.max
      let segmentEnd = next == Int.max ? Int.max : next - 1
      // The claims active on the boundary, summed in their order (no list built per boundary).
      var level = 0.0
      for position in amounts.indices
      where starts[position] <= boundary && boundary < ends[position] {
        level += amounts[position]
      }
      guard level > 0 else {
        extending = false
        continue
      }
      if let current = best, level == current.level, extending, bestEnd &+ 1 == boundary {
        bestEnd = segmentEnd
        best?.end = segmentEnd == Int.max ? nil : Day(ordinal: segmentEnd)
        continue
      }
      if best.map({ level > $0.level }) ?? true {
        // The ids are those active on the boundary where the peak starts: they are listed
        // once, for the final peak, below.
        best = Peak(
          level: level, start: boundary == Int.min ? nil : Day(ordinal: boundary),
          end: segmentEnd == Int.max ? nil : Day(ordinal: segmentEnd), ids: [])
        bestBoundary = boundary
        bestEnd = segmentEnd
        extending = true
      } else {
        extending = false
      }
    }
    best?.ids = spans.indices.compactMap { position in
      spans[position].start <= bestBoundary && bestBoundary < spans[position].end
        ? spans[position].claim.id : nil
    }.sorted()
    return best
  }
}
