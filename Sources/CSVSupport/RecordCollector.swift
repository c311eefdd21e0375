/// The state libcsv's callbacks write into: the current row's fields, the line count and the
/// caller's closure. It lives behind a plain pointer (the callbacks' `void *`): a class box or a
/// protocol cast in the callback measured 1.45× and 2.15× slower than C, a struct pointer 1.05×.
///
/// Line counting (libcsv keeps none), with `CSV_REPALL_NL` every unquoted CR and LF ends a row:
/// an empty row ended by LF right after a row ended by CR is the LF of a CRLF and is dropped;
/// every other row ended by CR or LF ends one physical line; a row ended by -1 (from `csv_fini`)
/// is the last line, without a line end. Line ends inside quoted fields are counted as the field
/// arrives (CRLF once).
struct RecordCollector {
    /// Bytes allocated past `byteCapacity`, so `lineEnds` may read a whole word at the end.
    private static let slack = 8
    /// The current row's field bytes, back to back; grown geometrically, never shrunk.
    private var bytes: UnsafeMutablePointer<UInt8>
    private var byteCapacity: Int
    /// Field boundaries: field `i` is `offsets[i]..<offsets[i + 1]`; `offsets[0]` is always 0.
    private var offsets: UnsafeMutablePointer<Int>
    private var offsetCapacity: Int
    /// Fields in the current row so far.
    private(set) var fieldCount = 0
    /// 1-based physical line of the parse position at the last callback.
    var line = 1
    /// Line where the current record started.
    var recordLine = 1
    /// Whether the last row ended with CR, so an empty LF row next is its CRLF's second half.
    var previousEndedWithCR = false
    /// Records handed out.
    private(set) var records = 0
    /// Set before `csv_fini` flushes a row libcsv rejected: (field number, libcsv's message).
    var pendingMalformation: (column: Int, message: String)?
    /// The first error thrown by `body`; once set, nothing more is handed out.
    private(set) var failure: (any Error)?
    private let encoding: CSVEncoding
    private let delimiter: UInt8
    private let body: (borrowing CSVRecord) throws -> Void

    /// Creates the state with small buffers.
    init(encoding: CSVEncoding, delimiter: UInt8, body: @escaping (borrowing CSVRecord) throws -> Void) {
        byteCapacity = 4096
        bytes = .allocate(capacity: byteCapacity + Self.slack)
        bytes.initialize(repeating: 0, count: byteCapacity + Self.slack)
        offsetCapacity = 64
        offsets = .allocate(capacity: offsetCapacity)
        offsets[0] = 0
        self.encoding = encoding
        self.delimiter = delimiter
        self.body = body
    }

    /// Frees the buffers; the collector must not be used afterwards.
    func release() {
        bytes.deallocate()
        offsets.deallocate()
    }

    /// Appends one field and counts the line ends inside it.
    mutating func appendField(_ data: UnsafeRawPointer?, count: Int) {
        guard failure == nil else { return }
        if count > CSVReader.maximumCellBytes {
            failure = CellTooLong(line: line, column: fieldCount + 1)
            return
        }
        let used = offsets[fieldCount]
        if used + count > byteCapacity { growBytes(to: used + count) }
        if fieldCount + 2 > offsetCapacity { growOffsets() }
        if count > 0, let data {
            let target = UnsafeMutableRawPointer(bytes + used)
            if count <= 16 {
                line += Self.copySmall(from: data, to: target, count: count)
            } else {
                target.copyMemory(from: data, byteCount: count)
                line += Self.lineEnds(in: UnsafeRawPointer(target), count: count)
            }
        }
        fieldCount += 1
        offsets[fieldCount] = used + count
    }

    /// Ends the current row (`terminator` is 10, 13 or -1) and hands it to `body`.
    mutating func endRow(terminator: Int32) {
        guard failure == nil else { return }
        if terminator == 10 && fieldCount == 0 && previousEndedWithCR {
            previousEndedWithCR = false
            return
        }
        previousEndedWithCR = terminator == 13
        let endLine = line
        if terminator == 10 || terminator == 13 { line += 1 }
        var malformation: CSVMalformation?
        if let pending = pendingMalformation {
            malformation = CSVMalformation(line: endLine, column: pending.column, libcsvMessage: pending.message)
            pendingMalformation = nil
        }
        let record = CSVRecord(
            line: recordLine, endLine: endLine, count: fieldCount, malformation: malformation,
            bytes: bytes, offsets: offsets, encoding: encoding, delimiter: delimiter)
        records += 1
        do {
            try body(record)
        } catch {
            failure = error
        }
        fieldCount = 0
        recordLine = line
    }

