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

  /// The SARIF text of several reports, one run each.
  public func write(_ reports: [AnalysisReport]) -> String {
    JSONValue.object([
      "$schema": .string("https://json.schemastore.org/sarif-2.1.0.json"),
      "version": .string("2.1.0"),
      "runs": .array(reports.map(run)),
    ]).text
  }

  func run(_ report: AnalysisReport) -> JSONValue {
    let ruleIndex = Dictionary(
      report.rules.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
    return .object([
      "tool": .object([
        "driver": .object([
          "name": .string("driehoek"),
          "informationUri": .string(informationURI),
          "version": .string(toolVersion),
          "rules": .array(report.rules.map(rule)),
        ])
      ]),
      "language": .string(report.language == .nl ? "nl-NL" : "en-US"),
      "results": .array(report.findings.map { result($0, ruleIndex: ruleIndex, report: report) }),
      "properties": .object([
        "model": .string(report.model), "peildatum": .string(report.peildatum.description),
      ]),
    ])
  }

  func rule(_ rule: RuleDescription) -> JSONValue {
    .object([
      "id": .string(rule.code),
      "name": .string(rule.slug),
      "shortDescription": .object(["text": .string(rule.summary)]),
      "fullDescription": .object(["text": .string(rule.waarom)]),
      "help": .object(["text": .string(rule.oplossing)]),
      "defaultConfiguration": .object(["level": .string(rule.defaultSeverity.sarifLevel)]),
    ])
  }

  func result(_ finding: Finding, ruleIndex: [String: Int], report: AnalysisReport) -> JSONValue {
    var location: [String: JSONValue] = [
      "logicalLocations": .array(
        finding.betreft.map { id in
          var logical: [String: JSONValue] = [
            "name": .string(id.rawValue), "fullyQualifiedName": .string(id.rawValue),
          ]
          if let kind = report.elements[id]?.kind { logical["kind"] = .string(kind.rawValue) }
          return .object(logical)
        })
    ]
    if let source = finding.location {
      location["physicalLocation"] = .object([
        "artifactLocation": .object(["uri": .string(Self.uri(forPath: source.file))]),
        "region": .object([
          "startLine": .int(max(1, source.line)), "startColumn": .int(max(1, source.column)),
        ]),
      ])
    }
    var result: [String: JSONValue] = [
      "ruleId": .string(finding.code),
      "level": .string(finding.severity.sarifLevel),
      "message": .object(["text": .string(finding.message)]),
      "locations": .array([.object(location)]),
      "partialFingerprints": .object([
        "driehoekFinding/v1": .string(
          ([finding.code] + finding.betreft.map(\.rawValue).sorted()).joined(separator: "/"))
      ]),
      "suppressions": .array(
        finding.acceptance.map { acceptance in
          [
            .object([
              "kind": .string("external"), "status": .string("accepted"),
              "justification": .string(justification(acceptance, report: report)),
            ])
          ]
        } ?? []),
      "properties": .object([
        "slug": .string(finding.slug),
        "betreft": .array(finding.betreft.map { .string($0.rawValue) }),
        "waarom": .string(finding.waarom),
        "oplossing": .string(finding.oplossing),
      ]),
    ]
    if let index = ruleIndex[finding.code] { result["ruleIndex"] = .int(index) }
    return .object(result)
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
