import DriehoekModel
import Testing

@testable import DriehoekAnalysis

/// A finding's executors are sorted and unique without a set; the same as through a set.
@Suite struct SortedUniqueTests {
  @Test func sameAsThroughASet() {
    let ids: [ElementID] = ["uo2", "uo10", "uo1", "uo2", "dienst", "uo1", "uo1", "a"]
    var generator = SystemRandomNumberGenerator()
    for length in 0...ids.count {
      for _ in 0..<20 {
        let sample = (0..<length).compactMap { _ in ids.randomElement(using: &generator) }
        #expect(sample.sortedUnique() == Array(Set(sample)).sorted(), "\(sample)")
      }
    }
    #expect(ids.sortedUnique() == ["a", "dienst", "uo1", "uo10", "uo2"])
    #expect(([] as [ElementID]).sortedUnique().isEmpty)
    #expect((["uo1"] as [ElementID]).sortedUnique() == ["uo1"])
  }
}
