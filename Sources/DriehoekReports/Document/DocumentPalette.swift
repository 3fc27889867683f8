public import DriehoekDiagram
import Foundation

/// The colours of the report document, from the Rijkshuisstijl, and the text/background pairs
/// the style sheet uses them in; ``contrastRatio(_:_:)`` lets a test hold every pair to WCAG AA.
public enum DocumentPalette {
  /// Lintblauw, the colour of the ribbon: headings, the cover.
  public static let lintblauw = Color(hex: 0x154273)
  /// Hemelblauw: links, info.
  public static let hemelblauw = Color(hex: 0x007BC7)
  /// Donkerblauw: links in text (more contrast than hemelblauw).
  public static let donkerblauw = Color(hex: 0x01689B)
  /// Lichtblauw tint for table headers and the cover band.
  public static let lichtblauw = Color(hex: 0xE5F1F9)
  /// Rood: errors, expired risks.
  public static let rood = Color(hex: 0xD52B1E)
  /// A light tint of rood for expired rows.
  public static let lichtrood = Color(hex: 0xF9DFDD)
  /// Dark red text on the light tint.
  public static let donkerrood = Color(hex: 0x9C1C12)
  /// Donkergeel: warnings (with dark text).
  public static let donkergeel = Color(hex: 0xFFB612)
  /// A light tint of donkergeel.
  public static let lichtgeel = Color(hex: 0xFFF4DC)
  /// Groen: no open findings.
  public static let donkergroen = Color(hex: 0x275937)
  /// Text.
  public static let tekst = Color(hex: 0x1A1A1A)
  /// Secondary text.
  public static let grijs = Color(hex: 0x535353)
  /// Rules and borders (not text).
  public static let lijn = Color(hex: 0xCCCCCC)
  /// Zebra rows.
  public static let lichtgrijs = Color(hex: 0xF3F3F3)
  /// White.
  public static let wit = Color.white

  /// Every text colour on its background as the style sheet uses them (name, text, background).
  public static let textPairs: [(name: String, text: Color, background: Color)] = [
    ("tekst", tekst, wit),
    ("tekst op zebra", tekst, lichtgrijs),
    ("secundair", grijs, wit),
    ("secundair op zebra", grijs, lichtgrijs),
    ("kop", lintblauw, wit),
    ("link", donkerblauw, wit),
    ("link op zebra", donkerblauw, lichtgrijs),
    ("link op kopregel", donkerblauw, lichtblauw),
    ("kopregel", lintblauw, lichtblauw),
    ("omslag", wit, lintblauw),
    ("fout", wit, rood),
    ("waarschuwing", tekst, donkergeel),
    ("info", wit, hemelblauw),
    ("geen", wit, donkergroen),
    ("verlopen", donkerrood, lichtrood),
    ("ontbreekt", donkerrood, wit),
    ("verlopen tekst", tekst, lichtrood),
    ("verlopen link", donkerblauw, lichtrood),
    ("waarschuwing tint", tekst, lichtgeel),
  ]

  /// The WCAG 2 contrast ratio of two colours (1 to 21).
  public static func contrastRatio(_ first: Color, _ second: Color) -> Double {
    let lighter = max(luminance(first), luminance(second))
    let darker = min(luminance(first), luminance(second))
    return (lighter + 0.05) / (darker + 0.05)
  }

  /// The WCAG 2 relative luminance of a colour.
  static func luminance(_ color: Color) -> Double {
    func channel(_ value: UInt8) -> Double {
      let fraction = Double(value) / 255
      return fraction <= 0.04045
        ? fraction / 12.92 : Foundation.pow((fraction + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel(color.red) + 0.7152 * channel(color.green)
      + 0.0722 * channel(color.blue)
  }
}
