/// What `CSVReader.read` found, for the run's manifest and warnings.
package struct CSVReadSummary: Sendable, Equatable {
    /// The delimiter used.
    package let delimiter: UInt8
    /// False when the delimiter was forced.
    package let delimiterDetected: Bool
    /// The encoding the fields were decoded with.
    package let encoding: CSVEncoding
    /// When `encoding` is `.windows1252`: physical line of the first byte that is not valid UTF-8.
    package let firstInvalidUTF8Line: Int?
    /// Physical lines in the file.
    package let lines: Int
    /// Records handed out, header and blank records included.
    package let records: Int
    /// File size in bytes.
    package let bytes: Int
    /// SHA-256 of the file's bytes as read (lowercase hex), when the reader was asked to hash.
    package let sha256: String?

    /// Creates a summary.
    package init(
        delimiter: UInt8, delimiterDetected: Bool, encoding: CSVEncoding, firstInvalidUTF8Line: Int?,
        lines: Int, records: Int, bytes: Int, sha256: String? = nil
    ) {
        self.delimiter = delimiter
        self.delimiterDetected = delimiterDetected
        self.encoding = encoding
        self.firstInvalidUTF8Line = firstInvalidUTF8Line
        self.lines = lines
        self.records = records
        self.bytes = bytes
        self.sha256 = sha256
    }
}
