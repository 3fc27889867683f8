import DriehoekAnalysis
import DriehoekModel

/// The drawing of one ``Timeline``: lays out the chart and writes its SVG elements.
struct TimelineCanvas {
  let timeline: Timeline
  let prefix: String
  /// The printed report's variant: a lower plot, the legend in two columns and a lower money
  /// panel, so the chart takes less of the page at the same text size.
  let compact: Bool
  /// The report's printed chart, whose opdrachten are keyed in the opdrachten table above it
  /// (each row starts with its band's swatch): the legend lists no opdrachten, it says where
  /// their key is.
  let keyInTable: Bool
  private var body: [String] = []

  // Layout, in SVG units.
  /// The compact chart is wider, with the money panel beside the plot, when that panel has
  /// room for its figures there (at most six years); it then prints no wider than A4's text
  /// column at the scale its text needs.
  private var width: Double { moneyBeside ? 1_264 : TimelineSVGWriter.width }
  private var moneyBeside: Bool {
    compact && !timeline.years.isEmpty && timeline.years.count <= 6
  }
  private let plotLeft = 84.0
  private let plotRight = 870.0
  private let plotTop = 96.0
  private var plotHeight: Double { compact ? 150 : 280 }
  private var plotBottom: Double { plotTop + plotHeight }
  private var plotWidth: Double { plotRight - plotLeft }

  /// The colours of the bands (Rijkshuisstijl), combined with ``patterns``.
  static let colours = [
    "#01689B", "#E17000", "#39870C", "#A90061", "#FFB612", "#42145F", "#76D2B6", "#94710A",
    "#007BC7",
  ]
  /// The number of fill patterns (see ``patternMarkup(_:colour:)``).
  static let patternCount = 7

  init(timeline: Timeline, prefix: String, compact: Bool = false, keyInTable: Bool = false) {
    self.timeline = timeline
    self.prefix = prefix
    self.compact = compact
    self.keyInTable = keyInTable
  }

