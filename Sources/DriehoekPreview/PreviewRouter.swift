public import DriehoekDiagram

/// Maps a request to what the preview server answers.
///
/// The page, its script and style sheet, the current state as JSON, the event stream or the
/// WebSocket. Nothing else: no files are served, every
/// other path is 404.
public struct PreviewRouter: Sendable {
  /// What to answer.
  public enum Route: Sendable, Equatable {
    /// A whole response.
    case respond(HTTPResponse)
    /// The event stream of a view (`nil`: the landschap).
    case events(View?)
    /// A WebSocket for a view: answer `101 Switching Protocols` with this accept key.
    case webSocket(View?, acceptKey: String)
  }

  /// The session shown.
  public let session: PreviewSession
  /// The port the server listens on, for the `Host` check.
  public let port: UInt16

  /// Creates a router.
  public init(session: PreviewSession, port: UInt16) {
    self.session = session
    self.port = port
  }

  /// The answer to a request.
  ///
  /// A `Host` other than `127.0.0.1:PORT` or `localhost:PORT` is refused (403), so that a web
  /// page elsewhere cannot reach the preview by DNS rebinding.
  public func route(_ request: HTTPRequest) -> Route {
    if let host = request.header("host"),
      host != "127.0.0.1:\(port)" && host != "localhost:\(port)"
    {
      return .respond(
        .text(.forbidden, "Alleen http://127.0.0.1:\(port)/ wordt bediend, niet '\(host)'."))
    }
    let view: View?
    if let text = request.parameter("view") {
      guard let parsed = View(text) else {
        return .respond(
          .text(
            .badRequest,
            "Onbekende view '\(text.prefix(80))'; kies landschap, matrix, driehoek:ID, "
              + "ministerie:ID, keten:ID, tijdlijn:ID of bevindingen."))
      }
      view = parsed
    } else {
      view = nil
    }
    switch request.path {
    case "/":
      let page = PreviewPage(session: session, snapshot: session.snapshot, requested: view)
      return .respond(
        HTTPResponse(
          status: .ok, contentType: "text/html; charset=utf-8", body: Array(page.document.utf8)))
    case "/toestand":
      let page = PreviewPage(session: session, snapshot: session.snapshot, requested: view)
      return .respond(
        HTTPResponse(
          status: .ok, contentType: "application/json; charset=utf-8",
          body: Array(page.update.utf8)))
    case "/gebeurtenissen":
      return .events(view)
    case "/live":
      return webSocket(request, view: view)
    case "/bekijk.js":
      return .respond(
        HTTPResponse(
          status: .ok, contentType: "text/javascript; charset=utf-8",
          body: Array(PreviewAssets.script.utf8)))
    case "/bekijk.css":
      return .respond(
        HTTPResponse(
          status: .ok, contentType: "text/css; charset=utf-8",
          body: Array(PreviewAssets.styleSheet.utf8)))
    default:
      return .respond(.text(.notFound, "Niet gevonden: \(request.path.prefix(200))"))
    }
  }

  /// The WebSocket handshake (RFC 6455 §4.2.1), from this server's own pages only: the
  /// `Origin` must be the server itself, so that no other site can read the model through a
  /// browser that has the preview open.
  private func webSocket(_ request: HTTPRequest, view: View?) -> Route {
    let origins = ["http://127.0.0.1:\(port)", "http://localhost:\(port)"]
    guard let origin = request.header("origin"), origins.contains(origin) else {
      return .respond(.text(.forbidden, "Een WebSocket alleen vanaf de pagina van deze server."))
    }
    let upgrade = request.header("upgrade")?.lowercased()
    let connection = request.header("connection")?.lowercased() ?? ""
    guard request.method == "GET", upgrade == "websocket", connection.contains("upgrade") else {
      return .respond(
        .text(.badRequest, "/live is een WebSocket; open de pagina / in een browser."))
    }
    guard request.header("sec-websocket-version") == "13" else {
      return .respond(.text(.badRequest, "Alleen WebSocket-versie 13 wordt ondersteund."))
    }
    guard let key = request.header("sec-websocket-key"), key.utf8.count == 24 else {
      return .respond(.text(.badRequest, "Sec-WebSocket-Key ontbreekt of is geen 16 bytes base64."))
    }
    return .webSocket(view, acceptKey: WebSocketFrame.acceptKey(for: key))
  }
}
