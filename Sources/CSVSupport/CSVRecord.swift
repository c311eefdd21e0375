/// One record handed out by `CSVReader`.
///
/// Valid only inside the closure it is passed to: it points into the reader's reused buffers.
package struct CSVRecord {
    /// 1-based physical line where the record starts.
    package let line: Int
    /// 1-based physical line where it ends (greater than `line` when a quoted field spans line ends).
    package let endLine: Int
    /// Number of fields.
    package let count: Int
    /// Non-nil when libcsv rejected this record's quoting; the fields are then partial.
    package let malformation: CSVMalformation?
    /// The fields' bytes, back to back.
    @usableFromInline let bytes: UnsafePointer<UInt8>
    /// `count + 1` offsets into `bytes`: field `i` is `offsets[i]..<offsets[i + 1]`.
    @usableFromInline let offsets: UnsafePointer<Int>
    /// The file's encoding, for `string(_:)`.
    let encoding: CSVEncoding
    /// The delimiter the file is read with (forced or detected), which also fixes its decimal mark.
    package let delimiter: UInt8

    /// True when the line had no fields or every field is empty.
    package var isBlank: Bool { offsets[count] == 0 }

    /// The bytes of all fields together: no field of a record is longer.
    package var byteCount: Int { offsets[count] }

    /// The bytes of field `index`.
    package func byteCount(_ index: Int) -> Int {
        precondition(index >= 0 && index < count, "field index \(index) out of range 0..<\(count)")
        return offsets[index + 1] - offsets[index]
    }

    /// The characters (Unicode scalars) of field `index`, as `string(_:)` would decode them, counted without
    /// decoding: every byte that does not continue a UTF-8 sequence, or every byte in Windows-1252.
    package func characterCount(_ index: Int) -> Int {
        withBytes(index) { bytes in
            switch encoding {
            case .windows1252: bytes.count
            case .utf8: bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            }
        }
    }

    /// Whether field `index` is empty.
    @inlinable
    package func isEmpty(_ index: Int) -> Bool {
        precondition(index >= 0 && index < count, "field index \(index) out of range 0..<\(count)")
        return offsets[index] == offsets[index + 1]
    }

    /// Field `index` decoded with the file's encoding (UTF-8, or the Windows-1252 fallback).
    package func string(_ index: Int) -> String {
        withBytes(index) { encoding.decode($0) }
    }

    /// The raw bytes of field `index`, without allocating or calling back: the fast path for readers
    /// that parse cells from their bytes. Like the record itself, valid only inside the closure the
    /// record was handed to.
    @inlinable
    package func unsafeBytes(_ index: Int) -> UnsafeRawBufferPointer {
        precondition(index >= 0 && index < count, "field index out of range")
        let start = offsets[index]
        return UnsafeRawBufferPointer(start: bytes + start, count: offsets[index + 1] - start)
    }

    /// Calls `body` with the raw bytes of field `index`, without allocating.
    package func withBytes<R>(_ index: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        precondition(index >= 0 && index < count, "field index \(index) out of range 0..<\(count)")
        let start = offsets[index]
        return try body(UnsafeRawBufferPointer(start: bytes + start, count: offsets[index + 1] - start))
    }
}

/// Where and why libcsv rejected a record's quoting; the reader goes on with the next line.
package struct CSVMalformation: Sendable, Equatable {
    /// 1-based physical line of the offending byte: later than the record's `line` when a quoted field
    /// spans line ends. Messages report the record's first line and name this one in their hint.
    package let line: Int
    /// 1-based number of the field where it happened.
    package let column: Int
    /// libcsv's own words (`csv_strerror`).
    package let libcsvMessage: String

    /// Creates a malformation report.
    package init(line: Int, column: Int, libcsvMessage: String) {
        self.line = line
        self.column = column
        self.libcsvMessage = libcsvMessage
    }
}
