import DriehoekAnalysis
import DriehoekModel

/// Dates, numbers and periods as the document writes them, in Dutch or English.
enum DocumentFormat {
  /// A day in words, such as `1 juli 2026` or `1 July 2026`.
  static func day(_ day: Day, _ language: Language) -> String {
    let (year, month, dayOfMonth) = day.components
    let dutch = [
      "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
      "oktober", "november", "december",
    ]
    let english = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    let names = language == .nl ? dutch : english
    guard (1...12).contains(month) else { return day.description }
    return "\(dayOfMonth) \(names[month - 1]) \(year)"
  }

  /// A day in short words for tables, such as `1 jul 2026` or `1 Jul 2026`.
  static func shortDay(_ day: Day, _ language: Language) -> String {
    let (year, month, dayOfMonth) = day.components
    let dutch = [
      "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ]
    let english = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    guard (1...12).contains(month) else { return day.description }
    return "\(dayOfMonth)\u{00A0}\((language == .nl ? dutch : english)[month - 1])\u{00A0}\(year)"
  }

  /// A number with grouped thousands and at most two decimals (`1.500,5` in Dutch).
  static func number(_ value: Double, _ language: Language) -> String {
    value.text(in: language)
  }

  /// An amount in euro, such as `€ 160.000.000`.
  static func euro(_ value: Double, _ language: Language) -> String {
    "€\u{00A0}" + number(value, language)
  }

  /// A period, such as `1 januari 2026 – 31 december 2026`, `vanaf …`, `tot en met …`, or
  /// `doorlopend`.
  static func period(_ period: Period?, _ language: Language) -> String {
    switch (period?.start, period?.end) {
    case (.some(let start), .some(let end)):
      "\(shortDay(start, language)) – \(shortDay(end, language))"
    case (.some(let start), .none): language.pick("vanaf ", "from ") + shortDay(start, language)
    case (.none, .some(let end)): language.pick("tot en met ", "until ") + shortDay(end, language)
    case (.none, .none): language.pick("doorlopend", "ongoing")
    }
  }

  /// A percentage with no decimals, such as `123 %`; `∞ %` when the part is infinite (a sum of
  /// huge capacities), and the number with an exponent beyond 10^15 (never a trap converting a
  /// huge `Double` to `Int`).
  static func percentage(_ part: Double, of whole: Double) -> String? {
    guard whole > 0, whole.isFinite, !part.isNaN else { return nil }
    let ratio = (part * 100 / whole).rounded()
    guard ratio.isFinite else { return (ratio < 0 ? "-∞" : "∞") + "\u{00A0}%" }
    guard abs(ratio) < 1e15 else { return "\(ratio)\u{00A0}%" }
    return "\(Int(ratio))\u{00A0}%"
  }

  /// A fraction as a whole percentage clamped to 0…100, for the width of a meter.
  static func meterPercentage(_ fraction: Double) -> Int {
    guard fraction.isFinite else { return fraction > 0 ? 100 : 0 }
    return Int((min(max(fraction, 0), 1) * 100).rounded())
  }

  /// The severity in words, capitalised: `Fout`, `Waarschuwing`, `Info`.
  static func severity(_ severity: Severity, _ language: Language) -> String {
    let word = severity.word(in: language)
    return word.prefix(1).uppercased() + word.dropFirst()
  }

  /// `1 fout`, `2 fouten`, ….
  static func count(_ count: Int, _ severity: Severity, _ language: Language) -> String {
    "\(count) \(severity.countWord(count, in: language))"
  }
}
