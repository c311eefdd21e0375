import CapplanTestSupport
import Foundation
import Testing

@testable import CSVSupport

@Suite("CSVReader")
struct CSVReaderTests {
    @Test(
        "line ends: LF, CRLF, CR and mixed give the same records on the right lines",
        arguments: ["a,b\nc,d\ne\n", "a,b\r\nc,d\r\ne\r\n", "a,b\rc,d\re\r", "a,b\r\nc,d\re\n", "a,b\nc,d\r\ne"])
    func lineEnds(text: String) throws {
        let (records, summary) = try TestFiles.read(text)
        #expect(records == [RecordSnapshot(1, ["a", "b"]), RecordSnapshot(2, ["c", "d"]), RecordSnapshot(3, ["e"])])
        #expect(summary.lines == 3)
        #expect(summary.records == 3)
        #expect(summary.bytes == text.utf8.count)
    }

    @Test("CR and LF rows as measured: the LF of a CRLF is no line, blank lines are blank records")
    func measuredCallbackSequence() throws {
        let (records, summary) = try TestFiles.read("a,b\r\nc\r\n\r\ne\n\n")
        #expect(
            records == [
                RecordSnapshot(1, ["a", "b"]), RecordSnapshot(2, ["c"]), RecordSnapshot(3, []),
                RecordSnapshot(4, ["e"]), RecordSnapshot(5, []),
            ])
        #expect(summary.lines == 5)
        #expect(summary.records == 5)
    }

    @Test("a final line without a line end is a normal record")
    func finalLineWithoutLineEnd() throws {
        let (records, summary) = try TestFiles.read("h\nlast,row")
        #expect(records == [RecordSnapshot(1, ["h"]), RecordSnapshot(2, ["last", "row"])])
        #expect(summary.lines == 2)
    }

    @Test("blank and all-empty lines are blank records with their own line numbers")
    func blankLines() throws {
        let (records, summary) = try TestFiles.read("h1,h2\n\n,\n  ,\t\n\r\nx,y\n")
        #expect(
            records == [
                RecordSnapshot(1, ["h1", "h2"]), RecordSnapshot(2, []), RecordSnapshot(3, ["", ""]),
                RecordSnapshot(4, ["", ""]), RecordSnapshot(5, []), RecordSnapshot(6, ["x", "y"]),
            ])
        #expect(records.map(\.isBlank) == [false, true, true, true, true, false])
        #expect(summary.lines == 6)
    }

    @Test("an empty file and a BOM-only file have no records and no lines")
    func emptyFile() throws {
        for bytes: [UInt8] in [[], [0xEF, 0xBB, 0xBF]] {
            let (records, summary) = try TestFiles.read(bytes: bytes)
            #expect(records.isEmpty)
            #expect(summary.lines == 0)
            #expect(summary.records == 0)
            #expect(summary.bytes == bytes.count)
            #expect(summary.encoding == .utf8)
        }
    }

    @Test("quoted fields spanning line ends: line, endLine and the next record's line")
    func quotedFieldsSpanningLines() throws {
        let (records, summary) = try TestFiles.read("id,note\n1,\"two\nlines\"\n2,\"a\r\nb\rc\"\n3,x\n")
        #expect(
            records == [
                RecordSnapshot(1, ["id", "note"]), RecordSnapshot(2, ["1", "two\nlines"], endLine: 3),
                RecordSnapshot(4, ["2", "a\r\nb\rc"], endLine: 6), RecordSnapshot(7, ["3", "x"]),
            ])
        #expect(summary.lines == 7)
    }

    @Test("doubled quotes, quoted delimiters and trimmed spaces around unquoted fields")
    func quoting() throws {
        let (records, _) = try TestFiles.read("\"say \"\"hi\"\"\", \"a,b\" ,  c  ,\"\"\n")
        #expect(records == [RecordSnapshot(1, ["say \"hi\"", "a,b", "c", ""])])
    }

    @Test("a UTF-8 BOM is skipped; the semicolon file with CRLF is read from the fixture")
    func bomFixture() throws {
        let (records, summary) = try TestFiles.read(path: TestFiles.fixture("semicolon_bom_crlf.csv"))
        #expect(
            records == [
                RecordSnapshot(1, ["kecamatan", "penduduk"]), RecordSnapshot(2, ["Sangatta Utara", "12.345"]),
                RecordSnapshot(3, ["Bengalon", "3,5%"]),
            ])
        #expect(
            summary
                == CSVReadSummary(
                    delimiter: UInt8(ascii: ";"), delimiterDetected: true, encoding: .utf8, firstInvalidUTF8Line: nil,
                    lines: 3, records: 3, bytes: 65))
    }

    @Test(
        "each delimiter is sniffed from the header line",
        arguments: [("a,b\n1,2\n", ","), ("a;b\n1;2\n", ";"), ("a\tb\n1\t2\n", "\t"), ("a|b\n1|2\n", "|")])
    func sniffedDelimiter(text: String, delimiter: Character) throws {
        let (records, summary) = try TestFiles.read(text)
        #expect(records == [RecordSnapshot(1, ["a", "b"]), RecordSnapshot(2, ["1", "2"])])
        #expect(summary.delimiter == delimiter.asciiValue)
        #expect(summary.delimiterDetected)
    }

    @Test("a header longer than one chunk is still sniffed whole")
    func longHeaderSniffed() throws {
        let (records, summary) = try TestFiles.read("alpha;beta;gamma,delta\n1;2;3\n", chunkSize: 4)
        #expect(summary.delimiter == UInt8(ascii: ";"))
        #expect(records.map(\.fields) == [["alpha", "beta", "gamma,delta"], ["1", "2", "3"]])
    }

    @Test("a forced delimiter wins over the sniffer")
    func forcedDelimiter() throws {
        let (records, summary) = try TestFiles.read("a;b,c\n1;2,3\n", delimiter: UInt8(ascii: ";"))
        #expect(records.map(\.fields) == [["a", "b,c"], ["1", "2,3"]])
        #expect(summary.delimiter == UInt8(ascii: ";"))
        #expect(!summary.delimiterDetected)
    }

    @Test("isEmpty and withBytes give each field's raw bytes")
    func rawBytes() throws {
        let folder = try TemporaryFolder("capplan-csv")
        let path = try folder.write("input.csv", "x,,\"é\"\n")
        var seen: [([UInt8], Bool)] = []
        _ = try CSVReader(path: path).read { record in
            for index in 0..<record.count {
                seen.append((record.withBytes(index) { Array($0) }, record.isEmpty(index)))
            }
        }
        #expect(seen.map(\.0) == [[0x78], [], [0xC3, 0xA9]])
        #expect(seen.map(\.1) == [false, true, false])
    }

    @Test("a throwing body stops the read: no further records, the error is rethrown")
    func throwingBodyStops() throws {
        struct Stop: Error, Equatable {}
        let folder = try TemporaryFolder("capplan-csv")
        let path = try folder.write("input.csv", "h\n1\n2\n3\n4\n")
        for chunkSize in [1, 3, 1 << 16] {
            var lines: [Int] = []
            #expect(throws: Stop()) {
                _ = try CSVReader(path: path, chunkSize: chunkSize).read { record in
                    lines.append(record.line)
                    if record.line == 2 { throw Stop() }
                }
            }
            #expect(lines == [1, 2])
        }
    }
}
