/// Limits that keep a hostile or broken file from exhausting time or memory.
///
/// Every limit gives a located diagnostic, never a crash: see `docs/hardening.md`.
public struct LoadLimits: Hashable, Sendable {
  /// The most bytes read for one model, in bytes (default 64 MiB): each file, and all files of
  /// the model together (the root and everything it imports).
  public var maximumFileSize: Int
  /// The most values (scalars, lists and mappings, counting every alias expansion) one file may
  /// hold (default 5,000,000).
  public var maximumValueCount: Int
  /// The most files one model may import, directly or indirectly (default 256).
  public var maximumImportCount: Int
  /// The most lists and mappings nested inside each other, counting what aliases expand to
  /// (default 100; a model with units twenty levels deep needs about 45).
  public var maximumNestingDepth: Int

  /// Creates limits.
  public init(
    maximumFileSize: Int = 64 * 1024 * 1024, maximumValueCount: Int = 5_000_000,
    maximumImportCount: Int = 256, maximumNestingDepth: Int = 100
  ) {
    self.maximumFileSize = maximumFileSize
    self.maximumValueCount = maximumValueCount
    self.maximumImportCount = maximumImportCount
    self.maximumNestingDepth = maximumNestingDepth
  }
}
