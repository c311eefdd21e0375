/// Short runs of bytes read as one 64-bit word, for the hot paths that copy or compare cells a word at a
/// time (the record collector's short fields, the ingestion's cell caches).
package enum ByteWord {
    /// The `count` (0...8) bytes at `source` as a zero-padded little-endian word, in at most three loads
    /// (one when `count` is 8), never reading past `source + count`.
    @inlinable @inline(__always)
    package static func partial(_ source: UnsafeRawPointer, _ count: Int) -> UInt64 {
        if count == 8 { return UInt64(littleEndian: source.loadUnaligned(as: UInt64.self)) }
        var word: UInt64 = 0
        var shift: UInt64 = 0
        var pointer = source
        if count & 4 != 0 {
            word = UInt64(UInt32(littleEndian: pointer.loadUnaligned(as: UInt32.self)))
            pointer += 4
            shift = 32
        }
        if count & 2 != 0 {
            word |= UInt64(UInt16(littleEndian: pointer.loadUnaligned(as: UInt16.self))) << shift
            pointer += 2
            shift += 16
        }
        if count & 1 != 0 { word |= UInt64(pointer.load(as: UInt8.self)) << shift }
        return word
    }
}
