/// The string cells of a sheet as the writing pass meets them: their indices in the workbook's
/// shared-string table, in order, found by the measuring pass.
struct PlannedStrings: StringCells, Sendable {
  private let indices: [Int32]
  private var next = 0

  init(indices: [Int32]) {
    self.indices = indices
  }

  /// Whether every index has been written.
  var isComplete: Bool { next == indices.count }

  mutating func reference(_ text: String, into out: inout [UInt8]) {
    // The writing pass meets the cells of the measuring pass, one for one; an index past the
    // end (a sheet whose rows changed between the passes) writes 0 and the size check of the
    // part fails.
    let index = next < indices.count ? indices[next] : 0
    next += 1
    Workbook.appendDecimal(Int(index), to: &out)
  }
}
