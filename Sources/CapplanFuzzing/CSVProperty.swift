import CSVSupport
import Crypto
import Foundation

/// ``FuzzTarget/csv``: the CSV reader on any bytes.
enum CSVProperty {
    /// One record as read: its lines, fields and malformation.
    struct Record: Equatable {
        var line: Int
        var endLine: Int
        var fields: [[UInt8]]
        var malformation: CSVMalformation?
    }

    /// Everything one read gave: the records, and the summary or the error's message.
    struct Reading: Equatable {
        var records: [Record] = []
        var summary: CSVReadSummary?
        var error: String?
    }

    /// Reads the file at `path` in chunks of `chunkSize` bytes, with its digest.
    static func read(_ path: String, chunkSize: Int) -> Reading {
        var reading = Reading()
        do {
            reading.summary = try CSVReader(path: path, chunkSize: chunkSize, hashing: true).read { record in
                reading.records.append(
                    Record(
                        line: record.line, endLine: record.endLine,
                        fields: (0..<record.count).map { record.withBytes($0) { Array($0) } },
                        malformation: record.malformation))
            }
        } catch {
            reading.error = String(describing: error)
        }
        return reading
    }

    /// The chunk size taken from the input, 1 to 64 bytes, so that chunk borders fall everywhere.
    static func check(_ bytes: [UInt8], in scratch: FuzzScratch) -> String? {
        let path = scratch.write("input.csv", bytes)
        let whole = read(path, chunkSize: 1 << 16)
        let chunk = Int(bytes.last ?? 0) % 64 + 1
        let chunked = read(path, chunkSize: chunk)
        if whole != chunked {
            return "reading in \(chunk)-byte chunks differs from reading in 64 KiB chunks"
        }
        var previousEnd = 0
        for record in whole.records {
            if record.line > record.endLine || record.line <= previousEnd {
                return "record lines out of order: \(record.line)–\(record.endLine) after line \(previousEnd)"
            }
            previousEnd = record.endLine
        }
        if let summary = whole.summary {
            let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            if summary.sha256 != digest { return "the digest is not that of the bytes read" }
            if summary.records != whole.records.count {
                return "the summary counts \(summary.records) records, \(whole.records.count) were handed out"
            }
            if summary.bytes != bytes.count { return "the summary says \(summary.bytes) bytes of \(bytes.count)" }
        }
        return nil
    }
}
