/// Text gathered into chunks of about a megabyte and handed out as each fills: a writer that
/// makes its document piece by piece then needs one chunk of memory, not the whole document.
///
/// A chunk always ends where a piece ends, so never inside a character.
struct ChunkedOutput {
  /// The size at which a chunk is handed out.
  static let chunkSize = 1 << 20

  private var bytes: [UInt8] = []
  private let size: Int
  private let output: ([UInt8]) -> Void

  /// Output in chunks of at least `size` bytes (the last one may be smaller).
  init(size: Int = chunkSize, _ output: @escaping ([UInt8]) -> Void) {
    self.size = max(size, 1)
    self.output = output
    bytes.reserveCapacity(min(self.size, Self.chunkSize) + (64 << 10))
  }

  /// Adds a piece of text; hands out the chunk once it is full.
  mutating func append(_ text: String) {
    bytes.append(contentsOf: text.utf8)
    if bytes.count >= size {
      output(bytes)
      bytes.removeAll(keepingCapacity: true)
    }
  }

  /// Adds a piece of bytes that ends between two characters.
  ///
  /// Hands out the chunk once it is full. A piece of at least half the chunk size that comes
  /// when nothing is gathered is handed out as it is, not copied (the text report's pieces are
  /// about a megabyte each).
  mutating func append(_ piece: [UInt8]) {
    if bytes.isEmpty, piece.count >= size / 2 {
      output(piece)
      return
    }
    bytes.append(contentsOf: piece)
    if bytes.count >= size {
      output(bytes)
      bytes.removeAll(keepingCapacity: true)
    }
  }

  /// Hands out what is left (nothing when it is empty).
  mutating func finish() {
    if !bytes.isEmpty { output(bytes) }
    bytes = []
  }
}
