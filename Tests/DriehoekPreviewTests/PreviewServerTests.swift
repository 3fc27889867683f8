import DriehoekModel
import Foundation
import Testing

@testable import DriehoekPreview

/// The preview server over real sockets: what it serves, what it refuses, and the live updates.
@Suite(.serialized)
struct PreviewServerTests {
  private func get(_ path: String, port: UInt16, headers: String = "") throws -> String {
    try RawClient.exchange(
      "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\(headers)\r\n", port: port)
  }

  @Test func theFirstResponseHoldsThePictureAndTheFindings() throws {
    let fixture = try PreviewFixture()
    let port = fixture.server.port
    let page = try get("/", port: port)
    #expect(page.statusCode == 200)
    #expect(page.contains("Content-Security-Policy: default-src 'none'; script-src 'self'"))
    #expect(page.contains("<div id=\"tekening\"><svg"))
    #expect(page.contains("data-betreft=\"svb szw-sg vws-sg\""), "SD02 and its parties")
    #expect(page.contains("id=\"kaart-svb\""), "the ids the findings point at")
    #expect(!page.contains("http://") || !page.contains("src=\"http"), "nothing from outside")
    let matrix = try get("/?view=matrix", port: port)
    #expect(matrix.contains("aria-current=\"page\">matrix<"))
    #expect(matrix.contains("id=\"matrix-svb\""))
    for asset in ["/bekijk.js", "/bekijk.css"] {
      #expect(try get(asset, port: port).statusCode == 200)
    }
  }

  @Test func unknownPathsAre404AndNoFileIsServed() throws {
    let fixture = try PreviewFixture()
    let port = fixture.server.port
    for path in [
      "/nope", "/svb.yaml", "/../svb.yaml", "/%2e%2e/svb.yaml", "/bekijk.js/x", "/index.html",
      "/etc/passwd",
    ] {
      let response = try get(path, port: port)
      #expect(response.statusCode == 404, "\(path)")
      #expect(!response.contains("capaciteit"), "\(path) must not serve the model")
    }
  }

