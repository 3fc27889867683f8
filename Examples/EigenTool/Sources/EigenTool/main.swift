import DriehoekAnalysis
import DriehoekDiagram
import DriehoekModel
import DriehoekPipeline
import Foundation
import GraphvizRendering

// 1. Build a model in code, without YAML.
let model = Model(
  name: "Eigen tool: SVB",
  peildatum: Day(year: 2026, month: 1, day: 1),
  organisations: [
    Organisation(
      id: "szw", name: "Ministerie van SZW", kind: .ministerie,
      units: [
        Unit(id: "szw-sg", name: "Secretaris-generaal SZW", kind: .sg),
        Unit(id: "szw-dgsz", name: "DG Sociale Zekerheid", kind: .dg),
      ]),
    Organisation(
      id: "vws", name: "Ministerie van VWS", kind: .ministerie,
      units: [Unit(id: "vws-dglz", name: "DG Langdurige Zorg", kind: .dg)]),
    Organisation(
      id: "svb", name: "Sociale Verzekeringsbank", kind: .zboPubliek, capacity: 3000,
      units: [Unit(id: "svb-rvb", name: "Raad van bestuur", kind: .bestuur)]),
  ],
  roles: [
    Role(kind: .eigenaar, holder: "szw-sg", executor: "svb"),
    Role(kind: .opdrachtgever, holder: "szw-dgsz", executor: "svb"),
    Role(kind: .opdrachtgever, holder: "vws-dglz", executor: "svb"),
    Role(kind: .opdrachtnemer, holder: "svb-rvb", executor: "svb"),
  ],
  opdrachten: [
    Opdracht(
      id: "pgb", name: "PGB-trekkingsrecht", opdrachtgever: "vws-dglz", opdrachtnemer: "svb",
      capacity: 1500, cost: 90_000_000, budget: 70_000_000, priority: .hoogste)
  ])

// 2. Indexed once, validated, then the rules (a file would go through
//    `LoaderConfiguration().load(path:)`, which does all three).
let loaded = LoadedModel(model: model)
let problems = model.validate(index: loaded.index)
guard !problems.containsErrors, let peildatum = model.peildatum else {
  for problem in problems { print(problem) }
  exit(2)
}
let analysis = loaded.analysis(on: peildatum)
for finding in analysis.report.findings { print(finding.code, finding.message) }

// 3. A view as DOT and as SVG, with the findings marked, in a child process with a time
//    limit when a driehoek executable is at hand (DRIEHOEK_HELPER), else in process.
let isolation = ProcessInfo.processInfo.environment["DRIEHOEK_HELPER"].map {
  RenderIsolation(executable: $0, seconds: 30)
}
let drawing = analysis.drawing(format: .svg, isolation: isolation)
let dot = try drawing.dot(for: .driehoek("svb"))
let svg = try drawing.document(for: .driehoek("svb"))
let output = CommandLine.arguments.dropFirst().first ?? "svb.svg"
try Data(svg.bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
print(
  "\(analysis.report.findings.count) bevindingen; DOT \(dot.count) bytes; "
    + "\(output): \(svg.bytes.count) bytes")
