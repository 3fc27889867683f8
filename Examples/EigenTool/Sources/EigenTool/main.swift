import DriehoekAnalysis
import DriehoekDiagram
import DriehoekModel
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

// 2. Structural validation, then the rules.
let problems = model.validate()
guard !problems.containsErrors, let peildatum = model.peildatum else {
  for problem in problems { print(problem) }
  exit(2)
}
let report = Analyzer().analyse(model, peildatum: peildatum)
for finding in report.findings { print(finding.code, finding.message) }

// 3. A view, its DOT, and an SVG.
let highlights = report.findings.map {
  DiagramHighlight(code: $0.code, severity: $0.severity, betreft: $0.betreft, isAccepted: !$0.isOpen)
}
let builder = DiagramBuilder(model: model, peildatum: peildatum, highlights: highlights)
let dot = DOTWriter().write(try builder.build(.driehoek("svb")))
let svg = try GraphvizRenderer().render(dot: dot, format: .svg)
let output = CommandLine.arguments.dropFirst().first ?? "svb.svg"
try Data(svg.bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
print("\(report.findings.count) bevindingen; \(output): \(svg.bytes.count) bytes")
