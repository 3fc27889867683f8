import Benchmark
import DriehoekAnalysis
import DriehoekDiagram
import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import Foundation
import GraphvizRendering

/// In-process benchmarks: load, validate, analyse, build DOT and render.
///
/// Models come from ``ModelGenerator`` (the generator behind `driehoek genereer`) with 100, 1,000
/// and 10,000 executors and seed 1:
///
/// - `load`: parse, read and structural validation of the YAML bytes (no file system);
/// - `validate`: structural validation alone, of the model in memory;
/// - `analyse`: the whole rule catalogue with accepted risks, on the model in memory;
/// - `dot landschap`: the diagram and the DOT text of the landscape view (every executor);
/// - `render driehoek`: diagram, DOT, Graphviz layout and SVG of one triangle (`driehoek:uo0`),
///   the view a user draws, inside a model of the given size (the index and scope of the whole
///   model are built each time).
///
/// With `DRIEHOEK_BENCH_QUICK=1` only the smallest model runs, once: a smoke test for CI, not a
/// measurement.
let benchmarks: @Sendable () -> Void = {
  let isQuick = ProcessInfo.processInfo.environment["DRIEHOEK_BENCH_QUICK"] == "1"
  let sizes = isQuick ? [100] : [100, 1_000, 10_000]
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
    warmupIterations: isQuick ? 0 : 1,
    maxDuration: .seconds(isQuick ? 1 : 10),
    maxIterations: isQuick ? 1 : 20)

  for size in sizes {
    let generator = ModelGenerator(executorCount: size, seed: 1)
    let bytes = Array(generator.yaml().utf8)
    let model = generator.model()
    guard let peildatum = model.peildatum else { continue }

    Benchmark("load \(size) uitvoerders") { benchmark in
      for _ in benchmark.scaledIterations {
        blackHole(ModelLoader().load(bytes: bytes, file: "model.yaml"))
      }
    }

    Benchmark("validate \(size) uitvoerders") { benchmark in
      for _ in benchmark.scaledIterations {
        blackHole(model.validate())
      }
    }

    Benchmark("analyse \(size) uitvoerders") { benchmark in
      for _ in benchmark.scaledIterations {
        blackHole(Analyzer().analyse(model, peildatum: peildatum))
      }
    }

    Benchmark("dot landschap \(size) uitvoerders") { benchmark in
      for _ in benchmark.scaledIterations {
        let builder = DiagramBuilder(model: model, peildatum: peildatum)
        blackHole(DOTWriter().write(try builder.build(.landschap)))
      }
    }

    Benchmark("render driehoek \(size) uitvoerders") { benchmark in
      for _ in benchmark.scaledIterations {
        let builder = DiagramBuilder(model: model, peildatum: peildatum)
        let dot = DOTWriter().write(try builder.build(.driehoek("uo0")))
        blackHole(try GraphvizRenderer().render(dot: dot, format: .svg))
      }
    }
  }
}
