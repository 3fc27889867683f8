import DriehoekDiagram
import DriehoekLoading
import DriehoekModel
import Foundation
import FuzzSupport
import GraphvizRendering

/// 100 renders (or the count given) through the in-process renderer, good and failing alike, for
/// `valgrind --leak-check=full`: every view of an example model; DOT with a syntax error; an
/// HTML label that is not well-formed; a view that does not exist; a model that does not load.
///
/// `RenderLeakCheck [COUNT] [MODEL] [CASES]`, e.g. `RenderLeakCheck 100 Models/svb.yaml goodView`.
///
/// Each case checks that it did what it should (a good render gives well-formed SVG, a bad one
/// the error it should), so a leak-free run is also a run that exercised both paths. Exits 1
/// when a case behaved otherwise.
@main
struct RenderLeakCheck {
  enum Case: String, CaseIterable {
    case goodView, syntaxError, brokenHTMLLabel, unknownView, invalidModel
  }

  static func main() {
    let arguments = CommandLine.arguments.dropFirst()
    let count = arguments.first.flatMap { Int($0) } ?? 100
    let modelPath = arguments.dropFirst().first ?? defaultModelPath
    // An optional third argument limits the run to some cases (comma-separated), to attribute
    // a leak to one of them.
    let cases =
      arguments.dropFirst(2).first.map {
        $0.split(separator: ",").compactMap { Case(rawValue: String($0)) }
      }
      ?? Case.allCases
    let renderer = GraphvizRenderer()

    let loaded = FuzzChecks.loader.load(path: modelPath)
    guard loaded.isValid, let model = loaded.model else {
      stop("het model \(modelPath) laadt niet: \(loaded.diagnostics.map(\.description))")
    }
    let builder = DiagramBuilder(model: model, peildatum: model.peildatum ?? FuzzChecks.fallbackDay)
    let views = builder.views

    var tally: [Case: Int] = [:]
    for index in 0..<count {
      let chosen = cases[index % cases.count]
      tally[chosen, default: 0] += 1
      switch chosen {
      case .goodView:
        let view = views[(index / cases.count) % views.count]
        do {
          let dot = DOTWriter().write(try builder.build(view))
          let result = try renderer.render(
            dot: dot, format: .svg, metadata: DocumentMetadata(title: model.name, summary: ""))
          if let problem = FuzzChecks.xmlProblem(result.bytes) { stop("\(view): \(problem)") }
        } catch {
          stop("view \(view) hoort te renderen: \(error)")
        }
      case .syntaxError:
        expectFailure("syntaxfout") {
          try renderer.render(dot: "digraph \"kapot\" {\n  a -> ;\n}", format: .svg)
        }
      case .brokenHTMLLabel:
        expectFailure("kapot HTML-label") {
          try renderer.render(
            dot: "digraph \"html\" { a [label=<<TABLE><TR><TD>x & y</TD></TR></TABLE>>]; }",
            format: .svg)
        }
      case .unknownView:
        expectFailure("onbekende view") { try builder.build(.driehoek("bestaat-niet")) }
      case .invalidModel:
        let result = FuzzChecks.loader.load(
          text: "naam: kapot\norganisaties:\n  - id: x\n    soort: wolk\n", file: "kapot.yaml")
        if result.isValid { stop("een ongeldig model laadde zonder fout") }
      }
    }
    let summary = cases.map { "\($0): \(tally[$0, default: 0])" }.joined(separator: ", ")
    FileHandle.standardOutput.write(Data("\(count) renders (\(summary))\n".utf8))
  }

  static let defaultModelPath =
    URL(fileURLWithPath: FuzzChecks.inputPath).deletingLastPathComponent()
    .appendingPathComponent("svb.yaml").path

  static func expectFailure<T>(_ what: String, _ body: () throws -> T) {
    do {
      _ = try body()
      stop("\(what) hoort te mislukken, maar lukte")
    } catch {
      return
    }
  }

  static func stop(_ message: String) -> Never {
    FileHandle.standardError.write(Data("RenderLeakCheck: \(message)\n".utf8))
    exit(1)
  }
}
