/// The string cells of a piece of a sheet as the measuring pass meets them: the piece's own
/// shared-string table and, per cell in order, the index in it.
struct MeasuredStrings: StringCells, Sendable {
  var table = SharedStrings()
  var indices: [Int32] = []

  mutating func reference(_ text: String, into out: inout [UInt8]) {
    indices.append(table.index(of: text))
  }
}
