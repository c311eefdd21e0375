/// The set of roster IDs seen so far, as an open-addressing hash table of worker indices.
///
/// A `[String: Int]` would hold each ID a second time plus a line number, about 48 bytes per worker
/// at a million rows; this table holds 8 bytes per slot (at most two slots per worker) and finds
/// the ID itself in `RosterTable.ids`. Each slot packs the worker index with 32 bits of the ID's
/// hash, so a probe compares the hashes first and reads an ID string only when they agree (nearly
/// always a real match). An ID is hashed once, from the cell's bytes, before any string exists.
/// IDs are equal when their bytes are; they come from the planner's own file, so there is no
/// adversary to defend against.
struct WorkerIDIndex: Sendable {
    /// 0 for an empty slot, else `hash << 32 | (worker index + 1)`.
    private var slots: [UInt64]
    /// Workers indexed.
    private var count = 0

    /// An empty index.
    init() { slots = [UInt64](repeating: 0, count: 1024) }

    /// The index of the worker whose ID has these bytes (and `hash`, from `hash(_:)`), or nil.
    /// `ids` is the roster's ID list.
    func find(_ bytes: UnsafeRawBufferPointer, hash: UInt32, in ids: [String]) -> Int? {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let worker = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if Self.equal(ids[worker], bytes) { return worker }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The index of the worker whose ID is `id`, or nil. `ids` is the roster's ID list.
    func find(_ id: String, in ids: [String]) -> Int? {
        Array(id.utf8).withUnsafeBytes { find($0, hash: Self.hash($0), in: ids) }
    }

    /// Records worker `index`, whose ID hashes to `hash` and is not yet in the index.
    mutating func insert(_ index: Int, hash: UInt32) {
        if (count + 1) * 2 > slots.count { grow() }
        place(UInt64(hash) << 32 | UInt64(index + 1))
        count += 1
    }

    /// Records worker `index`, whose ID is `ids[index]` and not yet in the index.
    mutating func insert(_ index: Int, in ids: [String]) {
        insert(index, hash: Array(ids[index].utf8).withUnsafeBytes { Self.hash($0) })
    }

    /// Puts an entry in the first free slot from its hash's home slot.
    private mutating func place(_ entry: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entry >> 32) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    /// Doubles the table; the stored hashes place every entry again without reading an ID.
    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        for entry in old where entry != 0 { place(entry) }
    }

    /// Whether `id`'s UTF-8 bytes are `bytes`.
    private static func equal(_ id: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var id = id
        return id.withUTF8 { $0.count == bytes.count && $0.elementsEqual(bytes) }
    }

    /// A 32-bit hash of an ID's bytes, a word at a time (multiply-xorshift mixing).
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = mix(hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < bytes.count {
            var tail: UInt64 = 0
            withUnsafeMutableBytes(of: &tail) {
                $0.baseAddress!.copyMemory(from: bytes.baseAddress! + offset, byteCount: bytes.count - offset)
            }
            hash = mix(hash ^ tail)
        }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// One multiply-xorshift round.
    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var mixed = value &* 0xBF58_476D_1CE4_E5B9
        mixed ^= mixed >> 31
        return mixed &* 0x94D0_49BB_1331_11EB
    }
}
