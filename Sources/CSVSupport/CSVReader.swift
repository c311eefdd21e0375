/// Streams the records of one CSV file through libcsv (docs/INPUTS.md "Every CSV file").
///
/// Two passes, both in fixed chunks, never the whole file: the first checks the encoding, skips a
/// BOM and takes the header line for the delimiter sniffer; the second parses.
package struct CSVReader: Sendable {
    /// The longest cell, in bytes, that a file may hold (docs/INPUTS.md "Bounds"): libcsv buffers a whole cell
    /// before it hands it over, so a longer one stops the file (`CSVError.cellTooLong`) instead of taking memory
    /// without bound. 64 KiB: no name, code or number of an input comes near it.
    package static let maximumCellBytes = 65_536

    /// The file to read.
    let path: String
    /// The forced delimiter, or nil to sniff it from the header line.
    let delimiter: UInt8?
    /// Bytes read per `read(2)` call.
    let chunkSize: Int
    /// Whether the first pass also computes the file's SHA-256 (`CSVReadSummary.sha256`).
    let hashing: Bool

    /// Creates a reader for `path`; `delimiter` forces one instead of sniffing it; `hashing` asks for
    /// the file's SHA-256, computed in the pass that checks the encoding (no extra read).
    package init(path: String, delimiter: UInt8? = nil, chunkSize: Int = 1 << 16, hashing: Bool = false) {
        self.path = path
        self.delimiter = delimiter
        self.chunkSize = max(1, chunkSize)
        self.hashing = hashing
    }

    /// Streams the file in fixed chunks (never whole), calling `body` once per record, header
    /// included, blank lines included as blank records. If `body` throws, no further records are
    /// handed out, reading stops, and the error is rethrown.
    ///
    /// A record libcsv rejects for its quoting is handed out with `malformation` set and reading
    /// goes on at the next line. Throws `CSVError` for a missing or unreadable file, an
    /// unterminated quote at the end of the file, or another libcsv failure.
    package func read(_ body: (borrowing CSVRecord) throws -> Void) throws -> CSVReadSummary {
        try read(onEncoding: { _, _ in }, body)
    }

    /// Like `read(_:)`, and tells `onEncoding` the file's encoding (and, for the Windows-1252
    /// fallback, the line of the first invalid UTF-8 byte) before the first record, so a caller
    /// can warn about it even when the parse later fails.
    package func read(
        onEncoding: (CSVEncoding, _ firstInvalidUTF8Line: Int?) -> Void, _ body: (borrowing CSVRecord) throws -> Void
    ) throws -> CSVReadSummary {
        let prescan = try self.prescan()
        onEncoding(prescan.encoding, prescan.firstInvalidUTF8Line)
        let end = try parse(prescan, body)
        return summary(prescan, records: end.records, nextLine: end.nextLine)
    }

    /// The first pass on its own: encoding, BOM, delimiter, size, the digest when hashing, and with
    /// `splitTarget` (given the file's size; nil for no cut) a candidate cut at or after that offset
    /// for a two-part parse (`CSVPrescan.split`).
    package func prescan(splitTarget: ((_ size: Int) -> Int?)? = nil) throws -> CSVPrescan {
        let file = try InputFile(path: path)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 8)
        defer { buffer.deallocate() }
        let target = try splitTarget.flatMap { try $0(file.size()) }
        let scan = try FilePrescan(file: file, buffer: buffer, hashing: hashing, splitTarget: target)
        let delimiter = self.delimiter ?? scan.header.withUnsafeBytes { DelimiterSniffer.sniff($0) }
        return CSVPrescan(
            encoding: scan.encoding, firstInvalidUTF8Line: scan.firstInvalidLine, delimiter: delimiter,
            bomLength: scan.bomLength, size: scan.size, lastLineIsOpen: scan.lastLineIsOpen, sha256: scan.sha256,
            split: scan.split)
    }

    /// The second pass over part of the file: parses from `part.start` (nil: the start, after the
    /// BOM), numbering lines from `part.firstLine`, and hands out each record as `read(_:)` does.
    ///
    /// With `stopAt`, the parse ends at that cut when libcsv is between records there on the line the
    /// cut expects (`CSVRangeEnd.stoppedAtSplit`); otherwise, and without it, it runs to the end of
    /// the file, where an unterminated quote is fatal.
    package func parse(
        _ prescan: CSVPrescan, from part: CSVSplit? = nil, stopAt: CSVSplit? = nil,
        _ body: (borrowing CSVRecord) throws -> Void
    ) throws -> CSVRangeEnd {
        let file = try InputFile(path: path)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 8)
        defer { buffer.deallocate() }
        let position = part?.offset ?? prescan.bomLength
        try file.seek(to: position)
        let parser = RecordParser(path: path, delimiter: prescan.delimiter)
        return try withoutActuallyEscaping(body) { body in
            let collector = UnsafeMutablePointer<RecordCollector>.allocate(capacity: 1)
            collector.initialize(
                to: RecordCollector(encoding: prescan.encoding, delimiter: prescan.delimiter, body: body))
            defer {
                collector.pointee.release()
                collector.deinitialize(count: 1)
                collector.deallocate()
            }
            let firstLine = (part?.linesBefore ?? 0) + 1
            collector.pointee.line = firstLine
            collector.pointee.recordLine = firstLine
            let stopped = try parser.run(
                file: file, buffer: buffer, collector: collector,
                stopAt: stopAt.map { (split: $0, position: position) })
            return CSVRangeEnd(
                records: collector.pointee.records, nextLine: collector.pointee.line, stoppedAtSplit: stopped)
        }
    }

    /// The summary of a file parsed to its end in one or more parts: `records` in all, and the line
    /// after the last line end.
    package func summary(_ prescan: CSVPrescan, records: Int, nextLine: Int) -> CSVReadSummary {
        CSVReadSummary(
            delimiter: prescan.delimiter, delimiterDetected: delimiter == nil, encoding: prescan.encoding,
            firstInvalidUTF8Line: prescan.firstInvalidUTF8Line,
            lines: nextLine - 1 + (prescan.lastLineIsOpen ? 1 : 0), records: records, bytes: prescan.size,
            sha256: prescan.sha256)
    }
}

/// What the first pass learnt about a file, for `CSVReader.parse`.
package struct CSVPrescan: Sendable {
    /// The encoding fields are decoded with.
    package let encoding: CSVEncoding
    /// For the Windows-1252 fallback, the line of the first invalid UTF-8 byte.
    package let firstInvalidUTF8Line: Int?
    /// The delimiter, forced or detected.
    package let delimiter: UInt8
    /// 3 after a UTF-8 BOM, else 0.
    let bomLength: Int
    /// File size in bytes.
    package let size: Int
    /// Whether the last line has no line end.
    let lastLineIsOpen: Bool
    /// The file's SHA-256, when hashing.
    let sha256: String?
    /// A candidate cut for a two-part parse, when one was asked for and found.
    package let split: CSVSplit?
}

/// Where `CSVReader.parse` ended.
package struct CSVRangeEnd: Sendable, Equatable {
    /// Records handed out, blank ones included.
    package let records: Int
    /// The line after the last line end parsed (the next record's line).
    package let nextLine: Int
    /// True when the parse stopped at the cut it was given, between records.
    package let stoppedAtSplit: Bool
}
