import CSVSupport

/// Parse results of one column's cells, keyed by the cells' raw bytes, so a value that repeats
/// (a kecamatan code, a role, a status, a completion year) is decoded and parsed once per file.
///
/// Only cells of at most 16 bytes are cached: their bytes, zero-padded, are the key (two words and
/// the length), so a probe compares three integers and touches no string. A longer cell, or any
/// cell once the cache holds `capacityLimit` entries, is parsed every time. The parser must be a pure
/// function of the cell (and of what stays fixed for the whole file, such as its encoding), so a
/// cached result is exactly what parsing again would give.
struct CellCache<Value> {
    /// One occupied or empty slot: the key and where its value is.
    private struct Slot {
        /// The cell's first 8 bytes, zero-padded.
        var low: UInt64 = 0
        /// The cell's bytes 8–15, zero-padded.
        var high: UInt64 = 0
        /// The cell's length plus one; 0 marks an empty slot.
        var lengthPlusOne: UInt8 = 0
        /// Index into `values`.
        var value: Int32 = 0
    }

    /// Longest cell cached, in bytes.
    static var maximumKeyLength: Int { 16 }

    /// Most distinct values kept; past this, new cells are parsed without being cached.
    let capacityLimit: Int
    /// Open-addressing table, linear probing; its size is a power of two, at most half full.
    private var slots: [Slot]
    /// The cached values, in the order they were first seen.
    private var values: [Value] = []

    /// An empty cache keeping at most `capacityLimit` distinct values.
    init(capacityLimit: Int = 1 << 16) {
        self.capacityLimit = capacityLimit
        slots = [Slot](repeating: Slot(), count: 64)
    }

    /// Number of distinct cells cached.
    var count: Int { values.count }

    /// The value for the cell `bytes`: the cached one, or `parse()`'s, which is cached when it can be.
    mutating func value(for bytes: UnsafeRawBufferPointer, parse: () -> Value) -> Value {
        if let value = cached(bytes) { return value }
        let value = parse()
        insert(bytes, value)
        return value
    }

    /// The cached value for the cell `bytes`, or nil when it was not cached.
    func cached(_ bytes: UnsafeRawBufferPointer) -> Value? {
        guard let key = Self.key(bytes) else { return nil }
        let index = probe(key)
        let slot = slots[index]
        return slot.lengthPlusOne == 0 ? nil : values[Int(slot.value)]
    }

    /// Caches `value` for the cell `bytes` (not yet cached), unless the cell is too long or the cache full.
    mutating func insert(_ bytes: UnsafeRawBufferPointer, _ value: Value) {
        guard values.count < capacityLimit, let key = Self.key(bytes) else { return }
        let index = probe(key)
        guard slots[index].lengthPlusOne == 0 else { return }
        slots[index] = Slot(low: key.low, high: key.high, lengthPlusOne: key.lengthPlusOne, value: Int32(values.count))
        values.append(value)
        if values.count * 2 > slots.count { grow() }
    }

    /// The key of a cell of at most `maximumKeyLength` bytes: its bytes zero-padded, and its length plus one.
    @inline(__always)
    private static func key(_ bytes: UnsafeRawBufferPointer) -> (low: UInt64, high: UInt64, lengthPlusOne: UInt8)? {
        let count = bytes.count
        guard count <= maximumKeyLength, let base = bytes.baseAddress else {
            return count == 0 ? (0, 0, 1) : nil
        }
        let low = ByteWord.partial(base, min(count, 8))
        return (low, count > 8 ? ByteWord.partial(base + 8, count - 8) : 0, UInt8(count + 1))
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func probe(_ key: (low: UInt64, high: UInt64, lengthPlusOne: UInt8)) -> Int {
        let mask = slots.count - 1
        var index = Self.hash(key.low, key.high, key.lengthPlusOne) & mask
        while true {
            let slot = slots[index]
            if slot.lengthPlusOne == 0
                || (slot.low == key.low && slot.high == key.high && slot.lengthPlusOne == key.lengthPlusOne)
            {
                return index
            }
            index = (index + 1) & mask
        }
    }

    /// Doubles the table and places every slot again.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot.lengthPlusOne != 0 {
            var index = Self.hash(slot.low, slot.high, slot.lengthPlusOne) & mask
            while slots[index].lengthPlusOne != 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
    }

    /// Mixes the key into a table index (a multiply-xorshift; keys are the planner's own cells, no adversary).
    @inline(__always)
    private static func hash(_ low: UInt64, _ high: UInt64, _ length: UInt8) -> Int {
        var mixed = (low ^ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15
        mixed ^= high &* 0xC2B2_AE3D_27D4_EB4F
        mixed ^= mixed >> 29
        mixed &*= 0xBF58_476D_1CE4_E5B9
        mixed ^= mixed >> 32
        return Int(truncatingIfNeeded: mixed)
    }
}

/// A cache of sendable values can move to the thread that reads the next part of a file.
extension CellCache: Sendable where Value: Sendable {}
