import DriehoekDiagram
import DriehoekModel
import Testing

@testable import DriehoekReports

/// How triangles and timelines in an executor's section print (PrintFit, docs/reports.md).
@Suite struct PrintFitTests {
  /// A Graphviz-like SVG of `width` × `height` pt with texts of the given sizes.
  private func svg(width: Double, height: Double, sizes: [Double]) -> String {
    let texts = sizes.map { "<text font-size=\"\($0)\">x</text>" }.joined()
    return
      "<svg width=\"\(width)pt\" height=\"\(height)pt\" viewBox=\"0.00 0.00 \(width) \(height)\""
      + " xmlns=\"http://www.w3.org/2000/svg\">" + texts + "</svg>"
  }

  @Test func metricsReadTheSizeAndTheTenthPercentileOfTheTextInPoints() throws {
    let sizes = [8.0] + Array(repeating: 10.0, count: 9) + [16]
    let metrics = try #require(
      InlineSVG.printMetrics(of: svg(width: 700, height: 680, sizes: sizes)))
    #expect(metrics.size == PrintFit.Size(width: 700, height: 680))
    #expect(metrics.text == 10)
    // Pixels (the timeline writer): 900 px is 675 pt, and a 12 px text 9 pt.
    let pixels =
      "<svg viewBox=\"0 0 900 600\" width=\"900\" height=\"600\"><text font-size=\"12\">a</text></svg>"
    let timeline = try #require(InlineSVG.printMetrics(of: pixels))
    #expect(timeline.size == PrintFit.Size(width: 675, height: 450))
    #expect(timeline.text == 9)
    #expect(InlineSVG.printMetrics(of: "<svg viewBox=\"0 0 10 10\"></svg>") == nil)
  }

  @Test func aSquareTriangleStaysUprightAtTheLegibleScale() {
    let fit = PrintFit.place(PrintFit.Size(width: 698, height: 684), text: 8, landscape: true)
    #expect(!fit.isLandscape)
    // 5 pt from 8 pt: 0.625, which fits the 527 pt of a portrait page.
    #expect(abs(fit.scale - 0.625) < 1e-9)
    #expect(abs(fit.printedText - PrintFit.targetText) < 1e-9)
    #expect(fit.style == "--druk-breedte: 436.2pt")
  }

  @Test func aWideTriangleTurnsToALandscapePageWhereItPrintsLarger() {
    let size = PrintFit.Size(width: 1014, height: 714)
    let fit = PrintFit.place(size, text: 8, landscape: true)
    #expect(fit.isLandscape)
    // Across a portrait page it would print at 527/1014 = 0.52, its text at 4.2 pt.
    #expect(fit.printedText >= 5)
    #expect(fit.width <= PrintFit.landscapeBox.width)
    #expect(fit.scale * size.height <= PrintFit.landscapeBox.height)
    // A timeline never turns: it takes the portrait width.
    let timeline = PrintFit.place(size, text: 8, landscape: false)
    #expect(!timeline.isLandscape)
    #expect(abs(timeline.width - PrintFit.portraitBox.width) < 1e-9)
  }

  @Test func aSmallPictureIsNeverEnlargedAndNeverLargerThanLegibleTextNeeds() {
    // Text of 4 pt would need 1.25: the picture keeps its own size.
    let small = PrintFit.place(PrintFit.Size(width: 200, height: 100), text: 4, landscape: true)
    #expect(small.scale == 1)
    #expect(!small.isLandscape)
    #expect(small.style == "--druk-breedte: 200pt")
    // Text of 10 pt prints at 5 pt: half its size leaves the room to the text around it.
    let large = PrintFit.place(PrintFit.Size(width: 200, height: 100), text: 10, landscape: true)
    #expect(large.scale == 0.5)
    #expect(large.style == "--druk-breedte: 100pt")
  }

  @Test func theReportPrintsEachTriangleAtItsFitAndWideOnesOnALandscapePage() throws {
    let outline = try documentOutline("Models/svb.yaml")
    let wide = svg(width: 1014, height: 714, sizes: [8, 10, 10, 10])
    let text = HTMLDocumentWriter(generated: Day(ordinal: 20_454), source: "model.yaml").write(
      outline, diagrams: [.driehoek("svb"): wide])
    let fit = PrintFit.place(PrintFit.Size(width: 1014, height: 714), text: 8, landscape: true)
    #expect(text.contains("<div class=\"uitvoerder-kop liggend\"><p class=\"kicker\">"))
    #expect(
      text.contains(
        "<figure class=\"diagram gemeten\" style=\"\(fit.style)\" "
          + "aria-labelledby=\"diagram-uitvoerder-svb-bijschrift\">"))
    // The print style sheet reads the width and sends the heading to a landscape page.
    #expect(DocumentStyleSheet.css.contains("width: var(--druk-breedte)"))
    #expect(DocumentStyleSheet.css.contains(".liggend, figure.breed { page: liggend; }"))
  }
}
