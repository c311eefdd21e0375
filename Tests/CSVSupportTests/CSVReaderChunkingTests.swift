import Testing

@testable import CSVSupport

@Suite("CSVReader chunking")
struct CSVReaderChunkingTests {
    /// A file with a BOM, every line end, a quoted field spanning CRLF, blank lines, a malformed row
    /// and a last line without a line end.
    static let tricky: [UInt8] =
        [0xEF, 0xBB, 0xBF] + Array("id;note\r\n1;\"a\r\nb\"\"c\"\r\n\r\n2;x\"y;z\n;\r3; é😀 \n4;\"q\"w\r\n5;end".utf8)

    @Test("tiny chunks give exactly the records and summary of the default chunk size", arguments: [1, 2, 3, 4, 5, 8])
    func tinyChunks(chunkSize: Int) throws {
        let reference = try TestFiles.read(bytes: Self.tricky)
        let chunked = try TestFiles.read(bytes: Self.tricky, chunkSize: chunkSize)
        #expect(chunked.records == reference.records)
        #expect(chunked.summary == reference.summary)
    }

    @Test("the tricky file's records, exactly")
    func trickyRecords() throws {
        let message = "error parsing data while strict checking enabled"
        let (records, summary) = try TestFiles.read(bytes: Self.tricky)
        #expect(
            records == [
                RecordSnapshot(1, ["id", "note"]), RecordSnapshot(2, ["1", "a\r\nb\"c"], endLine: 3),
                RecordSnapshot(4, []),
                RecordSnapshot(
                    5, ["2", "x"], malformation: CSVMalformation(line: 5, column: 2, libcsvMessage: message)),
                RecordSnapshot(6, ["", ""]), RecordSnapshot(7, ["3", "é😀"]),
                RecordSnapshot(
                    8, ["4", "q"], malformation: CSVMalformation(line: 8, column: 2, libcsvMessage: message)),
                RecordSnapshot(9, ["5", "end"]),
            ])
        #expect(
            summary
                == CSVReadSummary(
                    delimiter: UInt8(ascii: ";"), delimiterDetected: true, encoding: .utf8, firstInvalidUTF8Line: nil,
                    lines: 9, records: 8, bytes: Self.tricky.count))
    }
}
