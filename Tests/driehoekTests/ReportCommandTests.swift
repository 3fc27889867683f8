import Foundation
import Testing

/// `driehoek report`, run as a person would.
@Suite struct ReportCommandTests {
  private func driehoek(_ arguments: [String]) throws -> CommandRun {
    try CommandRun.driehoek(arguments)
  }

  private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID())")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func htmlHasEveryDiagramInlineWithCardsLinkedToSections() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("svb.html").path
    let run = try driehoek(["report", "Models/svb.yaml", "-o", path])
    #expect(run.status == 0, "\(run.errors)")
    let html = try String(contentsOfFile: path, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    // The landscape and the three triangles, each with its own prefixed ids.
    #expect(html.components(separatedBy: "<svg ").count - 1 >= 4)
    #expect(html.contains("<title id=\"diagram-landschap-titel\">"))
    #expect(html.contains("<title id=\"diagram-uitvoerder-cak-titel\">"))
    for executor in ["svb", "cak", "uwv"] {
      #expect(html.contains("xlink:href=\"#uitvoerder-\(executor)\""), "\(executor)")
      #expect(html.contains("<section class=\"uitvoerder\" id=\"uitvoerder-\(executor)\""))
    }
    #expect(html.contains("xlink:href=\"#partij-szw-sg\""))
    #expect(!html.contains("<script"))
    // Without -o the HTML goes to standard output.
    let piped = try driehoek(["report", "Models/duo.yaml", "--lang", "en"])
    #expect(piped.status == 0)
    #expect(piped.output.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
  }

  @Test func markdownWritesItsDiagramsNextToIt() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("memo/rapport.md").path
    let run = try driehoek([
      "report", "Models/svb.yaml", "--format", "markdown", "--peildatum", "2026-07-01", "-o", path,
    ])
    #expect(run.status == 0, "\(run.errors)")
    let markdown = try String(contentsOfFile: path, encoding: .utf8)
    let names = try FileManager.default.contentsOfDirectory(
      atPath: directory.appendingPathComponent("memo").path
    ).sorted()
    #expect(
      names == [
        "rapport-driehoek-cak.svg", "rapport-driehoek-svb.svg", "rapport-driehoek-uwv.svg",
        "rapport-landschap.svg", "rapport-matrix.svg", "rapport-tijdlijn-svb.svg", "rapport.md",
      ])
    for name in names where name.hasSuffix(".svg") {
      #expect(markdown.contains("](\(name))"), "\(name)")
      let svg = try String(
        contentsOfFile: directory.appendingPathComponent("memo/\(name)").path, encoding: .utf8)
      #expect(svg.contains("<svg"))
    }
  }

  @Test func sourceDateEpochSetsTheDayOfGeneration() throws {
    let dated = try CommandRun.driehoek(
      ["report", "Models/duo.yaml"], environment: ["SOURCE_DATE_EPOCH": "86399"])
    #expect(dated.status == 0, "\(dated.errors)")
    #expect(dated.output.contains("Gemaakt met driehoek op 1 januari 1970"))
    let wrong = try CommandRun.driehoek(
      ["report", "Models/duo.yaml"], environment: ["SOURCE_DATE_EPOCH": "gisteren"])
    #expect(wrong.status == 64)
    #expect(wrong.errors.contains("SOURCE_DATE_EPOCH 'gisteren'"))
    #expect(wrong.output.isEmpty)
  }

  @Test func markdownWithoutAFileIsAUsageError() throws {
    let run = try driehoek(["report", "Models/svb.yaml", "--format", "markdown"])
    #expect(run.status == 64)
    #expect(run.errors.contains("geef -o BESTAND.md"))
  }

  @Test func anInvalidModelWritesNothingAndExitsTwo() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let model = directory.appendingPathComponent("bad.yaml")
    try "naam: x\nrollen:\n  - {rol: eigenaar, houder: nope, van: svb}\n".write(
      to: model, atomically: true, encoding: .utf8)
    let output = directory.appendingPathComponent("uit.html").path
    let run = try driehoek(["report", model.path, "-o", output])
    #expect(run.status == 2)
    #expect(run.errors.contains("onbekende verwijzing 'nope'"))
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func aFailedWriteLeavesNoFilesBehind() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    // The target directory is a file: nothing can be written there.
    let blocker = directory.appendingPathComponent("bezet")
    try "x".write(to: blocker, atomically: true, encoding: .utf8)
    let run = try driehoek([
      "report", "Models/svb.yaml", "--format", "markdown", "-o", blocker.path + "/rapport.md",
    ])
    #expect(run.status == 2)
    #expect(run.errors.hasPrefix("fout: "))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["bezet"])
  }
}
