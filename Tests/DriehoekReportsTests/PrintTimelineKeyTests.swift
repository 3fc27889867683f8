import DriehoekAnalysis
import DriehoekModel
import Foundation
import Testing

@testable import DriehoekReports

/// Round 10 of the printed report (docs/reports.md, "Print"): the opdrachten table keys the
/// printed timeline, the chapters after the executors follow on, and the parties say a
/// repeated verb once.
@Suite struct PrintTimelineKeyTests {
  private let model = "Tests/Fixtures/print/tien-uitvoerders.yaml"

  /// The text from `start` to the next `end`.
  private func slice(_ text: Substring, from start: String, to end: String) throws -> Substring {
    let open = try #require(text.range(of: start), "no \(start)")
    let close = try #require(text.range(of: end, range: open.upperBound..<text.endIndex))
    return text[open.lowerBound..<close.upperBound]
  }

  @Test func theOpdrachtenTableKeysThePrintedTimeline() throws {
    let outline = try documentOutline(model)
    let text = printedHTML(outline)
    var checked = 0
    for executor in outline.executors {
      guard let chart = outline.timeline(for: executor) else { continue }
      let anchor = "uitvoerder-" + ReportOutline.identifier(executor.id)
      let start = try #require(text.range(of: "<section class=\"uitvoerder\" id=\"\(anchor)\""))
      let end = text.range(of: "</section>", range: start.upperBound..<text.endIndex)
      let section = text[start.lowerBound..<(end?.lowerBound ?? text.endIndex)]
      let table = try slice(section, from: "<table class=\"opdrachten\">", to: "</table>")
      let printed = try slice(
        section, from: "<figure class=\"diagram tijdlijn gemeten alleen-druk\"", to: "</figure>")
      let screen = try slice(
        section, from: "<figure class=\"diagram tijdlijn gemeten alleen-scherm\"", to: "</figure>")
      // Every opdracht's row starts with its band's swatch, print only; a band with fte is
      // filled with the printed chart's own pattern.
      #expect(
        occurrences(of: "<span class=\"staal alleen-druk\"><svg", in: String(table))
          == chart.bands.count)
      for band in chart.bands where band.amount != nil {
        let pattern = "\(anchor)-druk-p\(band.style)"
        #expect(table.contains("fill=\"url(#tijdlijn-\(pattern))\""), "\(band.id)")
        #expect(printed.contains("<pattern id=\"tijdlijn-\(pattern)\""), "\(band.id)")
      }
      // The printed chart lists no opdracht and says where its key is; the screen's does.
      #expect(!printed.contains("Opdrachten, per opdrachtgever"))
      #expect(printed.contains("als vóór haar naam in de tabel Opdrachten"))
      #expect(screen.contains("Opdrachten, per opdrachtgever"))
      for band in chart.bands {
        #expect(screen.contains(htmlEscaped(String(band.name.prefix(12)))), "\(band.name)")
      }
      checked += 1
    }
    #expect(checked > 0, "no executor of \(model) has a timeline")
    // The swatches are hidden on screen and shown in print.
    let css = DocumentStyleSheet.css
    let print = try #require(css.range(of: "@media print {"))
    #expect(css[..<print.lowerBound].contains(".alleen-druk,"))
    #expect(
      css[print.lowerBound...].contains("table.opdrachten span.alleen-druk { display: inline; }"))
  }

  @Test func aKeyedChartIsLowerAndNamesNoOpdracht() throws {
    let outline = try documentOutline(model)
    let executor = try #require(
      outline.executors.first { (outline.timeline(for: $0)?.bands.count ?? 0) > 4 })
    let chart = try #require(outline.timeline(for: executor))
    let writer = TimelineSVGWriter()
    let listed = writer.write(chart, idPrefix: "a", compact: true)
    let keyed = writer.write(chart, idPrefix: "a", compact: true, keyInTable: true)
    #expect(height(of: keyed) < height(of: listed))
    for band in chart.bands {
      #expect(listed.contains(htmlEscaped(String(band.name.prefix(12)))), "\(band.name)")
      #expect(!keyed.contains(htmlEscaped(String(band.name.prefix(12)))), "\(band.name)")
    }
    // The swatch a table shows is the chart's pattern of that band.
    let band = try #require(chart.bands.first { $0.amount != nil })
    #expect(writer.swatch(band, idPrefix: "a").contains("fill=\"url(#a-p\(band.style))\""))
    #expect(keyed.contains("<pattern id=\"a-p\(band.style)\""))
  }

  @Test func theChaptersAfterTheExecutorsFollowOn() throws {
    let css = DocumentStyleSheet.css
    let print = try #require(css.range(of: "@media print {"))
    let printed = css[print.lowerBound...]
    let forced = try #require(printed.range(of: ".uitvoerder, .hoofdstuk, .uitvoerder + .vervolg"))
    let follow = try #require(
      printed.range(
        of: ".uitvoerder + .hoofdstuk, .uitvoerder + .vervolg { break-before: auto;"))
    // Later in the sheet, so it wins over the forced page break of the same specificity.
    #expect(forced.lowerBound < follow.lowerBound)
    // An executor section still starts a page.
    #expect(!printed[follow.lowerBound...].contains(".uitvoerder { break-before: auto"))
  }

  @Test func thePartiesSayARepeatedVerbOnce() throws {
    let outline = try documentOutline(model)
    let text = printedHTML(outline)
    let party = try #require(
      outline.parties.first { party in
        party.roles.filter { $0.hasPrefix("geeft opdracht ") }.count >= 2
      }, "no party commissions two opdrachten")
    let row = try slice(
      text[...], from: "<tr id=\"partij-\(ReportOutline.identifier(party.id))\">", to: "</tr>")
    let commissions = party.roles.filter { $0.hasPrefix("geeft opdracht ") }
    // The first says the verb as a role; each further one marks it, print hides it.
    #expect(row.contains("<span class=\"rol\">\(htmlEscaped(commissions[0]))</span>"))
    for role in commissions.dropFirst() {
      let name = role.dropFirst("geeft opdracht ".count)
      #expect(
        row.contains(
          "<span class=\"rol zelfde\"><span class=\"werkwoord\">geeft opdracht </span>"
            + htmlEscaped(String(name)) + "</span>"), "\(role)")
    }
    let printed = try #require(DocumentStyleSheet.css.range(of: "@media print {"))
    let css = DocumentStyleSheet.css[printed.lowerBound...]
    #expect(css.contains("#partijen .rol + .rol.zelfde::before { content: \", \"; }"))
    #expect(
      css.contains("#partijen .rol.zelfde .werkwoord, #partijen .verwijzing { display: none; }"))
    // Every executor a party holds a role over is named by one of its roles, so print may
    // leave the links out.
    for entry in outline.parties {
      for executor in entry.executors {
        let name = outline.name(executor)
        #expect(entry.roles.contains { $0.hasSuffix(" van " + name) }, "\(entry.id) \(executor)")
      }
    }
  }

  private func height(of svg: String) -> Double {
    guard let range = svg.range(of: "height=\"") else { return 0 }
    return Double(svg[range.upperBound...].prefix { $0 != "\"" }) ?? 0
  }

}
