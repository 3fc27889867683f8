/// Writes one worksheet part as a stream, a piece at a time, with the shared-string indices the
/// measuring pass found.
struct WorksheetWriter: Sendable {
  private let stream: WorksheetStream
  private var strings: PlannedStrings
  /// The next row to write: -1 before the prologue, `rowCount` for the end.
  private var next = -1
  private var finished = false

  init(stream: WorksheetStream, indices: [Int32]) {
    self.stream = stream
    strings = PlannedStrings(indices: indices)
  }

  /// Appends the next pieces of the part to `out` until it has grown by at least `minimum`
  /// bytes or the part is complete; whether it is complete.
  mutating func write(into out: inout [UInt8], atLeast minimum: Int) -> Bool {
    let goal = out.count + minimum
    if next == -1 {
      stream.prologue(into: &out, strings: &strings)
      next = 0
    }
    let rowCount = stream.sheet.rowCount
    while next < rowCount, out.count < goal {
      stream.row(next, into: &out, strings: &strings)
      next += 1
    }
    if next >= rowCount, !finished {
      stream.epilogue(into: &out)
      finished = true
    }
    return finished
  }
}
