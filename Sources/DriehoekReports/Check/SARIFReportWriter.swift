public import DriehoekAnalysis
import DriehoekModel

/// Writes analysis reports as a SARIF 2.1.0 log, one run per model.
///
/// The rule catalogue goes into `tool.driver.rules` (id, slug as name, summary, reason as full
/// description, hint as help, default level); each finding is a result with its level, message,
/// physical location (when known), one logical location per `betreft` id, a partial fingerprint
/// on code and sorted `betreft`, and, when accepted, an external suppression with the reason.
public struct SARIFReportWriter: Sendable {
  /// The address `tool.driver.informationUri` points to.
  public var informationURI: String
  /// The tool version written into `tool.driver.version`.
  public var toolVersion: String

  /// Creates a writer.
  public init(
    informationURI: String =
      "https://www.werkaanuitvoering.nl/driehoek/meervoudig-opdrachtgeverschap",
    toolVersion: String = "0.1.0"
  ) {
    self.informationURI = informationURI
    self.toolVersion = toolVersion
  }

  /// The SARIF text of one report.
  public func write(_ report: AnalysisReport) -> String { write([report]) }

  /// The SARIF text of several reports, one run each, written straight from the findings.
  public func write(_ reports: [AnalysisReport]) -> String {
    var text: [UInt8] = []
    write(reports) { text += $0 }
    return String(decoding: text, as: UTF8.self)
  }

  /// The SARIF text (as ``write(_:)-([AnalysisReport])``), handed to `output` in chunks of
  /// about a megabyte as it is written: the whole text is never held.
  public func write(_ reports: [AnalysisReport], chunks output: ([UInt8]) -> Void) {
    write(reports, chunkSize: JSONStream.chunkSize, chunks: output)
  }

  func write(_ reports: [AnalysisReport], chunkSize: Int, chunks output: ([UInt8]) -> Void) {
    var stream = JSONStream(reservingCapacity: chunkSize + chunkSize / 4)
    stream.beginObject()
    stream.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
    stream.key("runs")
    stream.beginArray()
    for report in reports {
      writeRun(report, into: &stream, chunkSize: chunkSize, output: output)
    }
    stream.endArray()
    stream.member("version", "2.1.0")
    stream.endObject()
    stream.finish(to: output)
  }

  /// Writes one run; every object's keys in sorted order.
  func writeRun(
    _ report: AnalysisReport, into stream: inout JSONStream, chunkSize: Int,
    output: ([UInt8]) -> Void
  ) {
    let ruleIndex = Dictionary(
      report.rules.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
    stream.beginObject()
    stream.member("language", report.language == .nl ? "nl-NL" : "en-US")
    stream.key("properties")
    stream.beginObject()
    stream.member("model", report.model)
    stream.member("peildatum", report.peildatum.description)
    stream.endObject()
    stream.key("results")
    stream.beginArray()
    for finding in report.findings {
      writeResult(finding, ruleIndex: ruleIndex, report: report, into: &stream)
      stream.flush(atLeast: chunkSize, to: output)
    }
    stream.endArray()
    stream.key("tool")
    stream.beginObject()
    stream.key("driver")
    stream.beginObject()
    stream.member("informationUri", informationURI)
    stream.member("name", "driehoek")
    stream.key("rules")
    stream.beginArray()
    for rule in report.rules { writeRule(rule, into: &stream) }
    stream.endArray()
    stream.member("version", toolVersion)
    stream.endObject()
    stream.endObject()
    stream.endObject()
  }

  func writeRule(_ rule: RuleDescription, into stream: inout JSONStream) {
    stream.beginObject()
    writeTextObject("defaultConfiguration", key: "level", rule.defaultSeverity.sarifLevel, &stream)
    writeTextObject("fullDescription", key: "text", rule.waarom, &stream)
    writeTextObject("help", key: "text", rule.oplossing, &stream)
    stream.member("id", rule.code)
    stream.member("name", rule.slug)
    writeTextObject("shortDescription", key: "text", rule.summary, &stream)
    stream.endObject()
  }

  func writeResult(
    _ finding: Finding, ruleIndex: [String: Int], report: AnalysisReport,
    into stream: inout JSONStream
  ) {
    stream.beginObject()
    stream.member("level", finding.severity.sarifLevel)
    stream.key("locations")
    stream.beginArray()
    stream.beginObject()
    stream.key("logicalLocations")
    stream.beginArray()
    for id in finding.betreft {
      stream.beginObject()
      stream.member("fullyQualifiedName", id.rawValue)
      if let kind = report.elements[id]?.kind { stream.member("kind", kind.rawValue) }
      stream.member("name", id.rawValue)
      stream.endObject()
    }
    stream.endArray()
    if let source = finding.location {
      stream.key("physicalLocation")
      stream.beginObject()
      writeTextObject("artifactLocation", key: "uri", Self.uri(forPath: source.file), &stream)
      stream.key("region")
      stream.beginObject()
      stream.member("startColumn", max(1, source.column))
      stream.member("startLine", max(1, source.line))
      stream.endObject()
      stream.endObject()
    }
    stream.endObject()
    stream.endArray()
    writeTextObject("message", key: "text", finding.message, &stream)
    writeTextObject(
      "partialFingerprints", key: "driehoekFinding/v1",
      ([finding.code] + finding.betreft.map(\.rawValue).sorted()).joined(separator: "/"),
      &stream)
    stream.key("properties")
    stream.beginObject()
    stream.key("betreft")
    stream.beginArray()
    for id in finding.betreft { stream.string(id.rawValue) }
    stream.endArray()
    stream.member("oplossing", finding.oplossing)
    stream.member("slug", finding.slug)
    stream.member("waarom", finding.waarom)
    stream.endObject()
    stream.member("ruleId", finding.code)
    if let index = ruleIndex[finding.code] { stream.member("ruleIndex", index) }
    stream.key("suppressions")
    stream.beginArray()
    if let acceptance = finding.acceptance {
      stream.beginObject()
      stream.member("justification", justification(acceptance, report: report))
      stream.member("kind", "external")
      stream.member("status", "accepted")
      stream.endObject()
    }
    stream.endArray()
    stream.endObject()
  }

  /// Writes `"name" : {"key" : "value"}`.
  private func writeTextObject(
    _ name: String, key: String, _ value: String, _ stream: inout JSONStream
  ) {
    stream.key(name)
    stream.beginObject()
    stream.member(key, value)
    stream.endObject()
  }

  private func justification(_ acceptance: Acceptance, report: AnalysisReport) -> String {
    let until =
      acceptance.tot.map {
        report.language.pick(", tot en met \($0)", ", until \($0)")
      } ?? ""
    return report.language.pick(
      "\(acceptance.reden) (verantwoordelijke: \(report.label(acceptance.verantwoordelijke))"
        + "\(until))",
      "\(acceptance.reden) (owner: \(report.label(acceptance.verantwoordelijke))\(until))")
  }

  /// A URI reference for a file path: absolute paths become `file://` URIs, relative paths stay
  /// relative; characters outside the unreserved set and `/` are percent-encoded.
  static func uri(forPath path: String) -> String {
    let encoded = path.utf8.map { byte -> String in
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        return String(UnicodeScalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        return "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    .joined()
    return path.hasPrefix("/") ? "file://" + encoded : encoded
  }
}
