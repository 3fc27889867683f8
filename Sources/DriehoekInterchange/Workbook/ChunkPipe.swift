internal import Foundation

/// Pieces of bytes handed from the thread that makes them to the thread that zips them, at
/// most `capacity` waiting at once.
///
/// The maker ``send(_:endsPart:)``s and finally ``finish()``es; the zipper ``receive()``s, and
/// ``cancel()``s when it stops early, after which every `send` returns false at once. Each side
/// waits only for the other, so the pipe cannot deadlock, whatever the number of cores.
final class ChunkPipe: @unchecked Sendable {
  private let condition = NSCondition()
  private let capacity: Int
  /// Guarded by `condition`.
  private var waiting: [(chunk: [UInt8], endsPart: Bool)] = []
  private var head = 0
  private var finished = false
  private var cancelled = false

  init(capacity: Int) {
    self.capacity = max(1, capacity)
  }

  /// Hands over a piece (the last of its part when `endsPart`), waiting while the pipe is full;
  /// false when the zipper has stopped.
  func send(_ chunk: [UInt8], endsPart: Bool) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while waiting.count - head >= capacity, !cancelled {
      condition.wait()
    }
    guard !cancelled else { return false }
    if head > 0, head == waiting.count {
      waiting.removeAll(keepingCapacity: true)
      head = 0
    }
    waiting.append((chunk, endsPart))
    condition.broadcast()
    return true
  }

  /// The next piece, waiting until there is one; nil when the maker has finished and every
  /// piece has been received.
  func receive() -> (chunk: [UInt8], endsPart: Bool)? {
    condition.lock()
    defer { condition.unlock() }
    while head == waiting.count, !finished {
      condition.wait()
    }
    guard head < waiting.count else { return nil }
    let piece = waiting[head]
    waiting[head] = ([], false)
    head += 1
    condition.broadcast()
    return piece
  }

  /// The maker has sent its last piece (or stopped).
  func finish() {
    condition.lock()
    finished = true
    condition.broadcast()
    condition.unlock()
  }

  /// The zipper stops: the maker's next `send` returns false.
  func cancel() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    condition.unlock()
  }

  /// Waits until the maker has finished.
  func waitUntilFinished() {
    condition.lock()
    while !finished {
      condition.wait()
    }
    condition.unlock()
  }
}
