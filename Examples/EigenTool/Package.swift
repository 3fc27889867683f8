// swift-tools-version: 6.3
// An example consumer: another package that embeds driehoek by path. CI builds and runs it, so
// the public API the DocC landing pages show cannot rot.
import PackageDescription

let package = Package(
  name: "EigenTool",
  dependencies: [.package(name: "driehoek", path: "../..")],
  targets: [
    .executableTarget(
      name: "EigenTool",
      dependencies: [
        .product(name: "DriehoekModel", package: "driehoek"),
        .product(name: "DriehoekAnalysis", package: "driehoek"),
        .product(name: "DriehoekDiagram", package: "driehoek"),
        .product(name: "GraphvizRendering", package: "driehoek"),
        .product(name: "DriehoekPipeline", package: "driehoek"),
      ])
  ]
)
