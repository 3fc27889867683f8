import DriehoekAnalysis
import DriehoekModel
import Foundation
import Testing

@testable import DriehoekReports

/// The text report is written straight as bytes; these tests hold it to the text the writer
/// made with strings before (``ReferenceTextWriter``), byte for byte, and to being safe for a
/// terminal whatever the model holds.
@Suite struct ByteWritingTests {
  /// Texts with control characters (C0, DEL, C1), colour codes, non-ASCII, and plain ones of
  /// every length around the eight-byte words the scan reads.
  static let awkward: [String] =
    [
      "", "plain", "ë é ß 中文 🙂", "\u{1B}[8mverborgen\u{1B}[0m", "tab\there", "line\nbreak",
      "bel\u{7}", "del\u{7F}", "c1 \u{85} \u{9B}31m", "\r\n", "a\u{1B}]0;titel\u{7}b",
      "\u{1B}[1;31m", "Â\u{80}", "ÂÂÂÂÂÂÂÂ\u{9F}",
    ]
    + (0..<20).map {
      String(repeating: "x", count: $0) + "\u{1B}" + String(repeating: "y", count: 20 - $0)
    }
    + (0..<20).map { String(repeating: "é", count: $0) + "\u{9B}" }

  @Test(arguments: awkward) func safeBytesAreThoseOfTheSanitiser(text: String) {
    var bytes = TerminalBytes()
    bytes.append("[")
    bytes.appendSafe(text)
    #expect(bytes.bytes == Array(("[" + TerminalText.sanitized(text)).utf8))
    #expect(TerminalBytes.safe(text) == Array(TerminalText.sanitized(text).utf8))
  }

