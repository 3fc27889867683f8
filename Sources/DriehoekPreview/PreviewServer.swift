import DriehoekDiagram
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The preview's web server: HTTP/1.1 over POSIX sockets, bound to 127.0.0.1 only, a thread per
/// connection (at most ``maximumConnections`` at once), every response closing its connection
/// except the event streams (server-sent events), which stay open and get every update.
///
/// Robust against its clients: a request line and headers of at most 16 KiB, read within
/// ``requestTimeout``; no bodies; a malformed request gets 400, an unknown path 404; a page that
/// stops reading is dropped after ``sendTimeout`` seconds instead of holding up the others.
public final class PreviewServer: Sendable {
  /// At most this many connections are served at once; more get 503.
  public static let maximumConnections = 64
  /// Seconds a client has to send its request line and headers.
  public static let requestTimeout: Int32 = 10
  /// Seconds a write to a client may block.
  public static let sendTimeout = 5
  /// Seconds between keep-alive comments on an idle event stream.
  public static let keepAliveInterval: Int32 = 15

  private struct State {
    var isStopped = false
    var connections = 0
    var subscribers: [Int: EventSubscriber] = [:]
    var nextSubscriber = 0
  }

  /// The port the server listens on (on 127.0.0.1).
  public let port: UInt16
  /// The routes.
  public let router: PreviewRouter
  private let listener: Int32
  private let state = Mutex(State())
  private let acceptLoopDone = Mutex(false)

  /// Binds 127.0.0.1:`port` (0: a free port) and starts accepting connections.
  /// - Throws: ``PreviewServerError`` when the socket cannot be opened or the port is taken.
  public init(session: PreviewSession, port: UInt16) throws(PreviewServerError) {
    let (fd, actual) = try Socket.openListener(port: port)
    listener = fd
    self.port = actual
    router = PreviewRouter(session: session, port: actual)
    let thread = Thread { [self] in acceptLoop() }
    thread.name = "bekijk-accept"
    thread.start()
  }

  /// The address to open: `http://127.0.0.1:PORT/`.
  public var address: String { "http://127.0.0.1:\(port)/" }

  /// How many pages have an open event stream.
  public var subscriberCount: Int { state.withLock { $0.subscribers.count } }

  /// Stops accepting, closes every event stream; connections in progress end on their own.
  public func stop() {
    let subscribers = state.withLock { state -> [EventSubscriber] in
      if state.isStopped { return [] }
      state.isStopped = true
      return Array(state.subscribers.values)
    }
    shutdown(listener, Int32(SHUT_RDWR))
    for subscriber in subscribers { subscriber.hangUp() }
  }

  /// Sends the session's current snapshot to every open page, each in its own view (every view
  /// drawn once); returns how many pages got it.
  @discardableResult
  public func broadcast() -> Int {
    let subscribers = state.withLock { Array($0.subscribers.values) }
    let snapshot = router.session.snapshot
    var pages: [View?: PreviewPage] = [:]
    var frames: [FrameKey: [UInt8]] = [:]
    var delivered = 0
    for subscriber in subscribers {
      let key = FrameKey(view: subscriber.view, kind: subscriber.kind)
      let bytes: [UInt8]
      if let cached = frames[key] {
        bytes = cached
      } else {
        let page =
          pages[subscriber.view]
          ?? PreviewPage(session: router.session, snapshot: snapshot, requested: subscriber.view)
        pages[subscriber.view] = page
        bytes = subscriber.framed(page)
        frames[key] = bytes
      }
      if subscriber.deliver(generation: snapshot.generation, bytes: bytes) { delivered += 1 }
    }
    return delivered
  }

  private struct FrameKey: Hashable {
    var view: View?
    var kind: EventSubscriber.Kind
  }

  private func acceptLoop() {
    while true {
      let fd = accept(listener, nil, nil)
      if fd < 0 {
        if errno == EINTR || errno == ECONNABORTED { continue }
        if errno == EMFILE || errno == ENFILE {
          usleep(50_000)
          continue
        }
        break
      }
      let admitted = state.withLock { state -> Bool in
        guard !state.isStopped, state.connections < Self.maximumConnections else { return false }
        state.connections += 1
        return true
      }
      Socket.setSendTimeout(fd, seconds: Self.sendTimeout)
      guard admitted else {
        _ = Socket.writeAll(
          fd,
          HTTPResponse.text(.serviceUnavailable, "Te veel verbindingen; probeer het zo opnieuw.")
            .serialized())
        _ = systemClose(fd)
        continue
      }
      let thread = Thread { [self] in
        serve(fd)
        state.withLock { $0.connections -= 1 }
      }
      thread.name = "bekijk-verbinding"
      thread.start()
    }
    _ = systemClose(listener)
    acceptLoopDone.withLock { $0 = true }
  }

