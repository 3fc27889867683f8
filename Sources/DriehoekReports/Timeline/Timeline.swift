public import DriehoekModel

/// The claims on one executor over time.
///
/// Per month the highest daily claim of its opdrachten, the opdrachten behind it, its capacity,
/// the SD12 priority clashes, and kosten against budget per year. The data behind the `tijdlijn:ID` chart and its table in the report.
///
/// Built by ``init(executor:model:peildatum:clashes:)``; drawn by ``TimelineSVGWriter``.
public struct Timeline: Hashable, Sendable {
  /// One opdracht, drawn as a band of the stacked bars.
  public struct Band: Hashable, Sendable {
    /// The opdracht.
    public var id: ElementID
    /// Its name.
    public var name: String
    /// The name of its opdrachtgever, or `nil` when it names none.
    public var opdrachtgever: String?
    /// The fte it claims on each day of its period; `nil` when it names no capaciteit.
    public var amount: Double?
    /// Its period; `nil` means always.
    public var period: Period?
    /// Its kosten in euro over the whole period, if any.
    public var kosten: Double?
    /// Its budget in euro over the whole period, if any.
    public var budget: Double?
    /// Whether its priority is `hoogste`.
    public var isUrgent: Bool
    /// Its position among the bands: the colour and pattern it is drawn in.
    public var style: Int
  }

  /// One month of the chart.
  public struct Month: Hashable, Sendable {
    /// The month, counted as `year * 12 + month - 1`.
    public var index: Int
    /// The highest total claim on one day of the month, in fte (0 when nothing claims).
    public var fte: Double
    /// The opdrachten that claim on that day, in band order.
    public var bands: [ElementID]
    /// Whether two `hoogste` opdrachten of an SD12 clash both run in the month.
    public var hasClash: Bool

    /// The year.
    public var year: Int { index / 12 }
    /// The month of the year, 1 to 12.
    public var month: Int { index % 12 + 1 }
    /// The month as `YYYY-MM`.
    public var label: String { TimelineCalendar.label(index) }
  }

  /// Kosten and budget of one year.
  public struct Year: Hashable, Sendable {
    /// The year.
    public var year: Int
    /// The kosten that fall in the year, in euro.
    public var kosten: Double
    /// The budget that falls in the year, in euro.
    public var budget: Double
  }

  /// The name of the model.
  public var modelName: String
  /// The executor.
  public var executor: ElementID
  /// Its name.
  public var executorName: String
  /// Its capacity in fte, or `nil` when it names none.
  public var capacity: Double?
  /// The peildatum.
  public var peildatum: Day
  /// Its opdrachten, grouped by opdrachtgever (by name), then by opdracht id.
  public var bands: [Band]
  /// The months drawn, consecutive; empty when the executor has no opdrachten.
  public var months: [Month]
  /// Kosten against budget per year, where opdrachten with a full period have them.
  public var years: [Year]
  /// What the chart should say about how it was made (horizon, cut-off, left out).
  public var notes: [String]

  /// The index of the peildatum's month.
  public var peildatumMonth: Int { TimelineCalendar.monthIndex(of: peildatum) }

  /// The highest monthly figure from the peildatum's month on (SD11 looks at the same days).
  public var peakFromPeildatum: Double {
    months.filter { $0.index >= peildatumMonth }.map(\.fte).max() ?? 0
  }

  /// The share of the capacity a figure is, in percent; `nil` without a positive capacity.
  public func percentage(_ fte: Double) -> Double? {
    guard let capacity, capacity > 0 else { return nil }
    return fte * 100 / capacity
  }
}
