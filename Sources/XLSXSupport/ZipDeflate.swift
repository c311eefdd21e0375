// The zip container of an .xlsx file as libxlsxwriter 1.1.4 writes it through minizip (src/packager.c,
// third_party/minizip/zip.c): BSD-2-Clause, © John McNamara; minizip © Gilles Vollant, zlib licence.
import CZlib
import Glibc

/// A raw deflate stream with minizip's parameters (`Z_DEFAULT_COMPRESSION`, `Z_DEFLATED`, `-MAX_WBITS`,
/// memory level 8, `Z_DEFAULT_STRATEGY`), with the entry's CRC-32 and sizes. zlib's output does not depend
/// on how the input is cut into calls, so feeding it in chunks gives minizip's bytes.
final class DeflateStream {
    /// Input bytes after which an entry may switch to ``laterLevel`` (`deflateParams`): every entry of a
    /// province's workbook is smaller, so it keeps minizip's bytes whatever the later level.
    static let defaultLevelBytes = 4 << 20
    /// The level of an entry after its first ``defaultLevelBytes``: zlib's fastest, 1.
    ///
    /// Kalimantan Utara's largest sheet is 215 KiB of XML, so its workbook keeps minizip's bytes,
    /// libxlsxwriter's file byte for byte; the largest province's projection (Jawa Timur, 7,326 rows, about
    /// 5 MB) would pass the switch, and a national run's sheets all do, written faster for a larger file. On the
    /// national run (7,000 kecamatan × 250,000 workers, release build, 2 cores, the two builds run in turn
    /// 5 times each) the whole run took 0.91 s (median) against 1.10 s at the default level throughout, and
    /// 1.36 s of CPU against 1.58 s; `capplan.xlsx` is 5,327,542 bytes against 4,561,029 (17 % larger).
    /// Level 3 after 4 MiB had given 5,015,902 bytes for about half the saving.
    static let laterDefault: Int32 = 1

    private var stream = z_stream()
    /// The compressed bytes not yet passed to ``sink`` (all of them without a sink).
    private(set) var output: [UInt8] = []
    /// Where compressed bytes go as they come, so a large entry is not held in memory; nil keeps them.
    private let sink: SheetSpool?
    /// The number of compressed bytes so far.
    private(set) var outputCount = 0
    /// The CRC-32 of the input so far.
    private(set) var crc: UInt = crc32(0, nil, 0)
    /// The number of input bytes so far.
    private(set) var inputCount = 0
    /// Whether the level has been switched to ``laterLevel``.
    private var switched = false
    /// The level after ``defaultLevelBytes``.
    private let laterLevel: Int32

    /// A stream at zlib's default level; after ``defaultLevelBytes`` of input it goes on at `laterLevel`;
    /// compressed bytes go to `sink` as they come when there is one.
    init(laterLevel: Int32 = DeflateStream.laterDefault, sink: SheetSpool? = nil) {
        self.laterLevel = laterLevel
        self.sink = sink
        let status = deflateInit2_(
            &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
            Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "deflateInit2 failed (\(status))")
    }

    deinit { deflateEnd(&stream) }

    /// Compresses `bytes`.
    func write(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        var rest = bytes
        while !rest.isEmpty {
            // Up to the level switch, then the remainder.
            var take = rest.count
            if !switched, laterLevel != Z_DEFAULT_COMPRESSION, inputCount < Self.defaultLevelBytes {
                take = min(take, Self.defaultLevelBytes - inputCount)
            }
            let piece = UnsafeRawBufferPointer(rebasing: rest[0..<take])
            crc = crc32(crc, piece.baseAddress!.assumingMemoryBound(to: Bytef.self), uInt(take))
            run(piece, flush: Z_NO_FLUSH)
            inputCount += take
            rest = UnsafeRawBufferPointer(rebasing: rest[take...])
            if !switched, laterLevel != Z_DEFAULT_COMPRESSION, inputCount >= Self.defaultLevelBytes {
                switched = true
                setLevel(laterLevel)
            }
        }
    }

    /// Compresses `bytes`.
    func write(_ bytes: [UInt8]) { bytes.withUnsafeBytes { write($0) } }

    /// Ends the stream; ``output`` then holds all of it.
    func finish() {
        run(UnsafeRawBufferPointer(start: nil, count: 0), flush: Z_FINISH)
        drain(force: true)
    }

    /// Passes the output so far to the sink and frees the buffers while the stream waits (for a sheet's last
    /// row, written when the workbook is closed).
    func park() {
        drain(force: true)
        output = []
        sink?.buffer = []
    }

    /// Passes the output to the sink, when there is one and (unless `force`) 64 KiB or more are waiting.
    private func drain(force: Bool = false) {
        guard let sink, force || output.count >= 1 << 16 else { return }
        sink.buffer.append(contentsOf: output)
        output.removeAll(keepingCapacity: true)
        if force { sink.flush() } else { sink.flushIfFull() }
    }

    /// Whether zlib took the input for text (`data_type`, set from the first block), which minizip records
    /// in the entry's internal attributes.
    var isText: Bool { stream.data_type == Z_TEXT }

    /// Switches the level, draining what `deflateParams` flushes.
    private func setLevel(_ level: Int32) {
        var status: Int32
        repeat {
            status = withOutput { deflateParams(&stream, level, Z_DEFAULT_STRATEGY) }
        } while status == Z_BUF_ERROR && stream.avail_out == 0
    }

