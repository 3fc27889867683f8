public import DriehoekAnalysis
import DriehoekModel

/// Writes analysis reports as JSON for other tools.
///
/// One report is one object:
///
/// ```json
/// {"model": "…", "peildatum": "2026-01-01",
///  "findings": [{"code", "slug", "severity", "message", "betreft", "location", "waarom",
///                "oplossing", "geaccepteerd"}],
///  "samenvatting": {"fout", "waarschuwing", "info", "open", "geaccepteerd", "totaal"}}
/// ```
///
/// `severity` is always the Dutch word (`fout`, `waarschuwing`, `info`); `location` is
/// `{"file", "line", "column"}` or `null`; `geaccepteerd` is `null` or
/// `{"reden", "verantwoordelijke", "tot"}` (`tot` may be `null`). The per-severity counts in
/// `samenvatting` count open findings. Several reports are written as an array of such objects.
/// Keys are sorted; the output is deterministic.
public struct JSONReportWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The JSON text of one report.
  public func write(_ report: AnalysisReport) -> String {
    var stream = JSONStream(reservingCapacity: report.findings.count * 200)
    write(report, into: &stream)
    return stream.finish()
  }

  /// The JSON text of several reports: one object for one report, an array for several.
  public func write(_ reports: [AnalysisReport]) -> String {
    var text: [UInt8] = []
    write(reports) { text += $0 }
    return String(decoding: text, as: UTF8.self)
  }

  /// The JSON text of several reports (as ``write(_:)-([AnalysisReport])``), handed to `output`
  /// in chunks of about a megabyte as it is written: the whole text is never held.
  public func write(_ reports: [AnalysisReport], chunks output: ([UInt8]) -> Void) {
    write(reports, chunkSize: JSONStream.chunkSize, chunks: output)
  }

  func write(
    _ reports: [AnalysisReport], chunkSize: Int, halvingThreshold: Int = Self.halvingThreshold,
    chunks output: ([UInt8]) -> Void
  ) {
    var stream = JSONStream(reservingCapacity: chunkSize + chunkSize / 4)
    let isArray = reports.count != 1
    if isArray { stream.beginArray() }
    for report in reports {
      write(
        report, into: &stream, chunkSize: chunkSize, halvingThreshold: halvingThreshold,
        output: output)
    }
    if isArray { stream.endArray() }
    stream.finish(to: output)
  }

  /// Writes one report object, its keys in sorted order, straight from the findings.
  func write(
    _ report: AnalysisReport, into stream: inout JSONStream, chunkSize: Int = .max,
    halvingThreshold: Int = Self.halvingThreshold, output: ([UInt8]) -> Void = { _ in }
  ) {
    let summary = report.summary
    stream.beginObject()
    stream.key("findings")
    stream.beginArray()
    writeFindings(
      of: report, into: &stream, chunkSize: chunkSize, halvingThreshold: halvingThreshold,
      output: output)
    stream.endArray()
    stream.member("model", report.model)
    stream.member("peildatum", report.peildatum.description)
    stream.key("samenvatting")
    stream.beginObject()
    stream.member("fout", summary.open(.fout))
    stream.member("geaccepteerd", summary.accepted)
    stream.member("info", summary.open(.info))
    stream.member("open", summary.open)
    stream.member("totaal", summary.total)
    stream.member("waarschuwing", summary.open(.waarschuwing))
    stream.endObject()
    stream.endObject()
  }

  /// How many findings one batch holds (a few megabytes of JSON).
  static let batchSize = 2_048
  /// Batches of fewer findings than this are written on one thread, one finding at a time.
  static let halvingThreshold = 512

  /// The findings, a batch at a time, each batch's two halves written side by side into
  /// continuations of the stream and appended in order: the same bytes as one after the other.
  private func writeFindings(
    of report: AnalysisReport, into stream: inout JSONStream, chunkSize: Int,
    halvingThreshold: Int, output: ([UInt8]) -> Void
  ) {
    let findings = report.findings
    // Every finding stands at the same depth: its object is written from prepared pieces, the
    // bytes of ``write(_:into:)``.
    let layout = FindingLayout(depth: stream.depth)
    var start = 0
    while start < findings.count {
      let first = start
      let end = min(first + Self.batchSize, findings.count)
      start = end
      guard end - first >= halvingThreshold else {
        for position in first..<end {
          findings.withUnsafeBufferPointer { layout.write($0[position], into: &stream) }
          stream.flush(atLeast: chunkSize, to: output)
        }
        continue
      }
      let middle = (first + end) / 2
      let base = stream.continuation()
      let following = stream.continuation(afterValue: true)
      let halves = ConcurrentWork.map(count: 2) { half in
        var part = half == 0 ? base : following
        // The findings read in place, not copied one by one.
        findings.withUnsafeBufferPointer { findings in
          for position in half == 0 ? first..<middle : middle..<end {
            layout.write(findings[position], into: &part)
          }
        }
        return part
      }
      // A half of half a chunk or more is handed out as it is (after what the stream holds),
      // not copied into the stream.
      for half in halves { stream.append(half, handingOutAtLeast: chunkSize / 2, to: output) }
      stream.flush(atLeast: chunkSize, to: output)
    }
  }

  /// Writes one finding's object, member by member (what ``FindingLayout`` writes from
  /// prepared pieces for a report's findings).
  func write(_ finding: Finding, into stream: inout JSONStream) {
    stream.beginObject()
    stream.literalKey("betreft")
    stream.beginArray()
    for id in finding.betreft { stream.string(id.rawValue) }
    stream.endArray()
    stream.literalMember("code", finding.code)
    stream.literalKey("geaccepteerd")
    if let acceptance = finding.acceptance {
      stream.beginObject()
      stream.literalMember("reden", acceptance.reden)
      stream.literalKey("tot")
      stream.string(acceptance.tot?.description)
      stream.literalMember("verantwoordelijke", acceptance.verantwoordelijke.rawValue)
      stream.endObject()
    } else {
      stream.null()
    }
    stream.literalKey("location")
    if let location = finding.location {
      stream.beginObject()
      stream.literalMember("column", location.column)
      stream.literalMember("file", location.file)
      stream.literalMember("line", location.line)
      stream.endObject()
    } else {
      stream.null()
    }
    stream.literalMember("message", finding.message)
    stream.literalMember("oplossing", finding.oplossing)
    stream.literalMember("severity", finding.severity.rawValue)
    stream.literalMember("slug", finding.slug)
    stream.literalMember("waarom", finding.waarom)
    stream.endObject()
  }
}
