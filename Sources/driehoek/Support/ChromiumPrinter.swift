import DriehoekModel
import Foundation

/// Prints an HTML page to PDF with headless Chromium (`driehoek kaarten --format pdf`).
///
/// The browser is found as the browser check finds it: `DRIEHOEK_CHROMIUM` when set, else the
/// first of `chromium`, `chromium-browser`, `google-chrome`, `google-chrome-stable` in `PATH`.
/// The page goes to a private temporary directory with a fresh profile; Chromium prints it
/// with the page's own `@page` size (A4) and no header or footer, and is stopped after
/// ``timeout``.
enum ChromiumPrinter {
  /// How long Chromium may take.
  static let timeout: Duration = .seconds(120)

  /// The browser to use, or `nil`.
  static func executable(environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(Failure) -> String
  {
    let files = FileManager.default
    if let configured = environment["DRIEHOEK_CHROMIUM"], !configured.isEmpty {
      guard files.isExecutableFile(atPath: configured) else {
        throw .noBrowser(configured: configured)
      }
      return configured
    }
    let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
      for directory in directories {
        let path = directory + "/" + name
        if files.isExecutableFile(atPath: path) { return path }
      }
    }
    throw .noBrowser(configured: nil)
  }

  /// The PDF of an HTML page.
  static func printToPDF(html: String) throws -> [UInt8] {
    let browser = try executable()
    let files = FileManager.default
    let directory = files.temporaryDirectory.appendingPathComponent(
      "driehoek-kaarten-\(UUID().uuidString)")
    try files.createDirectory(
      at: directory, withIntermediateDirectories: false,
      attributes: [.posixPermissions: 0o700])
    defer { try? files.removeItem(at: directory) }
    let page = directory.appendingPathComponent("kaarten.html")
    let pdf = directory.appendingPathComponent("kaarten.pdf")
    let log = directory.appendingPathComponent("chromium.log")
    try Data(html.utf8).write(to: page)
    try Data().write(to: log)
    var arguments = [
      "--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
      "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
      "--disable-sync", "--disable-component-update", "--mute-audio",
      "--user-data-dir=" + directory.appendingPathComponent("profiel").path,
      "--no-pdf-header-footer", "--print-to-pdf=" + pdf.path,
    ]
    // Chromium refuses to run as root with its sandbox on.
    if geteuid() == 0 { arguments.append("--no-sandbox") }
    arguments.append(page.absoluteString)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: browser)
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    let logHandle = try FileHandle(forWritingTo: log)
    defer { try? logHandle.close() }
    process.standardError = logHandle
    try process.run()
    let deadline = ContinuousClock.now + timeout
    while process.isRunning {
      if ContinuousClock.now > deadline {
        process.terminate()
        Thread.sleep(forTimeInterval: 1)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        throw Failure.timedOut
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    let bytes = (try? Data(contentsOf: pdf)).map { Array($0) } ?? []
    guard process.terminationStatus == 0 || !bytes.isEmpty else {
      let detail =
        (try? String(contentsOf: log, encoding: .utf8))?
        .split(separator: "\n").last.map { String($0.prefix(200)) } ?? ""
      throw Failure.failed(status: process.terminationStatus, detail: detail)
    }
    guard bytes.starts(with: Array("%PDF-".utf8)) else { throw Failure.noPDF }
    return bytes
  }
}
