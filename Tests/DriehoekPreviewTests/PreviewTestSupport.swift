import DriehoekModel
import Foundation
import Testing

@testable import DriehoekPreview

#if canImport(Glibc)
import Glibc
#endif

/// A copy of Models/svb.yaml in a fresh folder, and a session and server on it.
final class PreviewFixture {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  let folder: URL
  let model: URL
  let original: String
  let session: PreviewSession
  let server: PreviewServer

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "bekijk-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    model = folder.appendingPathComponent("svb.yaml")
    original = try String(
      contentsOf: Self.root.appendingPathComponent("Models/svb.yaml"), encoding: .utf8)
    try original.write(to: model, atomically: true, encoding: .utf8)
    session = PreviewSession(
      configuration: .init(
        modelPath: model.path,
        today: Day(iso: "2026-07-01") ?? Day(ordinal: 0),
        graphviz: .inProcess))
    server = try PreviewServer(session: session, port: 0)
  }

  deinit {
    server.stop()
    try? FileManager.default.removeItem(at: folder)
  }

  /// Saves the model as an editor does: a temporary file renamed over it.
  func save(_ text: String) throws {
    let temporary = folder.appendingPathComponent(".svb.yaml.swp")
    try text.write(to: temporary, atomically: false, encoding: .utf8)
    _ = rename(temporary.path, model.path)
  }
}

/// A raw TCP client to 127.0.0.1, for requests a browser would never send.
final class RawClient {
  let fd: Int32
  var buffer: [UInt8] = []

  init(port: UInt16) throws {
    fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      close(fd)
      throw ClientError.refused(errno)
    }
  }

  deinit { close(fd) }

  enum ClientError: Error { case refused(Int32) }

  func send(_ text: String) { send(Array(text.utf8)) }

  func send(_ bytes: [UInt8]) {
    _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
  }

  /// Reads until `done` holds for what has come, the peer closes, or `seconds` pass.
  @discardableResult
  func read(seconds: Double = 5, until done: ([UInt8]) -> Bool = { _ in false }) -> [UInt8] {
    let deadline = Date().addingTimeInterval(seconds)
    while !done(buffer), Date() < deadline {
      var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      guard poll(&entry, 1, 50) > 0 else { continue }
      var chunk = [UInt8](repeating: 0, count: 65536)
      let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
      if count <= 0 { break }
      buffer += chunk[0..<count]
    }
    return buffer
  }

  /// One whole request: sends it and reads the response to the end.
  static func exchange(_ request: String, port: UInt16) throws -> String {
    let client = try RawClient(port: port)
    client.send(request)
    return String(decoding: client.read(), as: UTF8.self)
  }
}

extension String {
  /// The status code of an HTTP response.
  var statusCode: Int? {
    let parts = split(separator: " ", maxSplits: 2)
    return parts.count > 1 ? Int(parts[1]) : nil
  }
}
