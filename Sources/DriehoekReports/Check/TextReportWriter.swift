public import DriehoekAnalysis
import DriehoekModel

/// Writes an analysis report as text for a terminal, grouped per executor.
///
/// Each finding is one line `file:line:col: severity CODE slug: message [ids]`, followed by its
/// reason, hint and (when accepted) the acceptance, indented. A heading line opens each
/// executor's group; a summary line closes the report.
///
/// Every text from the model is made safe for a terminal (``TerminalText``) before any colour
/// code is added, so the text holds no control character but the line ends and, with
/// `usesColour`, the writer's own colour codes.
public struct TextReportWriter: Sendable {
  /// Whether to colour severities and headings with ANSI escapes.
  public var usesColour: Bool

  /// Creates a writer.
  public init(usesColour: Bool = false) {
    self.usesColour = usesColour
  }

  /// The text of a report, ending in a newline.
  public func write(_ report: AnalysisReport) -> String {
    var text: [UInt8] = []
    write(report) { (piece: [UInt8]) in text += piece }
    return String(decoding: text, as: UTF8.self)
  }

  /// Writes a report a part at a time: each executor's group (its heading, findings and the
  /// blank line after them), then the summary line.
  ///
  /// The parts together are the text of ``write(_:)``; the whole text is never held, so a
  /// report of 130,000 findings can go to a file or a pipe as it is made.
  public func write(_ report: AnalysisReport, parts: (String) -> Void) {
    write(report, halvingThreshold: Self.halvingThreshold, parts: parts)
  }

  /// ``write(_:parts:)``, with batches of at least `halvingThreshold` groups made in two halves
  /// side by side (`.max`: one after the other, for the tests).
  func write(_ report: AnalysisReport, halvingThreshold: Int, parts: (String) -> Void) {
    let groups = report.positionsByExecutor
    forEachBatch(of: groups, halvingThreshold: halvingThreshold) { range in
      // One text per group.
      var writing = GroupWriting(report, writer: self)
      return groups[range].map { group in
        var text = TerminalBytes()
        writing.append(group, to: &text)
        return String(decoding: text.bytes, as: UTF8.self)
      }
    } handle: { texts in
      for text in texts { parts(text) }
    }
    parts(String(decoding: summaryBytes(of: report), as: UTF8.self))
  }

  /// Writes a report as UTF-8 a piece at a time: the groups of each half batch in one piece,
  /// then the summary line; the pieces together are the bytes of ``write(_:)``.
  ///
  /// The pieces are made straight as bytes (no string per line or group), each half batch on
  /// its own core, and a piece of a megabyte or so can be written out as it is.
  package func write(_ report: AnalysisReport, pieces: ([UInt8]) -> Void) {
    write(report, halvingThreshold: Self.halvingThreshold, pieces: pieces)
  }

  /// ``write(_:pieces:)`` with batches of at least `halvingThreshold` groups made in two halves
  /// side by side (`.max`: one after the other, for the tests).
  func write(_ report: AnalysisReport, halvingThreshold: Int, pieces: ([UInt8]) -> Void) {
    let groups = report.positionsByExecutor
    forEachBatch(of: groups, halvingThreshold: halvingThreshold) { range in
      var writing = GroupWriting(report, writer: self)
      var text = TerminalBytes(reservingCapacity: Self.estimatedSize(of: groups[range]))
      for group in groups[range] { writing.append(group, to: &text) }
      return text.bytes
    } handle: { piece in
      if !piece.isEmpty { pieces(piece) }
    }
    pieces(summaryBytes(of: report))
  }

  /// The groups a batch at a time, each batch's two halves made side by side by `make` (one
  /// result per half, handed to `handle` in order): the same results as one after the other.
  private func forEachBatch<Piece: Sendable>(
    of groups: [AnalysisReport.ExecutorGroup], halvingThreshold: Int,
    make: @Sendable (Range<Int>) -> Piece, handle: (Piece) -> Void
  ) {
    var start = 0
    while start < groups.count {
      let first = start
      let end = min(first + Self.batchSize, groups.count)
      let middle =
        end - first >= halvingThreshold ? Self.middle(of: groups[first..<end]) : end
      let halves = ConcurrentWork.map(count: middle < end ? 2 : 1) { half in
        make(half == 0 ? first..<middle : middle..<end)
      }
      for half in halves { handle(half) }
      start = end
    }
  }

  /// Where to cut a batch in two halves of about as many findings each (so that neither core
  /// waits long for the other); never at either end.
  private static func middle(of groups: ArraySlice<AnalysisReport.ExecutorGroup>) -> Int {
    let total = groups.reduce(0) { $0 + $1.positions.count }
    var sum = 0
    for index in groups.indices {
      sum += groups[index].positions.count
      if 2 * sum >= total {
        return min(max(index + 1, groups.startIndex + 1), groups.endIndex - 1)
      }
    }
    return (groups.startIndex + groups.endIndex) / 2
  }