  mutating func draw() -> String {
    var y: Double
    if timeline.months.isEmpty {
      y = 90
      text(
        "Er zijn geen opdrachten aan \(timeline.executorName); er is niets te tekenen.",
        x: 24, y: 80, cls: "tekst")
    } else {
      drawPlot()
      y = drawLegend(top: plotBottom + (timeline.months.contains(where: \.hasClash) ? 78 : 58))
      if moneyBeside {
        _ = drawMoney(top: plotTop - 22, left: 930, span: width - 950)
        y += 18
        text(Self.spread, x: 24, y: y, cls: "tekst")
      } else {
        y = drawMoney(top: y + 10, left: plotLeft, span: plotWidth)
      }
    }
    for note in timeline.notes where !timeline.months.isEmpty {
      y += 18
      text(note, x: 24, y: y, cls: "tekst")
    }
    let height = (y + 20).rounded(.up)
    var head: [String] = []
    head.append(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
        + "width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" "
        + "aria-label=\"\(escape(fullTitle))\" aria-describedby=\"\(prefix)-desc\" class=\"tijdlijn\" "
        + "font-family=\"RO Sans, Segoe UI, Calibri, Arial, Liberation Sans, sans-serif\" "

        + "data-uitvoerder=\"\(escape(timeline.executor.description))\">")
    head.append("<title id=\"\(prefix)-titel\">\(escape(fullTitle))</title>")
    head.append("<desc id=\"\(prefix)-desc\">\(escape(summary))</desc>")
    head.append("<defs>\(patterns)</defs>")
    head.append(
      "<rect x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"#FFFFFF\"/>")
    head.append(
      "<text class=\"titel\" \(Self.attributes(for: "titel")) x=\"24\" y=\"32\">"
        + "\(escape(title))</text>")
    head.append(
      "<text class=\"tekst\" \(Self.attributes(for: "tekst")) x=\"24\" y=\"56\">"
        + "\(escape(subtitle))</text>")
    return (head + body + ["</svg>", ""]).joined(separator: "\n")
  }

  /// The text styles by class, written as attributes on each text (no `<style>` block, so the
  /// chart can be inlined into an HTML page without its rules applying to the page).
  static func attributes(for cls: String) -> String {
    var result: [String] = []
    for name in cls.split(separator: " ") {
      switch name {
      case "titel": result.append("font-size=\"20\" font-weight=\"bold\"")
      case "kop": result.append("font-size=\"14\" font-weight=\"bold\"")
      case "tekst": result.append("font-size=\"13\"")
      case "as": result.append("font-size=\"12\"")
      case "halo":
        result.append(
          "paint-order=\"stroke\" stroke=\"#FFFFFF\" stroke-width=\"4\" stroke-linejoin=\"round\"")
      default: break
      }
    }
    return result.joined(separator: " ")
  }

  // MARK: - Texts

  /// The title with the model's name, for screen readers: `Model: Tijdlijn …`.
  var fullTitle: String { "\(timeline.modelName): \(title)" }

  var title: String { "Tijdlijn \(timeline.executorName): capaciteit en opdrachten" }

  var subtitle: String {
    var parts = ["Peildatum \(timeline.peildatum)"]
    if let capacity = timeline.capacity {
      parts.append("capaciteit \(capacity.text(in: .nl)) fte")
    } else {
      parts.append("geen capaciteit opgegeven")
    }
    if !timeline.months.isEmpty {
      let peak = timeline.peakFromPeildatum
      let share = timeline.percentage(peak).map { " (\($0.rounded().text(in: .nl)) %)" } ?? ""
      parts.append("hoogste claim vanaf de peildatum \(peak.text(in: .nl)) fte\(share)")
    }
    return parts.joined(separator: " · ")
  }

  var summary: String {
    guard let first = timeline.months.first, let last = timeline.months.last else {
      return "Er zijn geen opdrachten aan \(timeline.executorName)."
    }
    var parts = [
      "Per maand van \(first.label) tot en met \(last.label) de hoogste geclaimde capaciteit op één dag "
        + "(fte), gestapeld per opdracht op die dag."
    ]
    parts.append(subtitle + ".")
    if let capacity = timeline.capacity, capacity > 0 {
      let over = timeline.months.filter { $0.fte > capacity }.count
      let high = timeline.months.filter { $0.fte * 100 > capacity * 120 }.count
      parts.append("\(over) maand(en) boven de capaciteit, waarvan \(high) boven 120 %.")
    }
    let clashes = timeline.months.filter(\.hasClash).count
    if clashes > 0 {
      parts.append("SD12-prioriteitsconflict in \(clashes) maand(en).")
    }
    return parts.joined(separator: " ")
  }

  // MARK: - Plot

  private var maximum: Double {
    let highest = timeline.months.map(\.fte).max() ?? 0
    let capacity = (timeline.capacity ?? 0) * 1.2
    // Infinite or absurd figures (a hostile model) are drawn against a finite scale.
    return min(max([highest, capacity].filter(\.isFinite).max() ?? 1, 1), 1e15)
  }

  private var tickStep: Double {
    let rough = maximum / 5
    var magnitude = 1.0
    while magnitude * 10 <= rough { magnitude *= 10 }
    while magnitude > rough, magnitude > 1e-6 { magnitude /= 10 }
    for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where magnitude * factor >= rough {
      return magnitude * factor
    }
    return magnitude * 10
  }

  private var top: Double { (maximum / tickStep).rounded(.up) * tickStep }

  private func yPosition(_ value: Double) -> Double {
    plotBottom - value / top * plotHeight
  }

  private var columnWidth: Double { plotWidth / Double(max(timeline.months.count, 1)) }

  private func xPosition(_ offset: Int) -> Double { plotLeft + Double(offset) * columnWidth }

  private mutating func drawPlot() {
    let months = timeline.months
    // Gridlines and the y axis.
    var tick = 0.0
    while tick <= top + tickStep / 2 {
      let y = yPosition(tick)
      body.append(
        "<line x1=\"\(n(plotLeft))\" y1=\"\(n(y))\" x2=\"\(n(plotRight))\" y2=\"\(n(y))\" "
          + "stroke=\"#CCCCCC\" stroke-width=\"1\"/>")
      text(tick.text(in: .nl), x: plotLeft - 8, y: y + 4, cls: "as", anchor: "end")
      tick += tickStep
    }
    text("fte", x: plotLeft - 8, y: plotTop - 12, cls: "as", anchor: "end")
    // The months: shading, stacked bands, figures.
    let capacity = timeline.capacity
    let bandsByID = Dictionary(
      timeline.bands.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for (offset, month) in months.enumerated() {
      let x = xPosition(offset)
      var parts: [String] = []
      let share = timeline.percentage(month.fte)
      let shareText = share.map { ", \($0.rounded().text(in: .nl)) % van de capaciteit" } ?? ""
      parts.append(
        "<g class=\"maand\" data-maand=\"\(month.label)\" "
          + "data-fte=\"\(TimelineCalendar.plain(month.fte))\""
          + (share.map {
            " data-capaciteit-pct=\"\(TimelineCalendar.plain(($0 * 10).rounded() / 10))\""
          } ?? "")
          + ">")
      parts.append("<title>\(month.label): \(month.fte.text(in: .nl)) fte\(shareText)</title>")
      if let capacity, month.fte > capacity {
        let strong = month.fte * 100 > capacity * 120
        // The zone above the capacity line is shaded in the months that reach into it.
        let line = yPosition(capacity)
        parts.append(
          "<rect class=\"\(strong ? "boven-120" : "boven-capaciteit")\" x=\"\(n(x))\" "
            + "y=\"\(n(plotTop))\" width=\"\(n(columnWidth))\" height=\"\(n(line - plotTop))\" "
            + "fill=\"url(#\(prefix)-\(strong ? "hoog" : "over"))\"/>")
      }
      var level = 0.0
      let barWidth = max(columnWidth * 0.8, 1)
      for id in month.bands {
        guard let band = bandsByID[id], let amount = band.amount, amount > 0 else { continue }
        let lower = yPosition(level)
        level += amount
        let upper = yPosition(level)
        parts.append(
          "<rect x=\"\(n(x + (columnWidth - barWidth) / 2))\" y=\"\(n(upper))\" "
            + "width=\"\(n(barWidth))\" height=\"\(n(lower - upper))\" "
            + "fill=\"url(#\(prefix)-p\(band.style))\" stroke=\"#FFFFFF\" stroke-width=\"0.5\" "
            + "data-opdracht=\"\(escape(id.description))\"/>")
      }
      parts.append("</g>")
      body.append(parts.joined())
    }
    // The axes.
    body.append(
      "<line x1=\"\(n(plotLeft))\" y1=\"\(n(plotBottom))\" x2=\"\(n(plotRight))\" "
        + "y2=\"\(n(plotBottom))\" stroke=\"#1A1A1A\" stroke-width=\"1.5\"/>")
    drawMonthLabels()
    drawCapacity()
    drawPeildatum()
    drawClashes()
  }

  private static let monthNames = [
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
  ]

  private mutating func drawMonthLabels() {
    let count = timeline.months.count
    let step = [1, 2, 3, 6, 12].first { count / $0 <= 18 } ?? 12
    let yearStep = max(1, (count / 12 + 11) / 12)
    for (offset, month) in timeline.months.enumerated() {
      let x = xPosition(offset)
      if month.month == 1 {
        body.append(
          "<line x1=\"\(n(x))\" y1=\"\(n(plotTop))\" x2=\"\(n(x))\" y2=\"\(n(plotBottom + 30))\" "
            + "stroke=\"#8C8C8C\" stroke-width=\"1\"/>")
        if month.year % yearStep == 0 {
          text(String(month.year), x: x + 3, y: plotBottom + 30, cls: "as")
        }
      }
      if step < 12, (month.month - 1) % step == 0 {
        text(
          Self.monthNames[month.month - 1], x: x + columnWidth / 2, y: plotBottom + 15,
          cls: "as", anchor: "middle")
      }
    }
    if let first = timeline.months.first, first.month != 1 {
      text(String(first.year), x: plotLeft + 3, y: plotBottom + 30, cls: "as")
    }
  }

  private mutating func drawCapacity() {
    guard let capacity = timeline.capacity else {
      text("geen capaciteit opgegeven", x: plotLeft + 8, y: plotTop + 16, cls: "tekst halo")
      return
    }
    let y = yPosition(capacity)
    body.append(
      "<line class=\"capaciteit\" x1=\"\(n(plotLeft))\" y1=\"\(n(y))\" x2=\"\(n(plotRight))\" "
        + "y2=\"\(n(y))\" stroke=\"#154273\" stroke-width=\"3\"/>")
    text(
      "capaciteit \(capacity.text(in: .nl)) fte", x: plotRight - 4, y: y - 6, cls: "tekst halo",
      anchor: "end")
    let high = yPosition(capacity * 1.2)
    body.append(
      "<line x1=\"\(n(plotLeft))\" y1=\"\(n(high))\" x2=\"\(n(plotRight))\" y2=\"\(n(high))\" "
        + "stroke=\"#154273\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>")
    text("120 %", x: plotRight - 4, y: high - 6, cls: "as halo", anchor: "end")
  }

  private mutating func drawPeildatum() {
    guard let first = timeline.months.first else { return }
    let offset = timeline.peildatumMonth - first.index
    guard offset >= 0, offset < timeline.months.count,
      let monthStart = TimelineCalendar.firstDay(of: timeline.peildatumMonth),
      let monthEnd = TimelineCalendar.lastDay(of: timeline.peildatumMonth)
    else { return }
    let fraction =
      Double(timeline.peildatum.ordinal - monthStart.ordinal)
      / Double(monthEnd.ordinal - monthStart.ordinal + 1)
    let x = xPosition(offset) + fraction * columnWidth
    body.append(
      "<line class=\"peildatum\" x1=\"\(n(x))\" y1=\"\(n(plotTop - 8))\" x2=\"\(n(x))\" "
        + "y2=\"\(n(plotBottom))\" stroke=\"#D52B1E\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/>"
    )
    let anchor = x > plotRight - 120 ? "end" : "start"
    text(
      "peildatum \(timeline.peildatum)", x: anchor == "end" ? x - 4 : x + 4, y: plotTop - 10,
      cls: "as halo", anchor: anchor)
  }

  private mutating func drawClashes() {
    guard timeline.months.contains(where: \.hasClash) else { return }
    let y = plotBottom + 40
    text("SD12", x: plotLeft - 8, y: y + 11, cls: "as", anchor: "end")
    for (offset, month) in timeline.months.enumerated() where month.hasClash {
      body.append(
        "<rect class=\"sd12\" data-maand=\"\(month.label)\" x=\"\(n(xPosition(offset)))\" "
          + "y=\"\(n(y))\" width=\"\(n(columnWidth))\" height=\"14\" fill=\"url(#\(prefix)-sd12)\" "
          + "stroke=\"#D52B1E\" stroke-width=\"1\"><title>\(month.label): SD12 "
          + "prioriteitsconflict</title></rect>")
    }
  }

  // MARK: - Legend

  private mutating func drawLegend(top: Double) -> Double {
    var y = top
    if keyInTable {
      // The key to shading and lines on the legend's first line, then what the bars are.
      y -= 28
    } else {
      drawBandLegend(y: &y)
    }
    drawKey(y: &y)
    y += 20
    let stacked = "Per maand de drukste dag: de opdrachten die die dag lopen, gestapeld."
    guard keyInTable else {
      text(stacked, x: 24, y: y, cls: "tekst")
      return y
    }
    let keyPlace = "Kleur en patroon van een opdracht: als vóór haar naam in de tabel Opdrachten."
    if moneyBeside {
      text(stacked + " " + keyPlace, x: 24, y: y, cls: "tekst")
    } else {
      text(stacked, x: 24, y: y, cls: "tekst")
      y += 18
      text(keyPlace, x: 24, y: y, cls: "tekst")
    }
    return y
  }

  /// One entry per opdracht: its swatch, opdrachtgever, name, fte and period.
  private mutating func drawBandLegend(y: inout Double) {
    text("Opdrachten, per opdrachtgever (fte per dag)", x: 24, y: y, cls: "kop")
    let columns =
      moneyBeside && timeline.bands.count > 4 ? 3 : timeline.bands.count > (compact ? 1 : 8) ? 2 : 1
    let columnWidth = (width - 48) / Double(columns)
    let characters = Int((columnWidth - 30) / 6.6)
    for (offset, band) in timeline.bands.enumerated() {
      let column = offset % columns
      if column == 0 { y += 22 }
      let x = 24 + Double(column) * columnWidth
      if band.amount != nil {
        body.append(
          "<rect x=\"\(n(x))\" y=\"\(n(y - 12))\" width=\"18\" height=\"15\" "
            + "fill=\"url(#\(prefix)-p\(band.style))\" stroke=\"#1A1A1A\" stroke-width=\"0.75\"/>")
      } else {
        body.append(
          "<rect x=\"\(n(x))\" y=\"\(n(y - 12))\" width=\"18\" height=\"15\" fill=\"none\" "
            + "stroke=\"#8C8C8C\" stroke-width=\"1\" stroke-dasharray=\"2 2\"/>")
      }
      text(Self.truncated(legendText(band), to: characters), x: x + 26, y: y, cls: "tekst")
    }
  }

  /// The key to shading and lines, on one line 28 units under `y`.
  private mutating func drawKey(y: inout Double) {
    y += 28
    let y = y
    var x = 24.0
    func key(_ label: String, swatch: String) {
      body.append(swatch)
      text(label, x: x + 26, y: y, cls: "tekst")
      x += 26 + Double(label.count) * 7 + 18
    }
    if timeline.capacity != nil {
      key(
        "boven capaciteit",
        swatch: "<rect x=\"\(n(x))\" y=\"\(n(y - 12))\" width=\"18\" height=\"15\" "
          + "fill=\"url(#\(prefix)-over)\" stroke=\"#8C8C8C\"/>")
      key(
        "boven 120 %",
        swatch: "<rect x=\"\(n(x))\" y=\"\(n(y - 12))\" width=\"18\" height=\"15\" "
          + "fill=\"url(#\(prefix)-hoog)\" stroke=\"#8C8C8C\"/>")
      key(
        "capaciteit",
        swatch: "<line x1=\"\(n(x))\" y1=\"\(n(y - 5))\" x2=\"\(n(x + 18))\" y2=\"\(n(y - 5))\" "
          + "stroke=\"#154273\" stroke-width=\"3\"/>")
    }
    key(
      "peildatum",
      swatch: "<line x1=\"\(n(x + 9))\" y1=\"\(n(y - 13))\" x2=\"\(n(x + 9))\" y2=\"\(n(y + 3))\" "
        + "stroke=\"#D52B1E\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/>")
    if timeline.months.contains(where: \.hasClash) {
      key(
        "SD12: twee opdrachten ‘hoogste’ tegelijk",
        swatch: "<rect x=\"\(n(x))\" y=\"\(n(y - 12))\" width=\"18\" height=\"15\" "
          + "fill=\"url(#\(prefix)-sd12)\" stroke=\"#D52B1E\"/>")
    }
  }

  private func legendText(_ band: Timeline.Band) -> String {
    var text = (band.opdrachtgever.map { "\($0): " } ?? "") + band.name
    var details: [String] = []
    details.append(band.amount.map { "\($0.text(in: .nl)) fte" } ?? "geen fte opgegeven")
    switch (band.period?.start, band.period?.end) {
    case (.some(let start), .some(let end)): details.append("\(start) t/m \(end)")
    case (.some(let start), .none): details.append("vanaf \(start), geen einddatum")
    case (.none, .some(let end)): details.append("t/m \(end)")
    case (.none, .none): details.append("doorlopend")
    }
    if band.isUrgent { details.append("hoogste prioriteit") }
    text += " (" + details.joined(separator: ", ") + ")"
    return text
  }

  static func truncated(_ text: String, to count: Int) -> String {
    text.count <= count ? text : String(text.prefix(max(count - 1, 1))) + "…"
  }

  // MARK: - Money

  /// What the money panel's bars mean, under its heading (or, compact, beside its key).
  static let spread = "Bedragen van een opdracht gelijk verdeeld over de dagen van haar periode."

  /// The money panel, its bars from `left` over at most `span` units; returns its lowest line.
  private mutating func drawMoney(top: Double, left: Double, span: Double) -> Double {
    let years = timeline.years
    guard !years.isEmpty else { return top }
    let keyLeft = moneyBeside ? left : 24
    var y = top + 22
    text("Kosten en budget per jaar (mln euro)", x: keyLeft, y: y, cls: "kop")
    if !compact {
      y += 18
      text(Self.spread, x: 24, y: y, cls: "tekst")
    }
    let panelTop = y + 26
    let panelHeight = compact ? 56.0 : 90.0
    let bottom = panelTop + panelHeight
    let highest = max(years.map { max($0.kosten, $0.budget) }.max() ?? 0, 1)
    let group = min(span / Double(years.count), 120)
    let bar = group * 0.32
    for (offset, year) in years.enumerated() {
      let x = left + Double(offset) * group
      var parts = [
        "<g class=\"jaar\" data-jaar=\"\(year.year)\" data-kosten=\"\(TimelineCalendar.plain(year.kosten))\" "
          + "data-budget=\"\(TimelineCalendar.plain(year.budget))\">"
      ]
      parts.append(
        "<title>\(year.year): kosten \((year.kosten / 1e6).text(in: .nl)) mln, budget "
          + "\((year.budget / 1e6).text(in: .nl)) mln euro</title>")
      for (index, value) in [year.kosten, year.budget].enumerated() {
        let height = value / highest * panelHeight
        let barX = x + group * 0.12 + Double(index) * (bar + group * 0.06)
        let fill = index == 0 ? "#154273" : "url(#\(prefix)-budget)"
        parts.append(
          "<rect x=\"\(n(barX))\" y=\"\(n(bottom - height))\" width=\"\(n(bar))\" "
            + "height=\"\(n(height))\" fill=\"\(fill)\" stroke=\"#154273\" stroke-width=\"1\"/>")
      }
      parts.append("</g>")
      body.append(parts.joined())
      if group >= (compact ? 50 : 56) {
        for (index, value) in [year.kosten, year.budget].enumerated() {
          let height = value / highest * panelHeight
          let barX = x + group * 0.12 + Double(index) * (bar + group * 0.06)
          text(
            (value / 1e6).rounded().text(in: .nl), x: barX + bar / 2, y: bottom - height - 4,
            cls: "as", anchor: "middle")
        }
      }
      text(String(year.year), x: x + group / 2, y: bottom + 16, cls: "as", anchor: "middle")
    }
    body.append(
      "<line x1=\"\(n(left))\" y1=\"\(n(bottom))\" x2=\"\(n(left + group * Double(years.count)))\" "
        + "y2=\"\(n(bottom))\" stroke=\"#1A1A1A\" stroke-width=\"1\"/>")
    let keyY = bottom + 40
    body.append(
      "<rect x=\"\(n(keyLeft))\" y=\"\(n(keyY - 12))\" width=\"18\" height=\"15\" "
        + "fill=\"#154273\"/>")
    text("kosten", x: keyLeft + 26, y: keyY, cls: "tekst")
    body.append(
      "<rect x=\"\(n(keyLeft + 96))\" y=\"\(n(keyY - 12))\" width=\"18\" height=\"15\" "
        + "fill=\"url(#\(prefix)-budget)\" stroke=\"#154273\"/>")
    text("budget", x: keyLeft + 122, y: keyY, cls: "tekst")
    if compact && !moneyBeside {
      // The explanation the full chart gives under its heading, here beside the key.
      text(Self.spread, x: 220, y: keyY, cls: "tekst")
    }
    return keyY
  }

  // MARK: - Patterns

  private var patterns: String {
    var result = timeline.bands.map { band in
      Self.patternMarkup(
        id: "\(prefix)-p\(band.style)", index: band.style,
        colour: Self.colours[band.style % Self.colours.count])
    }
    result.append(
      "<pattern id=\"\(prefix)-over\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
        + "<rect width=\"8\" height=\"8\" fill=\"#FBE3CC\"/></pattern>")
    result.append(
      "<pattern id=\"\(prefix)-hoog\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
        + "<rect width=\"8\" height=\"8\" fill=\"#F4B5AE\"/>"
        + "<path d=\"M0,8 L8,0\" stroke=\"#C0392B\" stroke-width=\"1\"/></pattern>")
    result.append(
      "<pattern id=\"\(prefix)-sd12\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
        + "<rect width=\"6\" height=\"6\" fill=\"#D52B1E\"/>"
        + "<path d=\"M0,0 L6,6 M6,0 L0,6\" stroke=\"#FFFFFF\" stroke-width=\"1\"/></pattern>")
    result.append(
      "<pattern id=\"\(prefix)-budget\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
        + "<rect width=\"6\" height=\"6\" fill=\"#FFFFFF\"/>"
        + "<path d=\"M0,6 L6,0\" stroke=\"#154273\" stroke-width=\"1.5\"/></pattern>")
    return result.joined()
  }

  /// A fill: the colour with one of seven overlays (none, diagonal, dots, horizontal,
  /// crosshatch, vertical, other diagonal), so bands differ in grey print as well.
  static func patternMarkup(id: String, index: Int, colour: String) -> String {
    let overlay: String
    switch (index / colours.count + index) % patternCount {
    case 0: overlay = ""
    case 1:
      overlay =
        "<path d=\"M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6\" stroke=\"#FFFFFF\" stroke-width=\"2\"/>"
    case 2: overlay = "<circle cx=\"4\" cy=\"4\" r=\"1.8\" fill=\"#FFFFFF\"/>"
    case 3: overlay = "<path d=\"M0,4 L8,4\" stroke=\"#FFFFFF\" stroke-width=\"2\"/>"
    case 4: overlay = "<path d=\"M0,4 L8,4 M4,0 L4,8\" stroke=\"#FFFFFF\" stroke-width=\"1.5\"/>"
    case 5: overlay = "<path d=\"M4,0 L4,8\" stroke=\"#FFFFFF\" stroke-width=\"2\"/>"
    default:
      overlay =
        "<path d=\"M0,0 L8,8 M-2,6 L2,10 M6,-2 L10,2\" stroke=\"#1A1A1A\" stroke-width=\"1.5\"/>"
    }
    return "<pattern id=\"\(id)\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
      + "<rect width=\"8\" height=\"8\" fill=\"\(colour)\"/>\(overlay)</pattern>"
  }

  // MARK: - Writing

  private mutating func text(
    _ content: String, x: Double, y: Double, cls: String, anchor: String = "start"
  ) {
    let anchorText = anchor == "start" ? "" : " text-anchor=\"\(anchor)\""
    body.append(
      "<text class=\"\(cls)\" \(Self.attributes(for: cls)) x=\"\(n(x))\" y=\"\(n(y))\"\(anchorText)>\(escape(content))</text>"
    )
  }

  private func escape(_ text: String) -> String { XMLText.escaped(text) }

  /// A coordinate with at most two decimals.
  private func n(_ value: Double) -> String {
    TimelineCalendar.plain((value * 100).rounded() / 100)
  }
}