    /// Line ends in a field's bytes (only quoted fields hold any): CR, and LF not right after CR.
    /// Reads whole words, the last one masked, so a plain field costs a load or two: `data` must
    /// be readable up to 7 bytes past `count` (the byte buffer keeps that much slack).
    @inline(__always)
    static func lineEnds(in data: UnsafeRawPointer, count: Int) -> Int {
        var index = 0
        while index < count {
            var word = data.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let remaining = count - index
            if remaining < 8 { word |= ~0 << UInt64(remaining * 8) }  // bytes past the field never match
            if (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 != 0 {
                return slowLineEnds(in: data.assumingMemoryBound(to: UInt8.self), count: count)
            }
            index += 8
        }
        return 0
    }

    /// Copies a field of 1...16 bytes with a few whole-word loads and stores instead of a `memmove`
    /// call, and returns the line ends in it (as `lineEnds`), tested on the words already loaded.
    /// Reads only `source[0..<count]`; writes up to 8 bytes from `target` even for a shorter field
    /// (the byte buffer keeps that much slack, and the bytes past the field are not part of it).
    @inline(__always)
    static func copySmall(from source: UnsafeRawPointer, to target: UnsafeMutableRawPointer, count: Int) -> Int {
        let mayHoldLineEnd: Bool
        if count >= 8 {
            let first = source.loadUnaligned(as: UInt64.self)
            let last = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            target.storeBytes(of: first, as: UInt64.self)
            target.storeBytes(of: last, toByteOffset: count - 8, as: UInt64.self)
            mayHoldLineEnd = hasByteBelow14(first) || hasByteBelow14(last)
        } else {
            let word = ByteWord.partial(source, count)
            target.storeBytes(of: word, as: UInt64.self)
            mayHoldLineEnd = hasByteBelow14(word | ~0 << UInt64(count * 8))  // padding never matches
        }
        return mayHoldLineEnd ? slowLineEnds(in: target.assumingMemoryBound(to: UInt8.self), count: count) : 0
    }

    /// Whether a word may hold a byte below 14 (CR, LF): never false when it does.
    @inline(__always)
    private static func hasByteBelow14(_ word: UInt64) -> Bool {
        (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// `lineEnds` byte by byte, for fields holding a byte below 14.
    private static func slowLineEnds(in bytes: UnsafePointer<UInt8>, count: Int) -> Int {
        var previous: UInt8 = 0
        var lineEnds = 0
        for index in 0..<count {
            let byte = bytes[index]
            if byte == 13 || (byte == 10 && previous != 13) { lineEnds += 1 }
            previous = byte
        }
        return lineEnds
    }

    private mutating func growBytes(to needed: Int) {
        var capacity = byteCapacity * 2
        while capacity < needed { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + Self.slack)
        grown.initialize(repeating: 0, count: capacity + Self.slack)
        grown.update(from: bytes, count: offsets[fieldCount])
        bytes.deallocate()
        (bytes, byteCapacity) = (grown, capacity)
    }

    private mutating func growOffsets() {
        let capacity = offsetCapacity * 2
        let grown = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        grown.update(from: offsets, count: fieldCount + 1)
        offsets.deallocate()
        (offsets, offsetCapacity) = (grown, capacity)
    }
}

/// libcsv's field callback: `context` points at a `RecordCollector`.
func collectField(_ data: UnsafeMutableRawPointer?, _ count: Int, _ context: UnsafeMutableRawPointer?) {
    context.unsafelyUnwrapped.assumingMemoryBound(to: RecordCollector.self).pointee.appendField(data, count: count)
}

/// libcsv's row callback: `context` points at a `RecordCollector`.
func collectRow(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
    context.unsafelyUnwrapped.assumingMemoryBound(to: RecordCollector.self).pointee.endRow(terminator: terminator)
}

/// A field longer than `CSVReader.maximumCellBytes` that libcsv's bounded buffer still held (it keeps a byte or
/// two more, `LibCSVFieldBuffer.capacity`): `RecordParser` throws it as `CSVError.cellTooLong`.
struct CellTooLong: Error {
    /// The line where the field starts.
    let line: Int
    /// Its field number.
    let column: Int
}
