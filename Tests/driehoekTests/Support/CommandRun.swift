import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of the built `driehoek` binary with a time limit: its exit, output and duration.
struct CommandRun {
  /// The exit status, or the signal when ``wasSignalled``.
  let status: Int32
  /// Whether the process died of a signal (a crash) instead of exiting.
  let wasSignalled: Bool
  /// Whether the run was killed for taking longer than its limit.
  let timedOut: Bool
  let output: String
  let errors: String
  /// Wall-clock seconds from start to exit.
  let seconds: Double

  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../..").standardizedFileURL

  /// The `driehoek` binary next to the test bundle.
  static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("driehoek")

  /// Runs `driehoek arguments…` in `directory`, killing it after `limit` seconds; `environment`
  /// adds to (or overrides) the test's own environment.
  static func driehoek(
    _ arguments: [String], in directory: URL = packageRoot, limit: Double = 60,
    environment: [String: String] = [:]
  ) throws -> CommandRun {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("out")
    let errURL = scratch.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    defer {
      try? out.close()
      try? err.close()
    }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    let start = Date()
    try process.run()
    let finished = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      process.waitUntilExit()
      finished.signal()
    }
    var timedOut = false
    if finished.wait(timeout: .now() + limit) == .timedOut {
      timedOut = true
      kill(process.processIdentifier, SIGKILL)
      finished.wait()
    }
    let seconds = Date().timeIntervalSince(start)
    return CommandRun(
      status: process.terminationStatus,
      wasSignalled: process.terminationReason == .uncaughtSignal, timedOut: timedOut,
      output: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
      errors: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
      seconds: seconds)
  }
}
