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
  ///   - keyInTable: the opdrachten are keyed elsewhere, in a table that shows each band's
  ///     swatch before its opdracht (``swatch(_:idPrefix:)``): the legend lists no opdrachten and
  ///     says so. Meant for the report's printed chart, under its opdrachten table.
  /// - Returns: a standalone SVG document.
  public func write(
    _ timeline: Timeline, idPrefix: String = "tl", compact: Bool = false, keyInTable: Bool = false
  ) -> String {
    var chart = TimelineCanvas(
      timeline: timeline, prefix: Self.safe(idPrefix), compact: compact, keyInTable: keyInTable)
    return chart.draw()
  }

  /// A small inline SVG swatch of a band, filled with the pattern of the chart written with the
  /// same `idPrefix` in the same page (dashed and empty when the opdracht names no fte, as in
  /// the chart's own legend); hidden from assistive technology, as the table beside it names
  /// the opdracht.
  public func swatch(_ band: Timeline.Band, idPrefix: String) -> String {
    let fill =
      band.amount == nil
      ? "fill=\"none\" stroke=\"#8C8C8C\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\""
      : "fill=\"url(#\(Self.safe(idPrefix))-p\(band.style))\" stroke=\"#1A1A1A\" "
        + "stroke-width=\"1\""
    return "<svg class=\"staal\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 18\" "
      + "width=\"12\" height=\"9\" aria-hidden=\"true\" focusable=\"false\">"
      + "<rect x=\"0.5\" y=\"0.5\" width=\"23\" height=\"17\" \(fill)/></svg>"
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
