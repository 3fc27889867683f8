/// One HTTP/1.1 response of the preview server; every response closes the connection, except
/// the event stream.
public struct HTTPResponse: Sendable, Equatable {
  /// The status.
  public var status: HTTPStatus
  /// The `Content-Type`.
  public var contentType: String
  /// The body.
  public var body: [UInt8]

  /// The Content-Security-Policy of every response: nothing from outside, no inline script, no
  /// inline style sheet, no frames, no forms.
  public static let contentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

  /// Creates a response.
  public init(status: HTTPStatus, contentType: String, body: [UInt8]) {
    self.status = status
    self.contentType = contentType
    self.body = body
  }

  /// A plain-text response, such as an error.
  public static func text(_ status: HTTPStatus, _ text: String) -> HTTPResponse {
    HTTPResponse(
      status: status, contentType: "text/plain; charset=utf-8", body: Array((text + "\n").utf8))
  }

  /// The headers every response carries: no caching, no sniffing, the policy above.
  static func commonHeaders() -> String {
    "Cache-Control: no-store\r\n"
      + "X-Content-Type-Options: nosniff\r\n"
      + "Referrer-Policy: no-referrer\r\n"
      + "X-Frame-Options: DENY\r\n"
      + "Content-Security-Policy: \(contentSecurityPolicy)\r\n"
  }

  /// The bytes on the wire; a response to `HEAD` has the headers only.
  public func serialized(includingBody: Bool = true) -> [UInt8] {
    var head = "HTTP/1.1 \(status.rawValue) \(status.reason)\r\n"
    head += "Content-Type: \(contentType)\r\n"
    head += "Content-Length: \(body.count)\r\n"
    head += HTTPResponse.commonHeaders()
    if status == .methodNotAllowed { head += "Allow: GET, HEAD\r\n" }
    head += "Connection: close\r\n\r\n"
    return Array(head.utf8) + (includingBody ? body : [])
  }

  /// The header block that opens a server-sent event stream.
  static func eventStreamHead() -> [UInt8] {
    Array(
      ("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
        + commonHeaders() + "Connection: keep-alive\r\n\r\n").utf8)
  }
}
