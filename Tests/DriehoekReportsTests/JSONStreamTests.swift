import DriehoekAnalysis
import Testing

@testable import DriehoekReports

/// ``JSONStream`` writes the bytes that `JSONEncoder` wrote for the same tree: the report
/// writers stream and must not change a byte of their output.
@Suite struct JSONStreamTests {
  /// Every ASCII character, quotes, backslashes, slashes, non-ASCII and line separators.
  private static let awkward: [String] = [
    "", "plain", "a/b", "\"quoted\" \\ back", "ë é ß 中文 🙂", "line\u{2028}sep\u{2029}",
    String((0..<128).map { Character(UnicodeScalar(UInt8($0))) }), "\r\n\t\u{8}\u{C}\u{1F}\u{7F}",
  ]

  private func write(_ value: JSONValue, into stream: inout JSONStream) {
    switch value {
    case .null: stream.null()
    case .bool: Issue.record("the stream writes no booleans")
    case .int(let number): stream.int(number)
    case .string(let text): stream.string(text)
    case .array(let values):
      stream.beginArray()
      for value in values { write(value, into: &stream) }
      stream.endArray()
    case .object(let members):
      stream.beginObject()
      for key in members.keys.sorted() {
        stream.key(key)
        if let member = members[key] { write(member, into: &stream) }
      }
      stream.endObject()
    }
  }

  private func streamed(_ value: JSONValue) -> String {
    var stream = JSONStream()
    write(value, into: &stream)
    return stream.finish()
  }

  @Test(arguments: awkward) func stringsAreEscapedAsJSONEncoderEscapesThem(text: String) {
    let value = JSONValue.object(["k": .string(text), "list": .array([.string(text)])])
    #expect(streamed(value) == value.text)
  }

  @Test func nestingEmptyContainersNullsAndNumbersMatch() {
    let value = JSONValue.object([
      "a": .array([]), "b": .object([:]), "c": .null, "d": .int(-42),
      "e": .array([.object(["x": .array([.int(1), .null, .string("y")])]), .array([])]),
      "$schema": .string("s"),
    ])
    #expect(streamed(value) == value.text)
    #expect(streamed(.array([])) == JSONValue.array([]).text)
  }
}

/// The writers hand out the same bytes in chunks as in one string, however small the chunks.
@Suite struct ChunkedReportTests {
  @Test(arguments: [1, 700, 1 << 20])
  func chunksMakeUpTheWholeText(chunkSize: Int) throws {
    let reports = [try svbReport(), try svbReport()]
    var json: [UInt8] = []
    var pieces = 0
    JSONReportWriter().write(reports, chunkSize: chunkSize) {
      json += $0
      pieces += 1
    }
    #expect(String(decoding: json, as: UTF8.self) == JSONReportWriter().write(reports))
    var sarif: [UInt8] = []
    SARIFReportWriter().write(reports, chunkSize: chunkSize) { sarif += $0 }
    #expect(String(decoding: sarif, as: UTF8.self) == SARIFReportWriter().write(reports))
    #expect(chunkSize > 1 || pieces > reports[0].findings.count)
  }
}
