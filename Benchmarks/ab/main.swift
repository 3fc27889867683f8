// The analysis alone, in process, for the A/B comparison of two revisions (scripts/bench-ab.sh).
// Generates the model of `genereer --uitvoerders N --seed 1`, then analyses it RUNS times and
// prints the minimum and median wall and CPU time. Not part of the product.
import DriehoekAnalysis
import DriehoekInterchange
import DriehoekModel
import Foundation

let arguments = CommandLine.arguments.dropFirst()
let size = Int(arguments.first ?? "10000") ?? 10_000
let runs = Int(arguments.dropFirst().first ?? "15") ?? 15
let model = ModelGenerator(executorCount: size, seed: 1).model()
let day = model.peildatum ?? Day(ordinal: 0)

func cpuMilliseconds() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF, &usage)
  let seconds = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
  let micros = Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec)
  return seconds * 1000 + micros / 1000
}

var walls: [Double] = []
var cpus: [Double] = []
var findings = 0
for _ in 0..<runs {
  let cpu = cpuMilliseconds()
  let start = DispatchTime.now().uptimeNanoseconds
  findings = Analyzer().analyse(model, peildatum: day).findings.count
  walls.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
  cpus.append(cpuMilliseconds() - cpu)
}
walls.sort()
cpus.sort()
print(
  String(
    format: "%d executors, %d findings: wall min %.0f ms, median %.0f ms; "
      + "cpu min %.0f ms, median %.0f ms",
    size, findings, walls[0], walls[walls.count / 2], cpus[0], cpus[cpus.count / 2]))
