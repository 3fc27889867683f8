/// A hash table from ids to their positions in a list of ids, for an index that is built once
/// and then only read.
///
/// `Dictionary` hashes every key with SipHash: for the short ids of a model, seeding and
/// finalising that hash cost more than the id itself, and the analysis looks ids up a few
/// hundred thousand times at 10,000 executors. This table hashes an ASCII id eight bytes at a
/// time with a multiply–xorshift mix, keyed with a seed drawn at random for each table, so a
/// model cannot be written to make its ids collide; an id with non-ASCII bytes (which `==`
/// compares by canonical equivalence) is hashed through `Hasher`, as `Dictionary` would. Linear
/// probing, at most half full; the ids themselves stay in the caller's list.
struct IDTable: Sendable {
  /// Per bucket: the position of the id plus one, or 0 when the bucket is empty.
  private var buckets: [Int32]
  /// Per bucket: the hash of its id, to skip most comparisons and to grow without rehashing.
  private var hashes: [UInt64]
  /// The number of ids in the table.
  private(set) var count = 0
  private let seed: UInt64

  /// A table with room for `capacity` ids before it grows.
  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    buckets = [Int32](repeating: 0, count: size)
    hashes = [UInt64](repeating: 0, count: size)
    seed = UInt64.random(in: .min ... .max)
  }

  /// The position of `id` in `ids`, or `nil` when the table does not hold it.
  /// - Complexity: O(1) on average.
  func position(of id: ElementID, in ids: [ElementID]) -> Int? {
    let hash = hash(id)
    let mask = buckets.count - 1
    var bucket = Int(truncatingIfNeeded: hash) & mask
    while buckets[bucket] != 0 {
      let position = Int(buckets[bucket]) - 1
      if hashes[bucket] == hash, ids[position] == id { return position }
      bucket = (bucket + 1) & mask
    }
    return nil
  }

  /// Adds `id` at `position` of `ids` (where it already is), unless the table holds it; returns
  /// whether it was added.
  mutating func insert(_ id: ElementID, at position: Int, in ids: [ElementID]) -> Bool {
    let hash = hash(id)
    let mask = buckets.count - 1
    var bucket = Int(truncatingIfNeeded: hash) & mask
    while buckets[bucket] != 0 {
      if hashes[bucket] == hash, ids[Int(buckets[bucket]) - 1] == id { return false }
      bucket = (bucket + 1) & mask
    }
    buckets[bucket] = Int32(truncatingIfNeeded: position + 1)
    hashes[bucket] = hash
    count += 1
    if count * 2 > buckets.count { grow() }
    return true
  }

  /// Doubles the number of buckets, placing every id again by its stored hash.
  private mutating func grow() {
    let oldBuckets = buckets
    let oldHashes = hashes
    buckets = [Int32](repeating: 0, count: oldBuckets.count * 2)
    hashes = [UInt64](repeating: 0, count: oldBuckets.count * 2)
    let mask = buckets.count - 1
    for (old, entry) in oldBuckets.enumerated() where entry != 0 {
      var bucket = Int(truncatingIfNeeded: oldHashes[old]) & mask
      while buckets[bucket] != 0 { bucket = (bucket + 1) & mask }
      buckets[bucket] = entry
      hashes[bucket] = oldHashes[old]
    }
  }

  /// The keyed hash of an id.
  private func hash(_ id: ElementID) -> UInt64 {
    // `nil` outside: no contiguous UTF-8; `nil` inside: not ASCII.
    let bytewise = id.rawValue.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
      var hash = seed ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
      var offset = 0
      let raw = UnsafeRawBufferPointer(bytes)
      var ascii: UInt64 = 0
      while offset + 8 <= bytes.count {
        let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        ascii |= word
        hash = Self.mix(hash ^ word)
        offset += 8
      }
      if offset < bytes.count {
        var word: UInt64 = 0
        for (shift, byte) in bytes[offset...].enumerated() { word |= UInt64(byte) << (shift * 8) }
        ascii |= word
        hash = Self.mix(hash ^ word ^ 0xFF)
      }
      // Only ASCII compares byte for byte; anything else goes through `Hasher` below.
      return ascii & 0x8080_8080_8080_8080 == 0 ? Self.mix(hash) : nil
    }
    if case .some(.some(let hash)) = bytewise { return hash }
    var hasher = Hasher()
    hasher.combine(seed)
    hasher.combine(id)
    return UInt64(truncatingIfNeeded: hasher.finalize())
  }

  /// A bijective mix of 64 bits (the finaliser of SplitMix64).
  private static func mix(_ value: UInt64) -> UInt64 {
    var mixed = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}
