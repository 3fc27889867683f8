import DriehoekModel

extension Timeline {
  /// One row of the data table beside the chart: a month or a quarter.
  struct TableRow: Hashable, Sendable {
    /// `2026-03` or `2026 K1`.
    var label: String
    /// The highest daily claim in the period, in fte.
    var fte: Double
    /// That claim as a share of the capacity, in percent; `nil` without a capacity.
    var percentage: Double?
    /// Whether an SD12 clash falls in the period.
    var hasClash: Bool
  }

  /// The most rows the table has per month; beyond that it shows quarters.
  static let monthlyRowLimit = 24

  /// The compact table alternative to the chart: the months with a claim, or, when there are
  /// more than ``monthlyRowLimit``, the quarters with a claim (each its highest month).
  var tableRows: [TableRow] {
    let claimed = months.filter { $0.fte > 0 || $0.hasClash }
    guard claimed.count > Self.monthlyRowLimit else {
      return claimed.map {
        TableRow(
          label: $0.label, fte: $0.fte, percentage: percentage($0.fte), hasClash: $0.hasClash)
      }
    }
    var rows: [TableRow] = []
    var quarter = Int.min
    for month in claimed {
      let key = month.year * 4 + (month.month - 1) / 3
      if key != quarter {
        quarter = key
        rows.append(
          TableRow(
            label: "\(month.year) K\((month.month - 1) / 3 + 1)", fte: 0, percentage: nil,
            hasClash: false))
      }
      let last = rows.count - 1
      rows[last].fte = max(rows[last].fte, month.fte)
      rows[last].percentage = percentage(rows[last].fte)
      rows[last].hasClash = rows[last].hasClash || month.hasClash
    }
    return rows
  }
}
