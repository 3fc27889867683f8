/// Limits that keep a hostile or broken file from exhausting time or memory.
public struct LoadLimits: Hashable, Sendable {
  /// The largest file read, in bytes (default 64 MiB).
  public var maximumFileSize: Int
  /// The most values (scalars, lists and mappings, counting every alias expansion) one file may
  /// hold (default 5,000,000).
  public var maximumValueCount: Int
  /// The most files one model may import, directly or indirectly (default 256).
  public var maximumImportCount: Int

  /// Creates limits.
  public init(
    maximumFileSize: Int = 64 * 1024 * 1024, maximumValueCount: Int = 5_000_000,
    maximumImportCount: Int = 256
  ) {
    self.maximumFileSize = maximumFileSize
    self.maximumValueCount = maximumValueCount
    self.maximumImportCount = maximumImportCount
  }
}
