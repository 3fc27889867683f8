import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `driehoek bekijk` on the command line: what it refuses before serving, and a clean stop.
@Suite(.serialized)
struct BekijkCommandTests {
  @Test func aMissingFileOrAFolderIsRefusedWithExit2() throws {
    let missing = try CommandRun.driehoek(["bekijk", "Models/bestaat-niet.yaml", "--poort", "0"])
    #expect(missing.status == 2)
    #expect(missing.errors.contains("Models/bestaat-niet.yaml: bestand bestaat niet"))
    let folder = try CommandRun.driehoek(["bekijk", "Models", "--poort", "0"])
    #expect(folder.status == 2)
    #expect(folder.errors.contains("is een map"))
    #expect(try CommandRun.driehoek(["bekijk", "Models/svb.yaml", "--timeout", "0"]).status == 64)
    #expect(
      try CommandRun.driehoek(["bekijk", "Models/svb.yaml", "--poort", "70000"]).status == 64)
  }

  @Test func aTakenPortIsNamed() throws {
    // Hold a port on 127.0.0.1, then ask bekijk for it.
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, $0, &length) == 0
      }
    }
    try #require(bound)
    let port = UInt16(bigEndian: address.sin_port)
    let run = try CommandRun.driehoek(["bekijk", "Models/svb.yaml", "--poort", "\(port)"])
    #expect(run.status == 2)
    #expect(run.errors.contains("poort \(port) is al in gebruik"))
  }

  @Test func sigtermStopsItCleanly() throws {
    let process = Process()
    process.executableURL = CommandRun.binary
    process.arguments = ["bekijk", "Models/svb.yaml", "--poort", "0"]
    process.currentDirectoryURL = CommandRun.packageRoot
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
    #expect(line.contains("http://127.0.0.1:"))
    kill(process.processIdentifier, SIGTERM)
    let deadline = Date().addingTimeInterval(10)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 0)
  }
}
