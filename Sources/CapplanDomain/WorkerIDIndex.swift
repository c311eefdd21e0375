#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The set of roster IDs seen so far: the index of the worker holding an ID, for "duplicate of line N".
///
/// While the IDs arrive in strictly increasing order (`order(_:_:)`: shorter first, then byte by
/// byte; rosters numbered in sequence, such as `W1`…`W10` or `SYN-0000001`…, arrive so), no table is
/// kept at all: `RosterTable.ids` is itself sorted, a new ID greater than the last one is new without
/// a lookup, and any other is found by binary search. The first ID that would break the order
/// switches to a hash table over every ID so far, kept for the rest of the file.
///
/// The table is open addressing with linear probing, 4 bytes per slot (at most two slots per
/// worker), and finds the ID itself in `RosterTable.ids` (a `[String: Int]` would hold each ID a
/// second time plus a line number, about 48 bytes per worker at a million rows). A table of 2^k
/// slots keeps the worker index plus one in a slot's low k bits and the ID hash's high 32 − k bits
/// (a tag) above them; the hash's low k bits pick the home slot. A probe compares the tag first and
/// reads an ID string only when it agrees (at a million workers, 12 bits of tag: about one needless
/// string compare in 4,000 probes). An ID is hashed once, from the cell's bytes, before any string
/// exists. Building or growing the table hashes the IDs again (a slot no longer holds the whole
/// hash); `reserve(_:in:)` sizes it up front when the number of workers is known. IDs are equal when
/// their bytes are; they come from the planner's own file, so there is no adversary to defend against.
package struct WorkerIDIndex: Sendable {
    /// Whether the IDs indexed so far strictly increase (then `slots` is empty and unused).
    package private(set) var isSorted = true
    /// The hash table once the IDs are not sorted: 0 for an empty slot, else
    /// `tag << indexBits | (worker index + 1)`.
    private var slots: [UInt32] = []
    /// log2 of `slots.count`: the bits of a slot holding the worker index plus one.
    private var indexBits: UInt32 = 0
    /// Workers indexed: workers `0..<count` of the ID list.
    package private(set) var count = 0
    /// Workers to make room for when the table is built (`reserve(_:in:)`).
    private var reserved = 0

    /// An empty index.
    package init() {}

    /// The number of slots of the hash table: 0 while the IDs are sorted, else a power of two at
    /// least twice the workers indexed.
    package var capacity: Int { slots.count }

    /// Makes room for `workers` workers in all, so the hash table, if there is or comes to be one,
    /// need not grow until then; `ids` is the roster's ID list, hashed again if the table is rebuilt.
    package mutating func reserve(_ workers: Int, in ids: [String]) {
        reserved = max(reserved, workers)
        if !isSorted && slots.count < workers * 2 { rebuild(indexBits: Self.bits(for: workers), ids) }
    }

    /// The index of the worker whose ID has these bytes (and `hash`, from `hash(_:)`), or nil.
    /// `ids` is the roster's ID list.
    package func find(_ bytes: UnsafeRawBufferPointer, hash: UInt32, in ids: [String]) -> Int? {
        if isSorted { return sortedFind(bytes, in: ids) }
        let mask = slots.count - 1
        let low = UInt32(truncatingIfNeeded: mask)
        var slot = Int(hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                if (entry ^ hash) & ~low == 0 {
                    let worker = Int(entry & low) - 1
                    if Self.order(bytes, ids[worker]) == 0 { return worker }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// `find` while the IDs are sorted: a compare with the last, else a binary search.
    private func sortedFind(_ bytes: UnsafeRawBufferPointer, in ids: [String]) -> Int? {
        guard count > 0 else { return nil }
        let last = Self.order(bytes, ids[count - 1])
        if last >= 0 { return last == 0 ? count - 1 : nil }
        var range = 0..<count - 1
        while !range.isEmpty {
            let middle = range.lowerBound + range.count / 2
            let side = Self.order(bytes, ids[middle])
            if side == 0 { return middle }
            range = side < 0 ? range.lowerBound..<middle : middle + 1..<range.upperBound
        }
        return nil
    }

    /// The index of the worker whose ID is `id`, or nil. `ids` is the roster's ID list.
    package func find(_ id: String, in ids: [String]) -> Int? {
        Array(id.utf8).withUnsafeBytes { find($0, hash: Self.hash($0), in: ids) }
    }

    /// Whether the IDs indexed are sorted and an ID with these bytes sorts after all of them: it is
    /// then new, found so without a hash or a lookup, and `appendSorted(_:)` records it.
    package func followsSorted(_ bytes: UnsafeRawBufferPointer, in ids: [String]) -> Bool {
        isSorted && (count == 0 || Self.order(bytes, ids[count - 1]) > 0)
    }

    /// Records worker `index` (the next one), whose ID `followsSorted(_:in:)` found after every ID indexed.
    package mutating func appendSorted(_ index: Int) {
        precondition(isSorted && index == count, "only the next worker, after every ID indexed")
        count += 1
    }

    /// Records worker `index` (the next one: `index == count`), whose ID is `ids[index]`, hashes to
    /// `hash` and is not yet in the index.
    package mutating func insert(_ index: Int, hash: UInt32, in ids: [String]) {
        precondition(index == count, "workers are indexed in order")
        if isSorted {
            if index == 0 || Self.order(ids[index], ids[index - 1]) > 0 {
                count += 1
                return
            }
            isSorted = false
            rebuild(indexBits: Self.bits(for: max(reserved, count + 1)), ids)
        } else if (count + 1) * 2 > slots.count {
            rebuild(indexBits: indexBits + 1, ids)
        }
        place(index, hash: hash)
        count += 1
    }

    /// Records worker `index`, whose ID is `ids[index]` and not yet in the index.
    package mutating func insert(_ index: Int, in ids: [String]) {
        insert(index, hash: Self.hash(ids[index]), in: ids)
    }

    /// The table size (log2) for `workers` workers: at least 1024 slots and twice the workers.
    private static func bits(for workers: Int) -> UInt32 {
        var bits: UInt32 = 10
        while (1 << bits) < workers * 2 { bits += 1 }
        return bits
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

    /// Replaces the table by one of `2^indexBits` slots holding workers `0..<count`, hashing their IDs again.
    private mutating func rebuild(indexBits bits: UInt32, _ ids: [String]) {
        slots = []
        slots = [UInt32](repeating: 0, count: 1 << bits)
        indexBits = bits
        for worker in 0..<count { place(worker, hash: Self.hash(ids[worker])) }
    }

    /// The order IDs are sorted in: negative, 0 or positive as `bytes` is before, equal to or after
    /// `id`'s UTF-8 bytes; a shorter ID first, then byte by byte.
    package static func order(_ bytes: UnsafeRawBufferPointer, _ id: String) -> Int {
        var id = id
        return id.withUTF8 { utf8 in
            if bytes.count != utf8.count { return bytes.count < utf8.count ? -1 : 1 }
            guard let base = bytes.baseAddress, let other = utf8.baseAddress else { return 0 }
            return Int(memcmp(base, other, bytes.count))
        }
    }

    /// `order(_:_:)` of two strings.
    package static func order(_ id: String, _ other: String) -> Int {
        var id = id
        return id.withUTF8 { order(UnsafeRawBufferPointer($0), other) }
    }

    /// `hash(_:)` of an ID's UTF-8 bytes.
    package static func hash(_ id: String) -> UInt32 {
        var id = id
        return id.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }

    /// A 32-bit hash of an ID's bytes, a word at a time (multiply-xorshift mixing).
    package static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
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
