// swift-tools-version: 6.3
import PackageDescription

let package = Package(
  name: "driehoek",
  products: [
    .library(name: "DriehoekModel", targets: ["DriehoekModel"]),
    .library(name: "DriehoekLoading", targets: ["DriehoekLoading"]),
    .library(name: "DriehoekInterchange", targets: ["DriehoekInterchange"]),
    .library(name: "DriehoekAnalysis", targets: ["DriehoekAnalysis"]),
    .library(name: "DriehoekDiagram", targets: ["DriehoekDiagram"]),
    .library(name: "GraphvizRendering", targets: ["GraphvizRendering"]),
    .library(name: "DriehoekReports", targets: ["DriehoekReports"]),
    .library(name: "DriehoekComparison", targets: ["DriehoekComparison"]),
    .library(name: "DriehoekPipeline", targets: ["DriehoekPipeline"]),
    .library(name: "DriehoekPreview", targets: ["DriehoekPreview"]),
    .executable(name: "driehoek", targets: ["driehoek"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // Core: the model (pure Swift, no dependencies) and its loader (YAML/JSON through Yams).
    .target(name: "DriehoekModel"),
    .target(
      name: "DriehoekLoading",
      dependencies: ["DriehoekModel", .product(name: "Yams", package: "Yams")]),
    // Interchange: canonical JSON and YAML, CSV, xlsx workbooks (SpreadsheetML in a zip through
    // ZIPFoundation), the JSON Schema of the model file.
    .target(
      name: "DriehoekInterchange",
      dependencies: [
        "DriehoekModel", .product(name: "Yams", package: "Yams"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    // Analysis: the rule catalogue SD01–SD18 and accepted risks.
    .target(name: "DriehoekAnalysis", dependencies: ["DriehoekModel"]),
    // Diagrams: model -> typed diagram -> deterministic DOT (pure Swift).
    .target(name: "DriehoekDiagram", dependencies: ["DriehoekModel"]),
    // Graphviz: the system library and the one module that calls it.
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]),
    .target(name: "GraphvizRendering", dependencies: ["CGraphviz", "DriehoekModel"]),
    // Comparison of two models or two dates (`vergelijk`): changes, findings, diff diagrams.
    .target(
      name: "DriehoekComparison",
      dependencies: ["DriehoekModel", "DriehoekAnalysis"]),
    // Report writers: text, JSON, SARIF, Markdown, HTML, the findings workbook (xlsx).
    .target(
      name: "DriehoekReports",
      dependencies: [
        "DriehoekModel", "DriehoekAnalysis", "DriehoekDiagram", "DriehoekComparison",
        "DriehoekInterchange",
      ]),
    // The pipeline: load and index once, analyse once, draw and report from it; the API of the
    // CLI and of every tool built on driehoek.
    .target(
      name: "DriehoekPipeline",
      dependencies: [
        "DriehoekModel", "DriehoekLoading", "DriehoekAnalysis", "DriehoekDiagram",
        "GraphvizRendering", "DriehoekReports", "DriehoekInterchange", "DriehoekComparison",
      ]),
    // The live preview (`driehoek bekijk`): a small HTTP/1.1 server (WebSocket and server-sent
    // events) on POSIX sockets, bound to 127.0.0.1, and an inotify watcher; no server framework.
    .target(
      name: "DriehoekPreview",
      dependencies: [
        "DriehoekModel", "DriehoekAnalysis", "DriehoekDiagram", "DriehoekPipeline",
        "GraphvizRendering",
      ]),
    // The command-line tool.
    .executableTarget(
      name: "driehoek",
      dependencies: [
        "DriehoekModel", "DriehoekLoading", "DriehoekInterchange", "DriehoekAnalysis",
        "DriehoekDiagram", "GraphvizRendering", "DriehoekReports", "DriehoekPipeline",
        "DriehoekComparison",
        "DriehoekPreview",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // Tests
    .testTarget(name: "DriehoekModelTests", dependencies: ["DriehoekModel"]),
    .testTarget(
      name: "DriehoekLoadingTests",
      dependencies: ["DriehoekModel", "DriehoekLoading"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "DriehoekInterchangeTests",
      dependencies: [
        "DriehoekModel", "DriehoekLoading", "DriehoekInterchange",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    .testTarget(
      name: "DriehoekAnalysisTests",
      dependencies: ["DriehoekModel", "DriehoekLoading", "DriehoekAnalysis", "DriehoekInterchange"]
    ),
    .testTarget(
      name: "DriehoekDiagramTests",
      dependencies: [
        "DriehoekModel", "DriehoekLoading", "DriehoekAnalysis", "DriehoekInterchange",
        "DriehoekDiagram", "GraphvizRendering", "DriehoekReports", "DriehoekPipeline",
      ],
      exclude: ["Fixtures", "Snapshots"]),
    .testTarget(name: "GraphvizRenderingTests", dependencies: ["GraphvizRendering"]),
    .testTarget(
      name: "DriehoekPipelineTests",
      dependencies: [
        "DriehoekModel", "DriehoekLoading", "DriehoekAnalysis", "DriehoekDiagram",
        "GraphvizRendering", "DriehoekReports", "DriehoekPipeline",
      ]),
    .testTarget(
      name: "DriehoekComparisonTests",
      dependencies: [
        "DriehoekModel", "DriehoekAnalysis", "DriehoekComparison", "DriehoekReports",
        "DriehoekPipeline",
      ],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "DriehoekReportsTests",
      dependencies: [
        "DriehoekModel", "DriehoekLoading", "DriehoekAnalysis", "DriehoekDiagram",
        "DriehoekReports",
      ],
      exclude: ["Expected", "Fixtures"]),
    .testTarget(
      name: "DriehoekPreviewTests",
      dependencies: ["DriehoekPreview", "DriehoekModel", "DriehoekDiagram", "DriehoekPipeline"]),
    .testTarget(
      name: "driehoekTests",
      dependencies: [
        "driehoek", "DriehoekModel", "DriehoekLoading", "DriehoekDiagram", "GraphvizRendering",
        "DriehoekPipeline", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
  ]
)

for target in package.targets where target.type != .system {
  target.swiftSettings =
    (target.swiftSettings ?? []) + [
      .enableUpcomingFeature("InternalImportsByDefault"),
      .enableUpcomingFeature("MemberImportVisibility"),
      .enableUpcomingFeature("ExistentialAny"),
    ]
}
