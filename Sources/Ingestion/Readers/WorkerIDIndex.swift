/// The set of roster IDs seen so far, as an open-addressing hash table of worker indices.
///
/// A `[String: Int]` would hold each ID a second time plus a line number, about 48 bytes per worker
/// at a million rows; this table holds 4 bytes per slot (at most two slots per worker) and finds
/// the ID itself in `RosterTable.ids`. A table of 2^k slots keeps the worker index plus one in a
/// slot's low k bits and the ID hash's high 32 − k bits (a tag) above them; the hash's low k bits
/// pick the home slot. A probe compares the tag first and reads an ID string only when it agrees (at
/// a million workers, 12 bits of tag: about one needless string compare in 4,000 probes). An ID is
/// hashed once, from the cell's bytes, before any string exists. Growing hashes the IDs again (a
/// slot no longer holds the whole hash); `reserve(_:)` sizes the table up front when the number of
/// workers is known, so a large roster need not grow it. IDs are equal when their bytes are; they
/// come from the planner's own file, so there is no adversary to defend against.
struct WorkerIDIndex: Sendable {
    /// 0 for an empty slot, else `tag << indexBits | (worker index + 1)`.
    private var slots: [UInt32]
    /// log2 of `slots.count`: the bits of a slot holding the worker index plus one.
    private var indexBits: UInt32
    /// Workers indexed.
    private(set) var count = 0

    /// An empty index.
    init() {
        slots = [UInt32](repeating: 0, count: 1024)
        indexBits = 10
    }

    /// The number of slots: a power of two, at least twice the workers indexed.
    var capacity: Int { slots.count }

    /// Makes room for `workers` workers in all without growing (nothing happens if there is room
    /// already); `ids` is the roster's ID list, whose IDs are hashed again if the table is rebuilt.
    mutating func reserve(_ workers: Int, in ids: [String]) {
        var bits = indexBits
        while (1 << bits) < workers * 2 { bits += 1 }
        if bits != indexBits { rebuild(indexBits: bits, ids) }
    }

    /// The index of the worker whose ID has these bytes (and `hash`, from `hash(_:)`), or nil.
    /// `ids` is the roster's ID list.
    func find(_ bytes: UnsafeRawBufferPointer, hash: UInt32, in ids: [String]) -> Int? {
        let mask = slots.count - 1
        let low = UInt32(truncatingIfNeeded: mask)
        var slot = Int(hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                if (entry ^ hash) & ~low == 0 {
                    let worker = Int(entry & low) - 1
                    if Self.equal(ids[worker], bytes) { return worker }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The index of the worker whose ID is `id`, or nil. `ids` is the roster's ID list.
    func find(_ id: String, in ids: [String]) -> Int? {
        Array(id.utf8).withUnsafeBytes { find($0, hash: Self.hash($0), in: ids) }
    }

    /// Records worker `index`, whose ID is `ids[index]`, hashes to `hash` and is not yet in the index.
    mutating func insert(_ index: Int, hash: UInt32, in ids: [String]) {
        if (count + 1) * 2 > slots.count { rebuild(indexBits: indexBits + 1, ids) }
        place(index, hash: hash)
        count += 1
    }

    /// Records worker `index`, whose ID is `ids[index]` and not yet in the index.
    mutating func insert(_ index: Int, in ids: [String]) {
        insert(index, hash: Self.hash(ids[index]), in: ids)
    }

    /// Puts worker `index` in the first free slot from its hash's home slot.
    @inline(__always)
    private mutating func place(_ index: Int, hash: UInt32) {
        let mask = slots.count - 1
        let low = UInt32(truncatingIfNeeded: mask)
        let entry = hash & ~low | UInt32(truncatingIfNeeded: index + 1)
        var slot = Int(hash) & mask
        slots.withUnsafeMutableBufferPointer { slots in
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// Replaces the table by one of `2^indexBits` slots holding the same workers, hashing their IDs again.
    private mutating func rebuild(indexBits bits: UInt32, _ ids: [String]) {
        let old = slots
        let oldLow = UInt32(truncatingIfNeeded: old.count - 1)
        slots = []
        slots = [UInt32](repeating: 0, count: 1 << bits)
        indexBits = bits
        for entry in old where entry != 0 {
            let worker = Int(entry & oldLow) - 1
            place(worker, hash: Self.hash(ids[worker]))
        }
    }

    /// Whether `id`'s UTF-8 bytes are `bytes`.
    private static func equal(_ id: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var id = id
        return id.withUTF8 { $0.count == bytes.count && $0.elementsEqual(bytes) }
    }

    /// `hash(_:)` of an ID's UTF-8 bytes.
    static func hash(_ id: String) -> UInt32 {
        var id = id
        return id.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
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
