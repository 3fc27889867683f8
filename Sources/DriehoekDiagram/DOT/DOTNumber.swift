/// Formats numbers for DOT and labels: no exponent, at most two decimals, no trailing zeros.
enum DOTNumber {
  /// The number as DOT text, such as `1`, `0.25` or `1800`.
  static func format(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e15 else { return "0" }
    let hundredths = (value * 100).rounded()
    let negative = hundredths < 0
    let magnitude = Int(abs(hundredths))
    let whole = magnitude / 100
    let fraction = magnitude % 100
    var text = negative ? "-" : ""
    text += String(whole)
    if fraction != 0 {
      text +=
        fraction % 10 == 0
        ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)")
    }
    return text
  }
}
