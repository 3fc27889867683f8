/// An SVG document being written, line by line, with escaped text and numbers written the same
/// way on every machine.
struct SVGText {
  private(set) var text = ""

  mutating func line(_ line: String) {
    text += line
    text += "\n"
  }

  mutating func rect(
    x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil
  ) {
    var line =
      "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\""
      + " height=\"\(Self.number(height))\" fill=\"\(fill)\""
    if let stroke { line += " stroke=\"\(stroke)\" stroke-width=\"0.75\"" }
    self.line(line + "/>")
  }

  /// A text at a baseline, `size` points high; `attributes` are written as given.
  mutating func text(
    _ content: String, x: Double, y: Double, size: Double, attributes: String = "",
    className: String, anchor: String = "start"
  ) {
    var line =
      "<text class=\"\(className)\" x=\"\(Self.number(x))\" y=\"\(Self.number(y))\""
      + " font-size=\"\(Self.number(size))\""
    if anchor != "start" { line += " text-anchor=\"\(anchor)\"" }
    if !attributes.isEmpty { line += " " + attributes }
    self.line(line + ">\(Self.escaped(content))</text>")
  }

  mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String) {
    line(
      "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\""
        + " y2=\"\(Self.number(y2))\" stroke=\"\(stroke)\" stroke-width=\"0.5\"/>")
  }

  /// A number with at most two decimals, without a trailing zero: `12`, `12.5`, `12.25`.
  static func number(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let magnitude = abs(hundredths)
    let whole = magnitude / 100
    let fraction = magnitude % 100
    if fraction == 0 { return "\(sign)\(whole)" }
    if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
    return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  /// Text escaped for element content and double-quoted attribute values.
  static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\n", "\r", "\t": result += " "
      default:
        // Control characters (C0, DEL, C1) and noncharacters are not allowed in XML text.
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value)
          || value & 0xFFFE == 0xFFFE
        {
          continue
        }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The estimated width of a text in Helvetica, in points.
  static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
    Double(text.count) * size * (bold ? 0.66 : 0.5)
  }

  /// The text shortened with `…` to fit a width, estimated as ``width(_:size:bold:)``.
  static func fitted(_ text: String, width: Double, size: Double, bold: Bool = false) -> String {
    let capacity = Int(width / (size * (bold ? 0.66 : 0.5)))
    guard text.count > capacity, capacity > 1 else { return text }
    return String(text.prefix(capacity - 1)) + "…"
  }
}
