import Foundation
import Testing

/// `driehoek kaarten`, run as a person would.
@Suite struct KaartenCommandTests {
  private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("kaarten-\(UUID())")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func writesTheCardSetAsOneSelfContainedPage() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("set/svb.html").path
    let run = try CommandRun.driehoek(["kaarten", "Models/svb.yaml", "-o", path])
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output == path + "\n")
    let html = try String(contentsOfFile: path, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
    // Cover, three executors and six role holders: ten fronts and ten backs on three sheets.
    #expect(html.components(separatedBy: "class=\"kaart kaart-voorkant").count - 1 == 10)
    #expect(html.components(separatedBy: "class=\"kaart kaart-achterkant").count - 1 == 10)
    #expect(html.components(separatedBy: "<section class=\"vel voorkanten\"").count - 1 == 3)
    #expect(html.contains("data-partij=\"omslag\"") && html.contains("data-partij=\"gemeenten\""))
    #expect(!html.contains("<script") && !html.contains("url("))
    // Without -o the page goes to standard output; --lang en and --uitvoerder.
    let piped = try CommandRun.driehoek([
      "kaarten", "Models/svb.yaml", "--lang", "en", "--uitvoerder", "cak", "--peildatum",
      "2026-07-01",
    ])
    #expect(piped.status == 0, "\(piped.errors)")
    #expect(piped.output.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(piped.output.components(separatedBy: "class=\"kaart kaart-voorkant").count - 1 == 3)
  }

  @Test func anUnknownExecutorIsAUsageErrorThatNamesTheChoices() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("k.html").path
    try Data("oud".utf8).write(to: URL(fileURLWithPath: path))
    let run = try CommandRun.driehoek([
      "kaarten", "Models/svb.yaml", "--uitvoerder", "svb", "--uitvoerder", "sbv", "-o", path,
    ])
    #expect(run.status == 64)
    #expect(run.errors.contains("Models/svb.yaml: fout: 'sbv' is geen uitvoerder op de peildatum"))
    #expect(run.errors.contains("kies uit: svb, cak, uwv"))
    #expect(run.errors.contains("oplossing:"))
    // Nothing is written over the old file.
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "oud")
  }

  @Test func wrongOptionsAndInvalidModelsFailClearly() throws {
    let pdfToStandardOutput = try CommandRun.driehoek([
      "kaarten", "Models/svb.yaml", "--format", "pdf",
    ])
    #expect(pdfToStandardOutput.status == 64)
    #expect(pdfToStandardOutput.errors.contains("geef -o KAARTEN.pdf"))
    let badDay = try CommandRun.driehoek([
      "kaarten", "Models/svb.yaml", "--peildatum", "2026-02-30",
    ])
    #expect(badDay.status == 64)
    let missing = try CommandRun.driehoek(["kaarten", "Models/bestaat-niet.yaml"])
    #expect(missing.status == 2 && missing.output.isEmpty)
  }

  @Test func pdfWithoutABrowserSaysToPrintTheHTMLPage() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("k.pdf").path
    let configured = try CommandRun.driehoek(
      ["kaarten", "Models/svb.yaml", "--format", "pdf", "-o", path],
      environment: ["DRIEHOEK_CHROMIUM": directory.appendingPathComponent("geen-chromium").path])
    #expect(configured.status == 2)
    #expect(configured.errors.contains("DRIEHOEK_CHROMIUM wijst naar"))
    #expect(configured.errors.contains("--format html -o kaarten.html"))
    let none = try CommandRun.driehoek(
      ["kaarten", "Models/svb.yaml", "--format", "pdf", "-o", path, "--lang", "en"],
      environment: ["PATH": directory.path])
    #expect(none.status == 2)
    #expect(none.errors.contains("no Chromium found to make a PDF"))
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test(
    .enabled(
      if: ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains {
        FileManager.default.isExecutableFile(atPath: $0)
      }))
  func pdfIsPrintedByChromium() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("k.pdf").path
    let run = try CommandRun.driehoek(
      ["kaarten", "Models/svb.yaml", "--format", "pdf", "-o", path], limit: 150)
    #expect(run.status == 0, "\(run.errors)")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(bytes.starts(with: Data("%PDF-".utf8)))
    // Three sheets of fronts and three of backs: six A4 pages.
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("/Count 6"), "six pages")
  }
}