  /// Reads one request from a connection and answers it.
  private func serve(_ fd: Int32) {
    var input: [UInt8] = []
    let deadline = ContinuousClock.now + .seconds(Int(Self.requestTimeout))
    var outcome = HTTPRequest.ParseOutcome.incomplete
    while case .incomplete = outcome {
      let left = deadline - ContinuousClock.now
      let milliseconds = Int32(
        max(0, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)
      )
      guard milliseconds > 0, Socket.waitReadable(fd, milliseconds: milliseconds) else {
        _ = Socket.writeAll(
          fd, HTTPResponse.text(.badRequest, "Het verzoek kwam niet op tijd binnen.").serialized())
        _ = systemClose(fd)
        return
      }
      let chunk = Socket.read(fd, capacity: 4096)
      if chunk.isEmpty {
        _ = systemClose(fd)
        return
      }
      input += chunk
      outcome = HTTPRequest.parse(input)
    }
    switch outcome {
    case .incomplete:
      _ = systemClose(fd)
    case .refused(let status, let reason):
      _ = Socket.writeAll(fd, HTTPResponse.text(status, "Fout verzoek: \(reason).").serialized())
      _ = systemClose(fd)
    case .request(let request, _):
      switch router.route(request) {
      case .respond(let response):
        _ = Socket.writeAll(fd, response.serialized(includingBody: request.method != "HEAD"))
        _ = systemClose(fd)
      case .events(let view):
        guard request.method == "GET" else {
          _ = Socket.writeAll(fd, HTTPResponse.eventStreamHead())
          _ = systemClose(fd)
          return
        }
        let head = HTTPResponse.eventStreamHead() + Array("retry: 1000\n\n".utf8)
        subscribe(fd, view: view, kind: .serverSentEvents, head: head)
      case .webSocket(let view, let acceptKey):
        let head =
          "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          + "Sec-WebSocket-Accept: \(acceptKey)\r\n\r\n"
        subscribe(fd, view: view, kind: .webSocket, head: Array(head.utf8))
      }
    }
  }

  /// Keeps an event stream or WebSocket open: the current state at once, then every update, a
  /// keep-alive when idle, until the page goes away or the server stops.
  private func subscribe(_ fd: Int32, view: View?, kind: EventSubscriber.Kind, head: [UInt8]) {
    let subscriber = EventSubscriber(fd: fd, view: view, kind: kind)
    guard Socket.writeAll(fd, head) else {
      subscriber.close()
      return
    }
    let key = state.withLock { state -> Int? in
      if state.isStopped { return nil }
      state.nextSubscriber += 1
      state.subscribers[state.nextSubscriber] = subscriber
      return state.nextSubscriber
    }
    guard let key else {
      subscriber.close()
      return
    }
    // Registered first, then the current state: an update in between is sent by whichever
    // comes first, and the other skips it (see EventSubscriber.deliver).
    let snapshot = router.session.snapshot
    var alive = subscriber.deliver(
      generation: snapshot.generation,
      bytes: subscriber.framed(
        PreviewPage(session: router.session, snapshot: snapshot, requested: view)))
    var input: [UInt8] = []
    while alive {
      if Socket.waitReadable(fd, milliseconds: Self.keepAliveInterval * 1000) {
        let chunk = Socket.read(fd, capacity: 4096)
        // A page sends nothing on an event stream; on a WebSocket only control frames.
        guard kind == .webSocket, !chunk.isEmpty else { break }
        input += chunk
        alive = answerFrames(&input, subscriber: subscriber)
      } else {
        alive = subscriber.deliver(generation: 0, bytes: subscriber.keepAlive)
      }
      if state.withLock({ $0.isStopped }) { alive = false }
    }
    _ = state.withLock { $0.subscribers.removeValue(forKey: key) }
    subscriber.close()
  }

  /// Answers the frames a page sent: a ping with a pong, a close with a close.
  ///
  /// Other frames are ignored. `false` when the WebSocket is to be closed.
  private func answerFrames(_ input: inout [UInt8], subscriber: EventSubscriber) -> Bool {
    while true {
      switch WebSocketFrame.read(input) {
      case .incomplete:
        return true
      case .invalid(let code):
        let payload = [UInt8(code >> 8), UInt8(code & 0xFF)]
        subscriber.deliver(
          generation: 0, bytes: WebSocketFrame(opcode: .close, payload: payload).serialized())
        return false
      case .frame(let frame, let length):
        input.removeFirst(length)
        switch frame.opcode {
        case .close:
          subscriber.deliver(
            generation: 0,
            bytes: WebSocketFrame(opcode: .close, payload: Array(frame.payload.prefix(2)))
              .serialized())
          return false
        case .ping:
          subscriber.deliver(
            generation: 0, bytes: WebSocketFrame(opcode: .pong, payload: frame.payload).serialized()
          )
        default:
          break
        }
      }
    }
  }
}