  @Test func badRequestsGetAClearError() throws {
    let fixture = try PreviewFixture()
    let port = fixture.server.port
    let garbage = try RawClient.exchange("HELLO\r\n\r\n", port: port)
    #expect(garbage.statusCode == 400)
    #expect(garbage.contains("Fout verzoek: de verzoekregel"))
    #expect(
      try RawClient.exchange("POST / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n", port: port)
        .statusCode == 405)
    #expect(try get("/?view=onzin", port: port).statusCode == 400)
    let huge =
      "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX: "
      + String(repeating: "a", count: 40_000) + "\r\n\r\n"
    #expect(try RawClient.exchange(huge, port: port).statusCode == 431)
    let rebound = try RawClient.exchange(
      "GET / HTTP/1.1\r\nHost: evil.example:80\r\n\r\n", port: port)
    #expect(rebound.statusCode == 403)
    #expect(try get("/live", port: port).statusCode == 403, "a WebSocket without Origin")
    #expect(
      try get("/live", port: port, headers: "Origin: http://127.0.0.1:\(port)\r\n").statusCode
        == 400, "not an upgrade")
    let foreign =
      "Origin: http://evil.example\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
    #expect(try get("/live", port: port, headers: foreign).statusCode == 403)
  }

  @Test func theAcceptKeyIsRFC6455s() {
    #expect(
      WebSocketFrame.acceptKey(for: "dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
  }

  @Test func aWebSocketGetsTheCurrentStateThenEveryUpdate() throws {
    let fixture = try PreviewFixture()
    let port = fixture.server.port
    let client = try RawClient(port: port)
    client.send(
      "GET /live?view=landschap HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
        + "Origin: http://127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n")
    let first = String(decoding: client.read { Self.contains($0, "\"status\"") }, as: UTF8.self)
    #expect(first.hasPrefix("HTTP/1.1 101 Switching Protocols"))
    #expect(first.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo="))
    #expect(first.contains("{\"generatie\":1,"))
    #expect(first.contains("SD11"))
    client.buffer = []

    try fixture.save(
      fixture.original.replacingOccurrences(of: "capaciteit: 3000", with: "capaciteit: 5000"))
    fixture.session.reload()
    #expect(fixture.server.broadcast() == 1)
    let second = String(decoding: client.read { Self.contains($0, "\"status\"") }, as: UTF8.self)
    #expect(second.contains("{\"generatie\":2,"))
    #expect(!second.contains("SD11"), "the capacity finding is gone")
    #expect(second.contains("SD02"))

    // A ping from the page gets a pong; a close, a close.
    client.buffer = []
    client.send([0x89, 0x82, 1, 2, 3, 4, 0x61 ^ 1, 0x62 ^ 2])
    let pong = client.read { $0.count >= 4 }
    #expect(Array(pong.prefix(4)) == [0x8A, 2, 0x61, 0x62])
    client.buffer = []
    client.send([0x88, 0x82, 0, 0, 0, 0, 0x03, 0xE8])
    #expect(Array(client.read { $0.count >= 4 }.prefix(4)) == [0x88, 2, 0x03, 0xE8])
  }

  @Test func aBrokenModelKeepsTheLastGoodPictureGreyedWithTheDiagnostic() throws {
    let fixture = try PreviewFixture()
    let port = fixture.server.port
    let events = try RawClient(port: port)
    events.send("GET /gebeurtenissen HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
    #expect(
      String(decoding: events.read { Self.contains($0, "id: 1\n") }, as: UTF8.self)
        .contains("text/event-stream"))

    try fixture.save(
      fixture.original.replacingOccurrences(of: "capaciteit: 3000", with: "capaciteit: [3000"))
    let snapshot = fixture.session.reload()
    #expect(!snapshot.isValid && snapshot.isStale)
    fixture.server.broadcast()
    let update = String(
      decoding: events.read { Self.complete($0, event: "id: 2\n") }, as: UTF8.self)
    #expect(update.contains("\"verouderd\":true"))
    let page = try get("/", port: port)
    #expect(page.contains("<section id=\"beeld\" aria-label=\"Tekening\" class=\"verouderd\">"))
    #expect(page.contains("<div id=\"tekening\"><svg"), "the last good picture stays")
    #expect(page.contains("svb.yaml:49:5: fout: YAML-syntaxfout"), "located as check prints it")

    try fixture.save(fixture.original)
    #expect(fixture.session.reload().isValid)
    let fixed = try get("/", port: port)
    #expect(!fixed.contains("class=\"verouderd\""))
    #expect(fixed.contains("<div id=\"meldingen\" role=\"alert\"></div>"))
  }

  @Test func aModelThatNeverLoadedStillGivesAPage() throws {
    let fixture = try PreviewFixture()
    try fixture.save("naam: [kapot\n")
    fixture.session.reload()
    // A fresh session on the broken file: no picture yet, the diagnostic instead.
    let session = PreviewSession(configuration: fixture.session.configuration)
    let page = PreviewPage(session: session, snapshot: session.snapshot, requested: nil)
    #expect(page.picture.contains("nog geen geldige versie"))
    #expect(page.messages.contains("svb.yaml:"))
    #expect(page.document.contains("<svg") == false)
  }

  @Test func stopEndsTheServerAndItsStreams() throws {
    let fixture = try PreviewFixture()
    let port = fixture.server.port
    let events = try RawClient(port: port)
    events.send("GET /gebeurtenissen HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
    events.read { Self.contains($0, "id: 1\n") }
    #expect(fixture.server.subscriberCount == 1)
    fixture.server.stop()
    events.read(seconds: 3)
    // The stream was closed by the server (read returned at end of stream, not at the deadline).
    var gone = false
    for _ in 0..<60 where !gone {
      gone = fixture.server.subscriberCount == 0
      usleep(50_000)
    }
    #expect(gone)
    usleep(100_000)
    #expect(throws: RawClient.ClientError.self) { try RawClient(port: port) }
  }

  /// Whether the event with this id line has come whole (up to its closing `"status"`).
  private static func complete(_ bytes: [UInt8], event: String) -> Bool {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let start = text.range(of: event) else { return false }
    return text[start.upperBound...].contains("\"status\"")
  }

  private static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
    String(decoding: bytes, as: UTF8.self).contains(text)
  }
}
