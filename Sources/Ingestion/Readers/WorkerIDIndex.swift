/// The set of roster IDs seen so far, as an open-addressing hash table of worker indices.
///
/// A `[String: Int]` would hold each ID a second time plus a line number, about 48 bytes per worker
/// at a million rows; this table holds 4 bytes per slot (at most two slots per worker) and finds
/// the ID itself in `RosterTable.ids`. Hashing is FNV-1a over the UTF-8 bytes: IDs come from the
/// planner's own file, so there is no adversary to defend against.
struct WorkerIDIndex: Sendable {
    private var slots: [Int32]
    private var count = 0

    /// An empty index.
    init() { slots = [Int32](repeating: -1, count: 1024) }

    /// The index of the worker whose ID is `id`, or nil. `ids` is the roster's ID list.
    func find(_ id: String, in ids: [String]) -> Int? {
        var slot = Self.hash(id) & (slots.count - 1)
        while true {
            let worker = slots[slot]
            if worker < 0 { return nil }
            if ids[Int(worker)] == id { return Int(worker) }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// Records worker `index`, whose ID is `ids[index]` and not yet in the index.
    mutating func insert(_ index: Int, in ids: [String]) {
        if (count + 1) * 2 > slots.count { grow(ids) }
        place(Int32(index), hash: Self.hash(ids[index]))
        count += 1
    }

    private mutating func place(_ worker: Int32, hash: Int) {
        var slot = hash & (slots.count - 1)
        while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = worker
    }

    private mutating func grow(_ ids: [String]) {
        let old = slots
        slots = [Int32](repeating: -1, count: old.count * 2)
        for worker in old where worker >= 0 { place(worker, hash: Self.hash(ids[Int(worker)])) }
    }

    /// FNV-1a, 64-bit, over the ID's UTF-8 bytes.
    private static func hash(_ id: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
