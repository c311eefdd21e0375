/// What one streamed pass over a file learns before libcsv sees it: the BOM, the encoding,
/// the header line for the delimiter sniffer, the size, whether the last line has a line end, and
/// (when asked) the file's SHA-256, so the manifest's checksum is of the very bytes read.
struct FilePrescan {
    /// Longest header line kept for sniffing; a longer first line is sniffed on its first 1 MiB.
    static let headerCap = 1 << 20

    /// 3 when the file starts with a UTF-8 BOM (EF BB BF), else 0.
    private(set) var bomLength = 0
    /// File size in bytes.
    private(set) var size = 0
    /// The first physical line after the BOM, without its line end (capped at `headerCap`).
    private(set) var header: [UInt8] = []
    /// The file's last byte, nil for an empty file.
    private(set) var lastByte: UInt8?
    /// `.windows1252` when the file is not valid UTF-8.
    private(set) var encoding = CSVEncoding.utf8
    /// Physical line of the first byte that is not valid UTF-8.
    private(set) var firstInvalidLine: Int?
    /// SHA-256 of the whole file (BOM included), lowercase hex; nil unless asked for.
    private(set) var sha256: String?
    /// A candidate cut for a two-part parse, when asked for one and found (`SplitScanner`).
    private(set) var split: CSVSplit?

    /// Streams `file` from its start through `buffer`, then leaves the read position just after the BOM;
    /// with `hashing`, also feeds every byte of the file to SHA-256; with `splitTarget`, also looks
    /// for a cut at or after that offset.
    init(
        file: borrowing InputFile, buffer: UnsafeMutableRawBufferPointer, hashing: Bool = false,
        splitTarget: Int? = nil
    ) throws {
        var prefix: (UInt8, UInt8, UInt8) = (0, 0, 0)
        let prefixCount = try withUnsafeMutableBytes(of: &prefix) { try file.read(into: $0, at: 0) }
        if prefixCount == 3 && prefix == (0xEF, 0xBB, 0xBF) { bomLength = 3 }
        if let bigEndian = Self.utf16ByteOrder(prefix, count: prefixCount) {
            throw CSVError.utf16(path: file.path, bigEndian: bigEndian)
        }
        try file.seek(to: bomLength)
        size = bomLength
        var hasher: SHA256? = hashing ? SHA256() : nil
        if bomLength > 0 { withUnsafeBytes(of: prefix) { hasher?.update($0) } }

        var scanner = splitTarget.map(SplitScanner.init(target:))
        var validator = UTF8StreamValidator()
        var headerDone = false
        while true {
            let count = try file.read(into: buffer)
            if count == 0 { break }
            let chunk = UnsafeRawBufferPointer(rebasing: buffer[..<count])
            validator.consume(chunk, at: size)
            hasher?.update(chunk)
            scanner?.consume(chunk, at: size)
            if !headerDone { headerDone = captureHeader(chunk) }
            lastByte = chunk[count - 1]
            size += count
        }
        split = scanner?.split
        if let hasher { sha256 = SHA256.hex(hasher.finish()) }
        if !validator.finish(), let offset = validator.firstInvalidOffset {
            encoding = .windows1252
            firstInvalidLine = try file.line(ofOffset: offset, buffer: buffer)
        }
        try file.seek(to: bomLength)
    }

    /// Whether a file starting with `prefix` (`count` bytes of it read) is UTF-16, and in which byte
    /// order (true: big-endian): a byte-order mark FF FE or FE FF, or an ASCII byte beside a zero byte
    /// (a header such as `k\0o\0d\0e\0`); nil for anything else. CSV text never holds a zero byte.
    static func utf16ByteOrder(_ prefix: (UInt8, UInt8, UInt8), count: Int) -> Bool? {
        guard count >= 2 else { return nil }
        switch (prefix.0, prefix.1) {
        case (0xFF, 0xFE): return false
        case (0xFE, 0xFF): return true
        case (1...0x7F, 0): return false
        case (0, 1...0x7F): return true
        default: return nil
        }
    }

    /// Whether the file has content after the BOM.
    var hasContent: Bool { size > bomLength }

    /// Whether the last physical line has no line end (and so still counts as a line).
    var lastLineIsOpen: Bool { hasContent && lastByte != 10 && lastByte != 13 }

    /// Appends `chunk` up to the first CR or LF to `header`; true once the header line is complete.
    private mutating func captureHeader(_ chunk: UnsafeRawBufferPointer) -> Bool {
        let end = chunk.firstIndex { $0 == 10 || $0 == 13 }
        let room = Self.headerCap - header.count
        header.append(contentsOf: chunk[..<min(end ?? chunk.count, room)])
        return end != nil || header.count >= Self.headerCap
    }
}