  /// How many groups one batch holds (a few megabytes of text).
  static let batchSize = 256
  /// A batch of fewer groups is made on one thread.
  static let halvingThreshold = 64

  /// Room for the text of some groups: about 640 bytes per finding (the stress model writes
  /// 615) and a heading per group, so that the buffer seldom grows.
  private static func estimatedSize(of groups: ArraySlice<AnalysisReport.ExecutorGroup>) -> Int {
    groups.reduce(0) { $0 + 96 + 640 * $1.positions.count }
  }

  /// The summary line, made safe, painted, ending in a newline.
  private func summaryBytes(of report: AnalysisReport) -> [UInt8] {
    var text = TerminalBytes()
    beginPaint("1", &text)
    text.appendSafe(report.summaryLine)
    endPaint(&text)
    text.append(byte: 0x0A)
    return text.bytes
  }

  /// The first line of a finding: `file:line:col: severity CODE slug: message [ids]`.
  public func line(for finding: Finding, in report: AnalysisReport) -> String {
    var text = TerminalBytes()
    var file = (text: "", safe: [UInt8]())
    appendLine(
      for: finding, severity: paintedSeverity(of: finding, in: report.language), to: &text,
      file: &file)
    return String(decoding: text.bytes, as: UTF8.self)
  }

  /// Appends the first line of a finding (see ``line(for:in:)``) piece by piece.
  ///
  /// No newline follows it; `severity` is the painted severity word. `file` keeps the last file name made
  /// safe, as most findings share it. Every text from the model is made safe, as a whole line
  /// would be.
  func appendLine(
    for finding: Finding, severity: [UInt8], to text: inout TerminalBytes,
    file: inout (text: String, safe: [UInt8])
  ) {
    if let location = finding.location {
      if location.file != file.text {
        file = (location.file, TerminalBytes.safe(location.file))
      }
      text.append(file.safe)
      text.append(byte: UInt8(ascii: ":"))
      text.append(number: location.line)
      text.append(byte: UInt8(ascii: ":"))
      text.append(number: location.column)
      text.append(byte: UInt8(ascii: ":"))
      text.append(byte: UInt8(ascii: " "))
    }
    text.append(severity)
    text.append(byte: UInt8(ascii: " "))
    text.append(finding.code)
    text.append(byte: UInt8(ascii: " "))
    text.append(finding.slug)
    text.append(byte: UInt8(ascii: ":"))
    text.append(byte: UInt8(ascii: " "))
    text.appendSafe(finding.message)
    text.append(byte: UInt8(ascii: " "))
    text.append(byte: UInt8(ascii: "["))
    var isFirst = true
    for id in finding.betreft {
      if !isFirst {
        text.append(byte: UInt8(ascii: ","))
        text.append(byte: UInt8(ascii: " "))
      }
      isFirst = false
      text.appendSafe(id.rawValue)
    }
    text.append(byte: UInt8(ascii: "]"))
  }

  /// The severity word of a finding, painted in its colour (grey when accepted).
  func paintedSeverity(of finding: Finding, in language: Language) -> [UInt8] {
    paintedSeverity(finding.severity, isOpen: finding.isOpen, in: language)
  }

  func paintedSeverity(_ severity: Severity, isOpen: Bool, in language: Language) -> [UInt8] {
    var text = TerminalBytes()
    beginPaint(isOpen ? colour(of: severity) : "2", &text)
    text.append(severity.word(in: language))
    endPaint(&text)
    return text.bytes
  }

  func accepted(_ acceptance: Acceptance, in report: AnalysisReport) -> String {
    let until =
      acceptance.tot.map {
        report.language.pick(", tot en met \($0)", ", until \($0)")
      } ?? ""
    return report.language.pick(
      "geaccepteerd: \(acceptance.reden) (verantwoordelijke: "
        + "\(report.label(acceptance.verantwoordelijke))\(until))",
      "accepted: \(acceptance.reden) (owner: \(report.label(acceptance.verantwoordelijke))"
        + "\(until))")
  }

  private func colour(of severity: Severity) -> String {
    switch severity {
    case .fout: "1;31"
    case .waarschuwing: "1;33"
    case .info: "1;34"
    }
  }

  /// Opens a colour (`ESC [ code m`) when colouring.
  func beginPaint(_ code: String, _ text: inout TerminalBytes) {
    guard usesColour else { return }
    text.append("\u{1B}[")
    text.append(code)
    text.append(byte: UInt8(ascii: "m"))
  }

  /// Closes a colour (`ESC [ 0 m`) when colouring.
  func endPaint(_ text: inout TerminalBytes) {
    guard usesColour else { return }
    text.append("\u{1B}[0m")
  }
}
