import Dispatch

extension ModelIndex {
  /// Counts how many indexes are built while it is bound: the check that a run of the pipeline
  /// indexes each model once.
  ///
  /// Bound for a scope with `ModelIndex.$buildObserver.withValue(observer) { … }`; work that
  /// runs on other threads (`DriehoekAnalysis`'s concurrent rounds) binds it there too.
  package final class BuildObserver: @unchecked Sendable {
    /// Guards `builds`: every read and write goes through it.
    private let queue = DispatchQueue(label: "driehoek.ModelIndex.BuildObserver")
    private var builds = 0

    package init() {}

    /// The number of indexes built so far.
    package var count: Int { queue.sync { builds } }

    func record() { queue.sync { builds += 1 } }
  }

  /// The observer of index builds in the current task, if any (only tests bind one).
  @TaskLocal package static var buildObserver: BuildObserver?
}
