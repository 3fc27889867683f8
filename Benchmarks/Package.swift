// swift-tools-version: 6.3
// In-process benchmarks for driehoek (load, validate, analyse, DOT, render) with
// ordo-one/benchmark. A separate package, so that the root package does not depend on the
// benchmark library; CI only compiles it (`scripts/bench.sh --quick`), see BENCHMARKS.md.
//
//   cd Benchmarks && swift package benchmark            # all benchmarks
//   cd Benchmarks && swift package benchmark --filter "load.*"
//
// The one benchmarks folder: beside the package, ab/ (scripts/bench-ab.sh's A/B program),
// interleave/ (alternating hyperfine-style runs) and peers/ (the Python comparison peer).
import PackageDescription

let package = Package(
  name: "DriehoekBenchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [
    .package(name: "driehoek", path: ".."),
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "DriehoekBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "DriehoekModel", package: "driehoek"),
        .product(name: "DriehoekLoading", package: "driehoek"),
        .product(name: "DriehoekInterchange", package: "driehoek"),
        .product(name: "DriehoekAnalysis", package: "driehoek"),
        .product(name: "DriehoekDiagram", package: "driehoek"),
        .product(name: "GraphvizRendering", package: "driehoek"),
      ],
      path: "Benchmarks/DriehoekBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")])
  ]
)
