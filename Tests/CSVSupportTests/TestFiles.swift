import CapplanTestSupport
import Foundation

@testable import CSVSupport

/// One record copied out of the reader's closure, so tests can compare whole files at once.
struct RecordSnapshot: Equatable, CustomStringConvertible {
    var line: Int
    var endLine: Int
    var fields: [String]
    var isBlank: Bool
    var malformation: CSVMalformation?

    init(_ line: Int, _ fields: [String], endLine: Int? = nil, malformation: CSVMalformation? = nil) {
        self.line = line
        self.endLine = endLine ?? line
        self.fields = fields
        self.isBlank = fields.allSatisfy(\.isEmpty)
        self.malformation = malformation
    }

    init(_ record: borrowing CSVRecord) {
        line = record.line
        endLine = record.endLine
        fields = (0..<record.count).map { record.string($0) }
        isBlank = record.isBlank
        malformation = record.malformation
    }

    var description: String {
        "\(line)-\(endLine) \(fields)\(isBlank ? " blank" : "")\(malformation.map { " \($0)" } ?? "")"
    }
}

/// Fixtures and files read back for the reader tests.
enum TestFiles {
    /// Path of a file in `Tests/CSVSupportTests/Fixtures`.
    static func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name).path
    }

    /// Reads the file at `path` and copies out every record.
    static func read(
        path: String, delimiter: UInt8? = nil, chunkSize: Int = 1 << 16
    ) throws -> (records: [RecordSnapshot], summary: CSVReadSummary) {
        var records: [RecordSnapshot] = []
        let summary = try CSVReader(path: path, delimiter: delimiter, chunkSize: chunkSize).read { record in
            records.append(RecordSnapshot(record))
        }
        return (records, summary)
    }

    /// Writes `bytes` to a file in a new ``CapplanTestSupport/TemporaryFolder``, reads it, and removes the folder.
    static func read(
        bytes: [UInt8], delimiter: UInt8? = nil, chunkSize: Int = 1 << 16
    ) throws -> (records: [RecordSnapshot], summary: CSVReadSummary) {
        let folder = try TemporaryFolder("capplan-csv")
        let path = try folder.write("input.csv", bytes: bytes)
        return try read(path: path, delimiter: delimiter, chunkSize: chunkSize)
    }

    /// `read(bytes:)` for text given as a Swift string (UTF-8).
    static func read(
        _ text: String, delimiter: UInt8? = nil, chunkSize: Int = 1 << 16
    ) throws -> (records: [RecordSnapshot], summary: CSVReadSummary) {
        try read(bytes: Array(text.utf8), delimiter: delimiter, chunkSize: chunkSize)
    }
}