    /// Runs deflate over `input` with `flush` until zlib takes it all (and, on `Z_FINISH`, ends the stream).
    private func run(_ input: UnsafeRawBufferPointer, flush: Int32) {
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(input.count)
        while true {
            let status = withOutput { deflate(&stream, flush) }
            if flush == Z_FINISH {
                if status == Z_STREAM_END { break }
            } else if stream.avail_in == 0 && stream.avail_out != 0 {
                break
            }
            precondition(status == Z_OK || status == Z_BUF_ERROR, "deflate failed (\(status))")
        }
    }

    /// Calls `body` with 64 KiB of output space at the end of ``output``, keeping what zlib wrote there.
    private func withOutput(_ body: () -> Int32) -> Int32 {
        let room = 1 << 16
        let start = output.count
        output.append(contentsOf: repeatElement(0, count: room))
        let status = output.withUnsafeMutableBufferPointer { buffer in
            stream.next_out = buffer.baseAddress! + start
            stream.avail_out = uInt(room)
            return body()
        }
        output.removeLast(Int(stream.avail_out))
        outputCount += room - Int(stream.avail_out)
        drain()
        return status
    }
}

/// One finished zip entry: its name, CRC-32, sizes and raw deflate bytes.
struct ZipEntry: Sendable {
    var name: String
    var crc: UInt32
    var size: Int
    var compressed: [UInt8]
    /// Where the compressed bytes are instead, for a sheet: a temporary file.
    var spool: SheetSpool?
    /// The number of compressed bytes.
    var compressedCount: Int
    /// Whether zlib took the entry for text.
    var text: Bool

    /// `bytes` compressed as the entry `name`.
    static func deflating(_ name: String, _ bytes: [UInt8]) -> ZipEntry {
        let stream = DeflateStream()
        stream.write(bytes)
        stream.finish()
        return stream.entry(name)
    }
}

/// The zip file minizip writes for libxlsxwriter: entries in the order given, each with a local header
/// (version 2.0, no flags, deflate, DOS date 1980-01-01 00:00, sizes and CRC in the header), then the central
/// directory and its end record, no comment, no ZIP64.
enum ZipFile {
    /// The largest offset or size a zip without ZIP64 can hold.
    static let limit = 0xFFFF_FFFF

    /// 1980-01-01 00:00:00 in MS-DOS date and time (minizip's `tmz_date` of libxlsxwriter's packager).
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    static let dosTime: UInt16 = 0

    /// Passes the zip's bytes for `entries` to `write`, in pieces; false (and stops) when they need ZIP64.
    static func bytes(_ entries: [ZipEntry], write: ([UInt8]) throws -> Void) throws -> Bool {
        var directory: [UInt8] = []
        var offset = 0
        for entry in entries {
            guard entry.size <= limit, entry.compressedCount <= limit, offset <= limit else { return false }
            var header: [UInt8] = []
            let name = Array(entry.name.utf8)
            header.le32(0x0403_4B50)
            header.appendEntryFields(entry, nameCount: name.count, time: dosTime, date: dosDate)
            header.append(contentsOf: name)
            try write(header)
            if let spool = entry.spool {
                var failure: Error?
                spool.read { bytes in
                    guard failure == nil else { return }
                    do { try write(Array(bytes)) } catch { failure = error }
                }
                if let failure { throw failure }
                if let problem = spool.failure { throw ZipReadError(reason: problem) }
            } else {
                try write(entry.compressed)
            }

            directory.le32(0x0201_4B50)
            directory.le16(0)  // version made by: MS-DOS, 0.0 (minizip's VERSIONMADEBY)
            directory.appendEntryFields(entry, nameCount: name.count, time: dosTime, date: dosDate)
            directory.le16(0)  // comment
            directory.le16(0)  // disk
            directory.le16(entry.text ? 1 : 0)  // internal attributes: text
            directory.le32(0)  // external attributes
            directory.le32(UInt32(offset))
            directory.append(contentsOf: name)
            offset += header.count + entry.compressedCount
        }
        guard offset <= limit, entries.count < 0xFFFF else { return false }
        var end: [UInt8] = []
        end.le32(0x0605_4B50)
        end.le16(0)
        end.le16(0)
        end.le16(UInt16(entries.count))
        end.le16(UInt16(entries.count))
        end.le32(UInt32(directory.count))
        end.le32(UInt32(offset))
        end.le16(0)
        try write(directory)
        try write(end)
        return true
    }
}

/// A sheet's compressed bytes could not be read back from their temporary file.
struct ZipReadError: Error {
    /// The system's message.
    var reason: String
}

extension [UInt8] {
    /// Appends `value` little-endian.
    mutating func le16(_ value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    /// Appends `value` little-endian.
    mutating func le32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }

    /// The fields a local header and its central directory record share, from "version needed" to the
    /// extra field's length: version 2.0, no flags, deflate, the DOS time and date, the CRC, both sizes,
    /// the name's length and no extra field (as minizip writes them).
    mutating func appendEntryFields(_ entry: ZipEntry, nameCount: Int, time: UInt16, date: UInt16) {
        le16(20)  // version needed
        le16(0)  // flags
        le16(8)  // deflate
        le16(time)
        le16(date)
        le32(entry.crc)
        le32(UInt32(entry.compressedCount))
        le32(UInt32(entry.size))
        le16(UInt16(nameCount))
        le16(0)  // extra
    }
}
