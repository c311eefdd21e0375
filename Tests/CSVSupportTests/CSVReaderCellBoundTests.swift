import CapplanTestSupport
import Foundation
import Testing

@testable import CSVSupport

/// A cell longer than `CSVReader.maximumCellBytes` stops the file: libcsv's field buffer never grows past it
/// (docs/INPUTS.md "Bounds").
@Suite("CSVReader: the longest cell")
struct CSVReaderCellBoundTests {
    static let limit = CSVReader.maximumCellBytes

    /// The error reading `text` throws, or nil.
    static func error(reading text: String, chunkSize: Int = 1 << 16) -> CSVError? {
        do {
            _ = try TestFiles.read(text, chunkSize: chunkSize)
            return nil
        } catch {
            return error as? CSVError
        }
    }

    @Test("a cell of 65,536 bytes is read whole, quoted or not, in any chunk size", arguments: [false, true])
    func atTheLimit(quoted: Bool) throws {
        let cell = String(repeating: "a", count: Self.limit)
        let field = quoted ? "\"\(cell)\"" : cell
        for chunkSize in [7, 4096, 1 << 16] {
            let (records, _) = try TestFiles.read("h1,h2\nx,\(field)\ny,z\n", chunkSize: chunkSize)
            #expect(records.map(\.fields) == [["h1", "h2"], ["x", cell], ["y", "z"]])
        }
    }

    @Test(
        "a cell one byte longer, quoted or not, at the end of a line or of the file, is the file's fatal error",
        arguments: [
            ("", ",z\n"), ("\"", "\",z\n"), ("", "\n"), ("\"", "\"\n"), ("", ""), ("\"", "\""), ("\"", "\"  ,z\n"),
        ])
    func overTheLimit(open: String, close: String) throws {
        let text = "h1,h2,h3\nx,y,z\nx,\(open)\(String(repeating: "b", count: Self.limit + 1))\(close)"
        let folder = try TemporaryFolder("capplan-csv")
        let path = try folder.write("input.csv", text)
        for chunkSize in [5, 4096, 1 << 16] {
            #expect(throws: CSVError.cellTooLong(path: path, line: 3, column: 2, limit: Self.limit)) {
                _ = try TestFiles.read(path: path, chunkSize: chunkSize)
            }
        }
    }

    @Test("a cell is named at the line where it starts, after a quoted cell spanning lines, however long it is")
    func multiline() throws {
        let long = String(repeating: "line\n", count: 10_000_000 / 5)
        let error = try #require(Self.error(reading: "h1,h2\n\"a\nb\",\"\(long)\"\n"))
        guard case .cellTooLong(_, let line, let column, let limit) = error else {
            Issue.record("\(error)")
            return
        }
        #expect((line, column, limit) == (3, 2, 65_536))
        #expect(
            error.description.hasSuffix(
                ":3:2: a cell longer than 65,536 bytes, which no input of capplan holds — check that this is the right "
                    + "file, and look for a quote that opens here and is never closed"))
    }
}
