// swift-tools-version: 6.3
// Fuzz targets and the leak check for driehoek. A separate package (not built by the default
// `swift build` / `swift test` of the repository); it embeds driehoek by path.
//
// Fuzzers (libFuzzer with AddressSanitizer; see docs/fuzzing.md and scripts/fuzz.sh), one
// product at a time:
//   swift build -c debug --scratch-path .build-fuzz --product FuzzLoader \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
// Leak check (plain build, DWARF 4 for valgrind 3.19; scripts/harden.sh):
//   swift build -c debug --scratch-path .build-valgrind --product RenderLeakCheck \
//     -Xswiftc -dwarf-version=4 -Xcc -gdwarf-4
import PackageDescription

let package = Package(
  name: "DriehoekFuzz",
  dependencies: [.package(name: "driehoek", path: "..")],
  targets: [
    // The checks both fuzzers and the leak check share: load, and render every view.
    .target(
      name: "FuzzSupport",
      dependencies: [
        .product(name: "DriehoekModel", package: "driehoek"),
        .product(name: "DriehoekLoading", package: "driehoek"),
        .product(name: "DriehoekAnalysis", package: "driehoek"),
        .product(name: "DriehoekDiagram", package: "driehoek"),
        .product(name: "GraphvizRendering", package: "driehoek"),
        .product(name: "DriehoekInterchange", package: "driehoek"),
      ]),
    // bytes -> loader -> export CSV and JSON -> import / load: the model comes back equal, and
    // no CSV cell is a formula (issue 25).
    .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport"]),
    // bytes -> loader: never crashes, every failure is explained by an error diagnostic.
    // (C executables: only `LLVMFuzzerTestOneInput`, forwarding to FuzzSupport.)
    .executableTarget(name: "FuzzLoader", dependencies: ["FuzzSupport"]),
    // bytes -> loader -> every view -> DOT -> Graphviz -> SVG: Graphviz accepts every DOT the
    // tool writes and the SVG is well-formed XML.
    .executableTarget(name: "FuzzRender", dependencies: ["FuzzSupport"]),
    // bytes -> loader with the fast YAML parser, and -> loader through Yams alone: the same
    // model, origins and diagnostics (issue 16, differential).
    .executableTarget(name: "FuzzYAMLParity", dependencies: ["FuzzSupport"]),
    // 100 renders, good and failing, for valgrind --leak-check=full.
    .executableTarget(
      name: "RenderLeakCheck",
      dependencies: [
        "FuzzSupport",
        .product(name: "DriehoekModel", package: "driehoek"),
        .product(name: "DriehoekLoading", package: "driehoek"),
        .product(name: "DriehoekDiagram", package: "driehoek"),
        .product(name: "GraphvizRendering", package: "driehoek"),
      ]),
  ]
)

for target in package.targets
where !["FuzzLoader", "FuzzRender", "FuzzCSV", "FuzzYAMLParity"].contains(target.name) {
  target.swiftSettings =
    (target.swiftSettings ?? []) + [
      .enableUpcomingFeature("InternalImportsByDefault"),
      .enableUpcomingFeature("MemberImportVisibility"),
      .enableUpcomingFeature("ExistentialAny"),
    ]
}
