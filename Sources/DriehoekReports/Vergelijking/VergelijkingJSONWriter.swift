import DriehoekAnalysis
public import DriehoekComparison
import DriehoekModel

/// Writes a comparison as one JSON object (docs/vergelijk.md).
///
/// Its shape:
///
/// ```json
/// { "bevindingen": { "nieuw": [...], "ongewijzigd": 5, "opgelost": [...] },
///   "nieuw": { "naam": "…", "peildatum": "2027-01-01" },
///   "oud": { "naam": "…", "peildatum": "2026-01-01" },
///   "wijzigingen": [ { "id": "aow", "soort": "opdracht", "velden": { "budget": { "nieuw": 1, "oud": 2 } },
///                      "wat": "gewijzigd" }, … ] }
/// ```
///
/// Findings are written exactly as `check --format json` writes them; a moved role is one
/// `verwijderd` and one `toegevoegd` entry. Keys are in alphabetical order, as in `check`.
public struct VergelijkingJSONWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The JSON text, ending in a newline.
  public func write(_ vergelijking: Vergelijking) -> String {
    var stream = JSONStream(reservingCapacity: 4096)
    let findings = JSONReportWriter()
    stream.beginObject()
    stream.key("bevindingen")
    stream.beginObject()
    stream.key("nieuw")
    stream.beginArray()
    for finding in vergelijking.bevindingen.nieuw { findings.write(finding, into: &stream) }
    stream.endArray()
    stream.member("ongewijzigd", vergelijking.bevindingen.ongewijzigd)
    stream.key("opgelost")
    stream.beginArray()
    for finding in vergelijking.bevindingen.opgelost { findings.write(finding, into: &stream) }
    stream.endArray()
    stream.endObject()
    side(vergelijking.nieuw, key: "nieuw", into: &stream)
    side(vergelijking.oud, key: "oud", into: &stream)
    stream.key("wijzigingen")
    stream.beginArray()
    for change in vergelijking.wijzigingen { write(change, into: &stream) }
    stream.endArray()
    stream.endObject()
    return stream.finish()
  }

  private func side(_ side: VergelijkingsKant, key: String, into stream: inout JSONStream) {
    stream.key(key)
    stream.beginObject()
    stream.member("naam", side.naam)
    stream.member("peildatum", side.peildatum.description)
    stream.endObject()
  }

  private func write(_ change: Wijziging, into stream: inout JSONStream) {
    stream.beginObject()
    switch change.sleutel {
    case .id(let id):
      stream.member("id", id.rawValue)
      stream.member("soort", change.soort.rawValue)
    case .rol(let kind, let houder, let van):
      stream.member("houder", houder.rawValue)
      stream.member("rol", kind.rawValue)
      stream.member("soort", change.soort.rawValue)
      stream.member("van", van.rawValue)
    case .afwijking(let regel, let betreft):
      stream.key("betreft")
      stream.beginArray()
      for id in betreft { stream.string(id.rawValue) }
      stream.endArray()
      stream.member("regel", regel)
      stream.member("soort", change.soort.rawValue)
    }
    if change.wat == .gewijzigd {
      stream.key("velden")
      stream.beginObject()
      for veld in change.velden {
        stream.key(veld.key)
        stream.beginObject()
        stream.key("nieuw")
        write(veld.nieuw, into: &stream)
        stream.key("oud")
        write(veld.oud, into: &stream)
        stream.endObject()
      }
      stream.endObject()
    }
    stream.member("wat", change.wat.rawValue)
    stream.endObject()
  }

  private func write(_ value: FieldValue?, into stream: inout JSONStream) {
    guard let value else { return stream.null() }
    switch value {
    case .text(let text): stream.string(text)
    case .number(let number):
      stream.literal(number.isFinite ? FieldValue.written(number) : "null")
    case .flag(let flag): stream.literal(flag ? "true" : "false")
    case .list(let items, _):
      stream.beginArray()
      for item in items { write(item, into: &stream) }
      stream.endArray()
    case .record(let members):
      stream.beginObject()
      for member in members {
        stream.key(member.key)
        write(member.value, into: &stream)
      }
      stream.endObject()
    }
  }
}
