/// Draws a ``Timeline`` as a standalone SVG chart: stacked bars of claimed fte per month (one
/// band per opdracht, colour and pattern), the capacity as a line, months above capacity shaded
/// (above 120 % stronger), the peildatum, SD12 clashes under the axis, a legend, and a small
/// panel of kosten against budget per year.
///
/// Every month is a `<g class="maand">` with `data-maand="YYYY-MM"` and `data-fte`. Text sizes
/// are set by class in a `<style>` block. Deterministic: the same timeline gives the same bytes.
public struct TimelineSVGWriter: Sendable {
  /// The width of the chart in SVG units.
  public static let width = 900.0

  /// Creates a writer.
  public init() {}

  /// The chart as SVG text.
  ///
  /// - Parameters:
  ///   - timeline: the timeline to draw.
  ///   - idPrefix: a prefix for the ids of patterns, unique in an HTML page that holds several
  ///     charts.
  ///   - compact: the printed report's variant: the same chart and texts with a lower plot, the
  ///     legend in two columns and a lower money panel.
  /// - Returns: a standalone SVG document.
  public func write(_ timeline: Timeline, idPrefix: String = "tl", compact: Bool = false) -> String
  {
    var chart = TimelineCanvas(timeline: timeline, prefix: Self.safe(idPrefix), compact: compact)
    return chart.draw()
  }

  /// Only letters, digits and `-`, so the prefix is a valid id.
  static func safe(_ text: String) -> String {
    let kept = text.unicodeScalars.map { scalar -> Character in
      switch scalar {
      case "a"..."z", "A"..."Z", "0"..."9", "-": Character(scalar)
      default: "-"
      }
    }
    return String(kept)
  }
}
