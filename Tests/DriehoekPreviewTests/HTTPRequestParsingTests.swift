import Testing

@testable import DriehoekPreview

/// The request parser: what it accepts, and the clear refusal of everything else.
struct HTTPRequestParsingTests {
  private func parse(_ text: String, limit: Int = HTTPRequest.defaultLimit)
    -> HTTPRequest.ParseOutcome
  {
    HTTPRequest.parse(Array(text.utf8), limit: limit)
  }

  private func status(_ text: String) -> HTTPStatus? {
    if case .refused(let status, _) = parse(text) { return status }
    return nil
  }

  @Test func aGetWithQueryAndHeaders() throws {
    let text =
      "GET /gebeurtenissen?view=driehoek%3Asvb&x=a+b HTTP/1.1\r\nHost: 127.0.0.1:8\r\n"
      + "Accept:  text/event-stream \r\n\r\nextra"
    guard case .request(let request, let length) = parse(text) else {
      Issue.record("not parsed: \(parse(text))")
      return
    }
    #expect(request.method == "GET")
    #expect(request.path == "/gebeurtenissen")
    #expect(request.parameter("view") == "driehoek:svb")
    #expect(request.parameter("x") == "a b")
    #expect(request.header("ACCEPT") == "text/event-stream")
    #expect(request.header("host") == "127.0.0.1:8")
    #expect(length == text.utf8.count - "extra".utf8.count)
  }

  @Test func anUnfinishedHeaderBlockAsksForMore() {
    #expect(parse("GET / HTTP/1.1\r\nHost: x\r\n") == .incomplete)
    #expect(parse("") == .incomplete)
  }

  @Test func malformedRequestsAre400() {
    #expect(status("GARBAGE\r\n\r\n") == .badRequest)
    #expect(status("GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n") == .badRequest)
    #expect(status("GET / HTTP/2.0\r\nHost: x\r\n\r\n") == .badRequest)
    #expect(status("GET relative HTTP/1.1\r\nHost: x\r\n\r\n") == .badRequest)
    #expect(status("GET / HTTP/1.1\r\nno colon here\r\n\r\n") == .badRequest)
    #expect(status("GET / HTTP/1.1\r\nHost: x\nBad: lf\r\n\r\n") == .badRequest)
    #expect(status("GET / HTTP/1.1\r\n\r\n") == .badRequest, "HTTP/1.1 without Host")
    #expect(status("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") == .badRequest)
    #expect(status("GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n") == .badRequest)
    #expect(status("GET /?v=%ff HTTP/1.1\r\nHost: x\r\n\r\n") == .badRequest, "not UTF-8")
    #expect(status("\u{16}\u{03}\u{01}binary") == .badRequest, "TLS on the plain port")
  }

  @Test func aBodyIsRefused() {
    #expect(status("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello") == .badRequest)
    #expect(
      status("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n") == .badRequest)
    if case .request = parse("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n") {
    } else {
      Issue.record("Content-Length: 0 is no body")
    }
  }

  @Test func onlyGetAndHead() {
    #expect(status("POST / HTTP/1.1\r\nHost: x\r\n\r\n") == .methodNotAllowed)
    #expect(status("DELETE / HTTP/1.1\r\nHost: x\r\n\r\n") == .methodNotAllowed)
    if case .request(let request, _) = parse("HEAD / HTTP/1.0\r\n\r\n") {
      #expect(request.method == "HEAD")
    } else {
      Issue.record("HEAD over HTTP/1.0 without Host is a request")
    }
  }

  @Test func theHeaderBlockIsBounded() {
    let long = "GET / HTTP/1.1\r\nHost: x\r\nX: " + String(repeating: "a", count: 2000)
    #expect(status(long + "\r\n\r\n") == nil)
    if case .refused(let status, _) = parse(long, limit: 1000) {
      #expect(status == .headersTooLarge)
    } else {
      Issue.record("an unfinished block over the limit must be refused, not read on")
    }
    if case .refused(let status, _) = parse(long + "\r\n\r\n", limit: 1000) {
      #expect(status == .headersTooLarge)
    } else {
      Issue.record("a finished block over the limit must be refused")
    }
  }
}
