import DriehoekModel
import Testing

@testable import DriehoekReports

/// The Markdown escaper works on bytes; its meaning is the scalar-by-scalar definition below
/// (the escaper as it was written first), compared on every kind of text it can meet.
@Suite struct MarkdownTextTests {
  /// The definition: breaks and tabs become spaces, leading spaces go, a block marker or a
  /// numbered-list start at the beginning is escaped, markup is backslash-escaped, and a scalar
  /// XML refuses becomes U+FFFD.
  static func definition(_ text: String) -> String {
    func isBreak(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x09...0x0D, 0x85, 0x2028, 0x2029: true
      default: false
      }
    }
    func isMarkup(_ scalar: Unicode.Scalar) -> Bool {
      "\\`*_[]<>#!|&~".unicodeScalars.contains(scalar)
    }
    var result = String.UnicodeScalarView()
    var atStart = true
    var scalars = Array(text.unicodeScalars)
    for index in scalars.indices where isBreak(scalars[index]) { scalars[index] = " " }
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if atStart {
        if scalar == " " {
          index += 1
          continue
        }
        atStart = false
        if "-+=>".unicodeScalars.contains(scalar) {
          result.append("\\")
        } else if ("0"..."9").contains(scalar) {
          var end = index
          while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
          if end < scalars.count, scalars[end] == "." || scalars[end] == ")" {
            result.append(contentsOf: scalars[index..<end])
            result.append("\\")
            result.append(scalars[end])
            index = end + 1
            continue
          }
        }
      }
      if isMarkup(scalar) { result.append("\\") }
      result.append(XMLText.isAllowed(scalar) ? scalar : "\u{FFFD}")
      index += 1
    }
    return String(result)
  }

  static let pieces: [String] =
    [
      "", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "a", "Z",
      "DUO", "coördinatie", "ë", "€", "😀", "-", "+", "=", ">", "<", "1", "12", "3.", "4)", "9x",
      ".",
      ")", "*", "_", "`", "[", "]", "#", "!", "|", "&", "~", "\\", "\u{1B}[31m", "\u{7F}", "\u{9B}",
      "\u{0}", "é", "e\u{301}",
    ]
    + [0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFE, 0x10FFFF].map { Unicode.Scalar($0).map(String.init) ?? "" }

  @Test func equalsTheDefinitionOnEveryPairAndTripleOfPieces() {
    var compared = 0
    for first in Self.pieces {
      for second in Self.pieces {
        for third in ["", " ", "1.", "x", "\u{2028}", "ë"] {
          let text = first + second + third
          #expect(MarkdownText.escaped(text) == Self.definition(text), "\(text.debugDescription)")
          compared += 1
        }
      }
    }
    #expect(compared == Self.pieces.count * Self.pieces.count * 6)
  }

  @Test func equalsTheDefinitionOnLongMixedTexts() {
    var generator = SplitMix(seed: 19)
    for _ in 0..<2_000 {
      var text = ""
      for _ in 0..<Int(generator.next() % 12) {
        text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
      }
      #expect(MarkdownText.escaped(text) == Self.definition(text), "\(text.debugDescription)")
    }
  }

  @Test func knownCases() {
    #expect(MarkdownText.escaped("Gewone naam (DUO)") == "Gewone naam (DUO)")
    #expect(MarkdownText.escaped("  - lijst") == "\\- lijst")
    #expect(MarkdownText.escaped("12. punt") == "12\\. punt")
    #expect(MarkdownText.escaped("a*b_c") == "a\\*b\\_c")
    #expect(MarkdownText.escaped("regel\neen") == "regel een")
    #expect(MarkdownText.escaped("esc\u{1B}") == "esc\u{FFFD}")
  }

  /// A small deterministic generator for the mixed texts.
  struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }
  }
}
