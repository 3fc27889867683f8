extension XMLTree {
  /// A place in a file's bytes that counts its line and column (in Unicode scalars, from 1) as
  /// it moves: what the pre-parse checks report a place with.
  struct Cursor {
    /// The file's bytes.
    let bytes: [UInt8]
    /// The index of the current byte.
    private(set) var index = 0
    /// The line of the current byte.
    private(set) var line = 1
    /// The column of the current byte.
    private(set) var column = 1

    /// A cursor on the first byte.
    init(_ bytes: [UInt8]) {
      self.bytes = bytes
    }

    /// Whether every byte has been passed.
    var isAtEnd: Bool { index >= bytes.count }

    /// The current byte.
    var current: UInt8 { bytes[index] }

    /// The bytes from the current one on.
    var rest: ArraySlice<UInt8> { bytes[index...] }

    /// Moves past the current byte: a line feed starts a line, a byte that starts a scalar
    /// takes a column.
    mutating func advance() {
      if bytes[index] == 0x0A {
        line += 1
        column = 1
      } else if bytes[index] & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
  }
}