  @Test func numbersAreWrittenAsStringWritesThem() {
    var numbers = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1_000, 65_535, 1 << 31, Int.max, Int.min]
    numbers += [-1, -10] + (0..<200).map { $0 * 37 }
    for number in numbers {
      var bytes = TerminalBytes()
      bytes.append(number: number)
      #expect(bytes.bytes == Array(String(number).utf8), "\(number)")
    }
  }

  /// A report whose every text from the model holds control characters and colour codes:
  /// the model's name, the executors' names and ids, file names, messages, ids, reasons,
  /// hints and acceptances; and a finding without an executor or a location.
  static func hostileReport(language: Language) -> AnalysisReport {
    let hostile = "\u{1B}[8mverborgen\u{1B}[0m\u{7}\u{9B}2J\t\u{1B}[1;31m"
    let executors = [ElementID("uvo-\u{1B}[1;31m"), ElementID("uvo\u{85}b")]
    var elements: [ElementID: ElementSummary] = [:]
    for executor in executors {
      elements[executor] = ElementSummary(name: "Dienst " + hostile, kind: nil)
    }
    let owner = ElementID("sg\u{7F}")
    elements[owner] = ElementSummary(name: "SG " + hostile, kind: nil)
    let severities: [Severity] = [.fout, .waarschuwing, .info]
    let findings = (0..<12).map { number in
      Finding(
        code: "SD0\(number % 3 + 1)", slug: "regel", severity: severities[number % 3],
        message: "melding \(number) " + hostile,
        betreft: [executors[number % 2], ElementID(hostile + "\(number)")],
        location: number == 5
          ? nil
          : SourceLocation(file: "model\(number % 2)" + hostile + ".yaml", line: number, column: 3),
        waarom: "waarom " + hostile + "\(number / 4)", oplossing: "oplossing " + hostile,
        executor: number == 7 ? nil : executors[number % 2],
        executors: number == 7 ? nil : number % 4 == 0 ? executors : nil,
        acceptance: number % 3 == 1
          ? Acceptance(
            reden: "reden " + hostile, verantwoordelijke: owner,
            tot: number % 2 == 0 ? nil : Day(ordinal: 20_500))
          : nil)
    }
    return AnalysisReport(
      model: "Model " + hostile, peildatum: Day(ordinal: 20_454), language: language,
      findings: findings, elements: elements)
  }

  /// The text holds no control character but line ends and tabs (which the sanitiser keeps)
  /// and, with colour, the writer's own colour codes.
  @Test(arguments: [Language.nl, .en]) func textFromAHostileModelIsSafe(language: Language) {
    let report = Self.hostileReport(language: language)
    #expect(report.findings.contains { $0.acceptance != nil })
    let plain = TextReportWriter().write(report)
    #expect(!plain.utf8.contains(0x1B))
    #expect(TerminalText.sanitized(plain) == plain)
    #expect(plain.contains("\u{FFFD}[8mverborgen"))
    let coloured = TextReportWriter(usesColour: true).write(report)
    #expect(coloured.contains("\u{1B}[1;31m"))
    #expect(TerminalText.sanitized(coloured, keepingColourCodes: true) == coloured)
    // Without its own colour codes the coloured text is the plain one: no escape of the model
    // survived in it.
    var stripped = coloured
    for code in ["1", "2", "0", "1;31", "1;33", "1;34"] {
      stripped = stripped.replacingOccurrences(of: "\u{1B}[\(code)m", with: "")
    }
    #expect(stripped == plain)
  }

  /// The bytes are those the string writer made, for the example, a hostile report and
  /// both colours and languages, halved or in one go, as pieces and as parts per group.
  @Test func bytesAreThoseOfTheStringWriter() throws {
    let reports = [
      try svbReport(), try svbReport(language: .en), Self.hostileReport(language: .nl),
      Self.hostileReport(language: .en),
    ]
    for report in reports {
      for colour in [false, true] {
        let writer = TextReportWriter(usesColour: colour)
        let reference = ReferenceTextWriter(usesColour: colour).write(report)
        #expect(writer.write(report) == reference)
        for threshold in [1, .max] {
          var pieces: [UInt8] = []
          writer.write(report, halvingThreshold: threshold) { (piece: [UInt8]) in
            pieces += piece
          }
          #expect(String(decoding: pieces, as: UTF8.self) == reference)
          var parts: [String] = []
          writer.write(report, halvingThreshold: threshold) { (part: String) in
            parts.append(part)
          }
          #expect(parts.count == report.positionsByExecutor.count + 1)
          #expect(parts.joined() == reference)
        }
        for finding in report.findings {
          #expect(
            writer.line(for: finding, in: report)
              == ReferenceTextWriter(usesColour: colour).line(for: finding, in: report))
        }
      }
    }
  }

  /// The summary's counts are those of counting the findings one by one.
  @Test func summaryCountsEveryFinding() throws {
    for report in [try svbReport(), Self.hostileReport(language: .nl)] {
      let summary = report.summary
      #expect(summary.accepted > 0 && summary.open > 0)
      for severity in Severity.allCases {
        #expect(
          summary.open(severity)
            == report.findings.filter { $0.isOpen && $0.severity == severity }.count)
      }
      #expect(summary.open == report.findings.filter(\.isOpen).count)
      #expect(summary.accepted == report.findings.filter { !$0.isOpen }.count)
      #expect(summary.total == report.findings.count)
    }
  }

  /// JSON escapes a quote, a backslash or a control character wherever it stands in the
  /// eight-byte words the scan reads, as `JSONEncoder` does.
  @Test func jsonEscapesAtEveryOffset() {
    for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\t"] {
      for offset in 0..<20 {
        let text =
          String(repeating: "é", count: offset / 2) + String(repeating: "a", count: offset % 2)
          + special + String(repeating: "b", count: 20 - offset) + special
        var stream = JSONStream()
        stream.beginArray()
        stream.string(text)
        stream.endArray()
        #expect(stream.finish() == JSONValue.array([.string(text)]).text, "\(offset)")
      }
    }
  }
}

/// A finding's JSON object from prepared pieces is the object written member by member, for
/// every shape of finding (no location, an acceptance with and without end, no `betreft`,
/// texts JSON must escape) at every depth a report puts its findings.
@Suite struct FindingLayoutTests {
  @Test(arguments: [0, 1, 2, 3, 5]) func piecesWriteTheObjectMemberByMember(depth: Int) throws {
    var findings = ByteWritingTests.hostileReport(language: .nl).findings
    findings += try svbReport().findings
    var bare = try #require(findings.first)
    bare.betreft = []
    bare.message = "\"quoted\" \\ back\r\n\t\u{1}\u{1F} ë 🙂 a/b"
    findings.append(bare)
    #expect(findings.contains { $0.location == nil })
    #expect(findings.contains { $0.acceptance?.tot == nil && $0.acceptance != nil })
    #expect(findings.contains { $0.acceptance?.tot != nil })
    let layout = FindingLayout(depth: depth)
    var pieces = JSONStream()
    var members = JSONStream()
    for _ in 0..<depth {
      pieces.beginArray()
      members.beginArray()
    }
    for finding in findings {
      layout.write(finding, into: &pieces)
      JSONReportWriter().write(finding, into: &members)
    }
    for _ in 0..<depth {
      pieces.endArray()
      members.endArray()
    }
    #expect(pieces.finish() == members.finish())
  }
}
