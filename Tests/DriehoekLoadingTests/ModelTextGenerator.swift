import Foundation

/// Writes random model-like YAML texts in many styles, and mutates texts byte by byte;
/// deterministic for a seed (SplitMix64).
struct ModelTextGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

  mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }

  // MARK: Scalars

  private static let words = [
    "szw", "svb", "Ministerie van SZW", "DG Sociale Zekerheid", "Raad van bestuur", "uitvoering",
    "continuïteit", "Zuid-Holland", "AOW & ANW", "één", "naïef", "中文", "emoji 😀", "a: b",
    "it's", "say \"hi\"", "#hash", "a #b", "x,y", "[x]", "{y}", "- z", "true", "null", "~", "12",
    "1_000", "3.5e6", "-4", ".inf", "2026-01-01", "2026-13-45", "", " spaced ", "tab\there",
    "back\\slash", "new\nline", "ü", "ok", "%pct", "@at", "`tick`", "a:b", "-x", "?q", "!bang",
  ]

  private static let keys = [
    "id", "naam", "soort", "capaciteit", "geldig", "onderdelen", "beschrijving", "url", "rol",
    "houder", "van", "tot", "coordinerend", "opdrachtgever", "opdrachtnemer", "kosten", "budget",
    "prioriteit", "periode", "afspraak", "partijen", "functies", "leden", "regisseur", "regel",
    "betreft", "reden", "verantwoordelijke", "onbekend", "Naam", "naam ",
  ]

  /// A scalar in a random style: plain where YAML allows it, otherwise quoted.
  mutating func scalar(_ text: String, inFlow: Bool) -> String {
    switch below(10) {
    case 0...5 where Self.isPlainSafe(text, inFlow: inFlow): return text
    case 6...7 where !text.contains("\n") && !text.contains("\t"):
      return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    default:
      var escaped = ""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": escaped += "\\\""
        case "\\": escaped += "\\\\"
        case "\n": escaped += "\\n"
        case "\t": escaped += chance(50) ? "\\t" : "\\x09"
        case "é": escaped += "\\u00e9"
        default:
          if scalar.value > 0xFFFF && chance(50) {
            escaped +=
              "\\U" + String(repeating: "0", count: 8 - String(scalar.value, radix: 16).count)
              + String(scalar.value, radix: 16)
          } else {
            escaped.unicodeScalars.append(scalar)
          }
        }
      }
      return "\"" + escaped + "\""
    }
  }

  private static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else {
      return false
    }
    if "[]{},#&*!|>'\"%@`?: -".unicodeScalars.contains(first) || last == " " { return false }
    if text.contains(": ") || text.contains(" #") || text.contains("\n") || text.contains("\t") {
      return false
    }
    if inFlow && text.contains(where: { "[]{},:".contains($0) }) { return false }
    return true
  }

  mutating func word() -> String { pick(Self.words) }

  // MARK: Documents

  /// A whole model-like text.
  mutating func modelText() -> String {
    var lines: [String] = []
    if chance(20) { lines.append(pick(["---", "--- # begin", "# kop", ""])) }
    var keys = ["naam", "peildatum", "organisaties", "rollen", "opdrachten", "afspraken"]
    if chance(30) { keys.append(pick(["personen", "ketens", "afwijkingen", "onbekend", "naam"])) }
    let indentless = chance(50)
    let step = pick([2, 2, 4, 3])
    for key in keys {
      switch key {
      case "naam", "onbekend": lines.append("\(key): \(scalar(word(), inFlow: false))\(comment())")
      case "peildatum": lines.append("peildatum: \(pick(["2026-01-01", "'2026-01-01'", "x"]))")
      default:
        lines.append("\(key):\(comment())")
        for _ in 0..<below(4) {
          lines += element(indent: indentless ? 0 : step, step: step)
          if chance(10) { lines.append(pick(["", "  # tussen", "#"])) }
        }
      }
    }
    if chance(10) { lines.append(pick(["...", "... # eind", "# slot"])) }
    return lines.joined(separator: "\n") + (chance(90) ? "\n" : "")
  }

  private mutating func comment() -> String {
    chance(15) ? pick([" # opmerking", "  #", " # é # x"]) : ""
  }

  /// A list item holding a mapping, in block or flow style.
  private mutating func element(indent: Int, step: Int) -> [String] {
    let pad = String(repeating: " ", count: indent)
    let fieldCount = 1 + below(5)
    var fields: [(String, String)] = []
    for _ in 0..<fieldCount {
      fields.append((pick(Self.keys), ""))
    }
    if chance(40) {
      let body = fields.map { key, _ in "\(scalar(key, inFlow: true)): \(flowValue(depth: 0))" }
      return ["\(pad)- {\(body.joined(separator: pick([", ", ",", " , "])))}\(comment())"]
    }
    var lines: [String] = []
    let inner = String(repeating: " ", count: indent + 2)
    for (index, field) in fields.enumerated() {
      let prefix = index == 0 ? "\(pad)- " : inner
      let key = scalar(field.0, inFlow: false)
      switch below(6) {
      case 0:
        lines.append("\(prefix)\(key):\(comment())")
        let nested = String(repeating: " ", count: indent + 2 + step)
        for _ in 0..<(1 + below(3)) {
          lines.append("\(nested)- \(scalar(word(), inFlow: false))")
        }
      case 1:
        lines.append("\(prefix)\(key):")
        let nested = String(repeating: " ", count: indent + 2 + step)
        lines.append("\(nested)van: \(pick(["2024-01-01", "2024-02-30", "''"]))")
        if chance(50) { lines.append("\(nested)tot: 2025-12-31") }
      case 2:
        lines.append("\(prefix)\(key):\(chance(50) ? "" : " ")")
      default:
        lines.append("\(prefix)\(key): \(blockValue())\(comment())")
      }
    }
    return lines
  }

  private mutating func blockValue() -> String {
    chance(25) ? flowValue(depth: 0) : scalar(word(), inFlow: false)
  }

  private mutating func flowValue(depth: Int) -> String {
    switch below(depth > 1 ? 1 : 6) {
    case 1:
      let items = (0..<below(4)).map { _ in flowValue(depth: depth + 1) }
      return "[" + items.joined(separator: pick([", ", ",", ",\n    "])) + "]"
    case 2:
      let pairs = (0..<below(3)).map { _ in
        "\(scalar(pick(Self.keys), inFlow: true)): \(flowValue(depth: depth + 1))"
      }
      return "{" + pairs.joined(separator: pick([", ", ",\n     "])) + "}"
    default:
      return scalar(word(), inFlow: true)
    }
  }

  // MARK: Mutation

  private static let interesting: [UInt8] =
    Array(
      ":- \n#'\"[]{},*&!|>\t?%@x\\\r0".utf8) + [0xC3, 0xA9, 0x00, 0x85]

  /// The bytes with one to three random edits: a deleted, inserted or replaced byte, a
  /// duplicated or removed line, or a changed indentation.
  mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
    var bytes = bytes
    for _ in 0..<(1 + below(3)) {
      guard !bytes.isEmpty else { return pick([[], Array("naam: a\n".utf8)]) }
      let index = below(bytes.count)
      switch below(6) {
      case 0: bytes.remove(at: index)
      case 1: bytes.insert(pick(Self.interesting), at: index)
      case 2: bytes[index] = pick(Self.interesting)
      case 3:
        let start = bytes[..<index].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let end = bytes[index...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
        bytes.insert(contentsOf: bytes[start..<end], at: end)
      case 4:
        let start = bytes[..<index].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        bytes.insert(contentsOf: [UInt8](repeating: 0x20, count: 1 + below(3)), at: start)
      default:
        let start = bytes[..<index].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let end = bytes[index...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
        bytes.removeSubrange(start..<end)
      }
    }
    return bytes
  }
}
