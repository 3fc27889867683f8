/// The stack on which the fast parser collects the entries of the lists and mappings it is
/// reading: a collection pushes its entries as it reads them and, at its end, moves them into
/// an array of exactly their number.
///
/// A collection inside another one is read completely between two entries of the outer one, so
/// the entries above the count at which a collection started are its own. Compared with an
/// array per collection grown by doubling and then copied to its size, each entry is moved
/// twice and no entry is retained or released on the way.
final class EntryStack<Element> {
  private var storage: UnsafeMutablePointer<Element>
  private var capacity: Int
  /// The number of entries on the stack.
  private(set) var count = 0

  init(capacity: Int = 256) {
    self.capacity = max(capacity, 1)
    storage = .allocate(capacity: self.capacity)
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  /// Puts an entry on top.
  func push(_ element: consuming Element) {
    if count == capacity { grow() }
    (storage + count).initialize(to: element)
    count += 1
  }

  /// The entry at a position (below ``count``).
  subscript(position: Int) -> Element {
    storage[position]
  }

  /// The entries from `base` up, moved into an array without spare room; the stack is left
  /// with `base` entries.
  func pop(from base: Int) -> [Element] {
    let taken = count - base
    let result = [Element](unsafeUninitializedCapacity: taken) { buffer, initialized in
      guard let target = buffer.baseAddress else {
        initialized = 0
        return
      }
      target.moveInitialize(from: storage + base, count: taken)
      initialized = taken
    }
    count = base
    return result
  }

  private func grow() {
    let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
    larger.moveInitialize(from: storage, count: count)
    storage.deallocate()
    storage = larger
    capacity *= 2
  }
}
