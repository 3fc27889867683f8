import DriehoekDiagram
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One open page's event stream: its connection and view, and the last generation sent on it.
///
/// Every write goes through ``deliver(generation:bytes:)`` under one lock, so an update and
/// the first state of a page that connects at that moment never interleave, nothing is sent
/// twice and nothing older than what was sent.
final class EventSubscriber: Sendable {
  private struct State {
    var sent = 0
    var isClosed = false
  }

  /// How updates are framed on the connection.
  enum Kind: Hashable, Sendable {
    /// Server-sent events (`text/event-stream`).
    case serverSentEvents
    /// WebSocket text frames.
    case webSocket
  }

  let fd: Int32
  let view: View?
  let kind: Kind
  private let state = Mutex(State())

  init(fd: Int32, view: View?, kind: Kind) {
    self.fd = fd
    self.view = view
    self.kind = kind
  }

  /// A page as this subscriber's connection carries it.
  func framed(_ page: PreviewPage) -> [UInt8] {
    switch kind {
    case .serverSentEvents: page.event
    case .webSocket: WebSocketFrame(opcode: .text, payload: Array(page.update.utf8)).serialized()
    }
  }

  /// A keep-alive message: a comment, or a ping frame.
  var keepAlive: [UInt8] {
    switch kind {
    case .serverSentEvents: Array(": ping\n\n".utf8)
    case .webSocket: WebSocketFrame(opcode: .ping, payload: []).serialized()
    }
  }

  /// Sends an event of a generation newer than the last one sent.
  ///
  /// Returns `false` when the connection is gone (then it is shut down). A generation of 0 (a
  /// keep-alive or a control frame) is always sent.
  @discardableResult
  func deliver(generation: Int, bytes: [UInt8]) -> Bool {
    state.withLock { state in
      if state.isClosed { return false }
      if generation != 0 && generation <= state.sent { return true }
      guard Socket.writeAll(fd, bytes) else {
        shutdown(fd, Int32(SHUT_RDWR))
        return false
      }
      if generation != 0 { state.sent = generation }
      return true
    }
  }

  /// Wakes the connection's reader (the server is stopping).
  func hangUp() {
    state.withLock { state in
      if !state.isClosed { shutdown(fd, Int32(SHUT_RDWR)) }
    }
  }

  /// Closes the connection once.
  func close() {
    state.withLock { state in
      if !state.isClosed {
        state.isClosed = true
        _ = systemClose(fd)
      }
    }
  }
}

/// `close(2)`, under a name that does not clash with the methods called `close`.
func systemClose(_ fd: Int32) -> Int32 {
  #if canImport(Glibc)
  Glibc.close(fd)
  #else
  Darwin.close(fd)
  #endif
}
