import DriehoekAnalysis
import DriehoekModel

/// A finding's JSON object written from prepared pieces: the bytes ``JSONReportWriter`` writes
/// through ``JSONStream`` member by member, in a dozen copies.
///
/// Between two values of a finding stand only the writer's own bytes (a comma, a line end, the
/// indentation, the next key), fixed once the depth of the findings is known; each is made once
/// per report (``init(depth:)``) and appended whole, and only the values are escaped.
struct FindingLayout: Sendable {
  /// The depth of the findings' objects (how many containers are open around them).
  let depth: Int
  private let betreftOpen: [UInt8]
  private let betreftEmpty: [UInt8]
  private let idFirst: [UInt8]
  private let idNext: [UInt8]
  private let betreftClose: [UInt8]
  private let code: [UInt8]
  private let geaccepteerd: [UInt8]
  private let reden: [UInt8]
  private let tot: [UInt8]
  private let verantwoordelijke: [UInt8]
  private let innerClose: [UInt8]
  private let location: [UInt8]
  private let column: [UInt8]
  private let file: [UInt8]
  private let line: [UInt8]
  private let message: [UInt8]
  private let oplossing: [UInt8]
  private let severity: [UInt8]
  private let slug: [UInt8]
  private let waarom: [UInt8]
  private let close: [UInt8]
  private static let null = Array("null".utf8)

  /// The pieces for findings whose objects stand inside `depth` open containers.
  init(depth: Int) {
    self.depth = depth
    func indent(_ level: Int) -> String { String(repeating: "  ", count: level) }
    let member = indent(depth + 1)
    let inner = indent(depth + 2)
    func first(_ key: String) -> [UInt8] { Array("\(member)\"\(key)\" : ".utf8) }
    func next(_ key: String) -> [UInt8] { Array(",\n\(member)\"\(key)\" : ".utf8) }
    func firstInner(_ key: String) -> [UInt8] { Array("{\n\(inner)\"\(key)\" : ".utf8) }
    func nextInner(_ key: String) -> [UInt8] { Array(",\n\(inner)\"\(key)\" : ".utf8) }
    betreftOpen = Array("{\n".utf8) + first("betreft") + Array("[".utf8)
    betreftEmpty = Array("\n\n\(member)]".utf8)
    idFirst = Array("\n\(inner)".utf8)
    idNext = Array(",\n\(inner)".utf8)
    betreftClose = Array("\n\(member)]".utf8)
    code = next("code")
    geaccepteerd = next("geaccepteerd")
    reden = firstInner("reden")
    tot = nextInner("tot")
    verantwoordelijke = nextInner("verantwoordelijke")
    innerClose = Array("\n\(member)}".utf8)
    location = next("location")
    column = firstInner("column")
    file = nextInner("file")
    line = nextInner("line")
    message = next("message")
    oplossing = next("oplossing")
    severity = next("severity")
    slug = next("slug")
    waarom = next("waarom")
    close = Array("\n\(indent(depth))}".utf8)
  }

  /// Writes a finding's object as the next value of the stream, which stands at ``depth``.
  func write(_ finding: Finding, into stream: inout JSONStream) {
    stream.beginRawValue()
    stream.appendRaw(betreftOpen)
    if finding.betreft.isEmpty {
      stream.appendRaw(betreftEmpty)
    } else {
      var isFirst = true
      for id in finding.betreft {
        stream.appendRaw(isFirst ? idFirst : idNext)
        isFirst = false
        stream.appendQuoted(id.rawValue)
      }
      stream.appendRaw(betreftClose)
    }
    stream.appendRaw(code)
    stream.appendQuoted(finding.code)
    stream.appendRaw(geaccepteerd)
    if let acceptance = finding.acceptance {
      stream.appendRaw(reden)
      stream.appendQuoted(acceptance.reden)
      stream.appendRaw(tot)
      stream.appendQuoted(acceptance.tot?.description)
      stream.appendRaw(verantwoordelijke)
      stream.appendQuoted(acceptance.verantwoordelijke.rawValue)
      stream.appendRaw(innerClose)
    } else {
      stream.appendRaw(Self.null)
    }
    stream.appendRaw(location)
    if let place = finding.location {
      stream.appendRaw(column)
      stream.appendInt(place.column)
      stream.appendRaw(file)
      stream.appendQuoted(place.file)
      stream.appendRaw(line)
      stream.appendInt(place.line)
      stream.appendRaw(innerClose)
    } else {
      stream.appendRaw(Self.null)
    }
    stream.appendRaw(message)
    stream.appendQuoted(finding.message)
    stream.appendRaw(oplossing)
    stream.appendQuoted(finding.oplossing)
    stream.appendRaw(severity)
    stream.appendQuoted(finding.severity.rawValue)
    stream.appendRaw(slug)
    stream.appendQuoted(finding.slug)
    stream.appendRaw(waarom)
    stream.appendQuoted(finding.waarom)
    stream.appendRaw(close)
  }
}
