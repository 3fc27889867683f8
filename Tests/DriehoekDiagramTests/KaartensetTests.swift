import DriehoekModel
import Foundation
import Testing

@testable import DriehoekDiagram

@Suite struct KaartensetTests {
  private func luminance(_ color: Color) -> Double {
    func linear(_ component: UInt8) -> Double {
      let value = Double(component) / 255
      return value <= 0.039_28 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue)
  }

  private func contrast(_ first: Color, _ second: Color) -> Double {
    let (a, b) = (luminance(first), luminance(second))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }

  @Test(arguments: OrganisationKind.allCases)
  func bandTextHasAAContrast(_ kind: OrganisationKind) {
    let band = Kaartenset.band(for: kind)
    #expect(contrast(band.background, band.text) >= 4.5, "\(kind)")
  }

  @Test func badgeTextHasAAContrast() {
    let badges: [Kaartenset.Badge] = [
      .eigenaar, .opdrachtgever, .coordinating, .opdrachtnemer, .regisseur,
      .openFinding("SD01", .fout), .openFinding("SD01", .waarschuwing),
      .openFinding("SD01", .info), .acceptedFinding("SD01"), .elsewhere(2),
    ]
    for badge in badges {
      #expect(contrast(badge.colors.background, badge.colors.text) >= 4.5, "\(badge)")
    }
    for severity in Severity.allCases {
      #expect(contrast(.white, Kaartenset.textColor(for: severity)) >= 4.5, "\(severity)")
    }
  }

  @Test func severityIsToldBySymbolNotOnlyColour() {
    let texts = Severity.allCases.map { Kaartenset.Badge.openFinding("SD01", $0).text }
    #expect(Set(texts).count == Severity.allCases.count, "\(texts)")
    #expect(texts.allSatisfy { $0.hasSuffix("SD01") && !$0.hasPrefix("SD01") })
  }

  @Test func rolesDifferWithoutColour() {
    // Width, dash and arrowhead together tell every relation apart.
    let looks =
      Relation.Kind.allCases.map { Kaartenset.look(for: $0) } + [
        Kaartenset.look(for: .opdrachtgever, coordinating: true)
      ]
    let shapes = looks.map { "\($0.line) \($0.penWidth) \($0.arrowHead) \($0.arrowTail)" }
    #expect(Set(shapes).count == looks.count)
  }
}
