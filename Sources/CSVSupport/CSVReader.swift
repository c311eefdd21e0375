/// Streams the records of one CSV file through libcsv (docs/INPUTS.md "Every CSV file").
///
/// Two passes, both in fixed chunks, never the whole file: the first checks the encoding, skips a
/// BOM and takes the header line for the delimiter sniffer; the second parses.
public struct CSVReader: Sendable {
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
    public init(path: String, delimiter: UInt8? = nil, chunkSize: Int = 1 << 16, hashing: Bool = false) {
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
    public func read(_ body: (borrowing CSVRecord) throws -> Void) throws -> CSVReadSummary {
        try read(onEncoding: { _, _ in }, body)
    }

    /// Like `read(_:)`, and tells `onEncoding` the file's encoding (and, for the Windows-1252
    /// fallback, the line of the first invalid UTF-8 byte) before the first record, so a caller
    /// can warn about it even when the parse later fails.
    public func read(
        onEncoding: (CSVEncoding, _ firstInvalidUTF8Line: Int?) -> Void, _ body: (borrowing CSVRecord) throws -> Void
    ) throws -> CSVReadSummary {
        let file = try InputFile(path: path)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 8)
        defer { buffer.deallocate() }

        let prescan = try FilePrescan(file: file, buffer: buffer, hashing: hashing)
        onEncoding(prescan.encoding, prescan.firstInvalidLine)
        let delimiter = self.delimiter ?? prescan.header.withUnsafeBytes { DelimiterSniffer.sniff($0) }
        let parser = RecordParser(path: path, delimiter: delimiter)

        let (lineEnds, records) = try withoutActuallyEscaping(body) { body in
            let collector = UnsafeMutablePointer<RecordCollector>.allocate(capacity: 1)
            collector.initialize(to: RecordCollector(encoding: prescan.encoding, delimiter: delimiter, body: body))
            defer {
                collector.pointee.release()
                collector.deinitialize(count: 1)
                collector.deallocate()
            }
            try parser.run(file: file, buffer: buffer, collector: collector)
            return (collector.pointee.line - 1, collector.pointee.records)
        }
        return CSVReadSummary(
            delimiter: delimiter, delimiterDetected: self.delimiter == nil, encoding: prescan.encoding,
            firstInvalidUTF8Line: prescan.firstInvalidLine, lines: lineEnds + (prescan.lastLineIsOpen ? 1 : 0),
            records: records, bytes: prescan.size, sha256: prescan.sha256)
    }
}
