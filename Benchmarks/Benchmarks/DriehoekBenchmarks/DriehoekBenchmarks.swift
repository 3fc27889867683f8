import Benchmark
import DriehoekInterchange
import DriehoekLoading
import DriehoekModel
import Foundation

/// In-process benchmarks of loading and of validation alone.
///
/// Loading is parse, read and structural validation; models are generated with 100, 1,000 and
/// 10,000 executors. With `DRIEHOEK_BENCH_QUICK=1` only the
/// smallest model runs, once (a smoke test for CI, not a measurement).
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
  }
}
