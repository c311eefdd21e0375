import CapplanTestSupport
import Foundation
import Testing

@testable import CSVSupport

@Suite("CSVReader bad input")
struct CSVReaderBadInputTests {
    static let strictMessage = "error parsing data while strict checking enabled"

    @Test("a malformed quote mid-file is one malformed record; the rows after it arrive on their lines")
    func malformedRowMidFile() throws {
        let (records, summary) = try TestFiles.read(path: TestFiles.fixture("mixed_bad_row.csv"))
        #expect(
            records == [
                RecordSnapshot(1, ["id", "note", "qty"]), RecordSnapshot(2, ["1", "two\nlines", "2"], endLine: 3),
                RecordSnapshot(
                    4, ["2", "bad"],
                    malformation: CSVMalformation(line: 4, column: 2, libcsvMessage: Self.strictMessage)),
                RecordSnapshot(5, ["3", "ok \"quoted\"", "4"]), RecordSnapshot(6, ["4", "", ""]),
            ])
        #expect(summary.lines == 6)
        #expect(summary.records == 5)
    }

    @Test("the brief's example: a,b\"c,d is rejected at line 1, field 2")
    func malformedFirstLine() throws {
        let (records, summary) = try TestFiles.read("a,b\"c,d\ne,f\n")
        #expect(
            records == [
                RecordSnapshot(
                    1, ["a", "b"], malformation: CSVMalformation(line: 1, column: 2, libcsvMessage: Self.strictMessage)),
                RecordSnapshot(2, ["e", "f"]),
            ])
        #expect(summary.lines == 2)
    }

    @Test("text after a closing quote that spans lines: the malformation names the line of the bad byte")
    func malformedAfterMultilineQuote() throws {
        let (records, summary) = try TestFiles.read("h\n\"x\ny\"z,w\nnext\n")
        #expect(
            records == [
                RecordSnapshot(1, ["h"]),
                RecordSnapshot(
                    2, ["x\ny"], endLine: 3,
                    malformation: CSVMalformation(line: 3, column: 1, libcsvMessage: Self.strictMessage)),
                RecordSnapshot(4, ["next"]),
            ])
        #expect(summary.lines == 4)
    }

    @Test(
        "after a malformed row, the skip to the line end treats CRLF as one line end",
        arguments: [1, 2, 3, 5, 1 << 16])
    func malformedRowWithCRLF(chunkSize: Int) throws {
        let (records, summary) = try TestFiles.read("h\r\n\"x\"z,w\r\nnext\r\n\r\nlast", chunkSize: chunkSize)
        #expect(
            records == [
                RecordSnapshot(1, ["h"]),
                RecordSnapshot(
                    2, ["x"], malformation: CSVMalformation(line: 2, column: 1, libcsvMessage: Self.strictMessage)),
                RecordSnapshot(3, ["next"]), RecordSnapshot(4, []), RecordSnapshot(5, ["last"]),
            ])
        #expect(summary.lines == 5)
        #expect(summary.records == 5)
    }

    @Test("a malformed last line without a line end")
    func malformedLastLine() throws {
        let (records, summary) = try TestFiles.read("a\nb\"c")
        #expect(
            records == [
                RecordSnapshot(1, ["a"]),
                RecordSnapshot(
                    2, ["b"], malformation: CSVMalformation(line: 2, column: 1, libcsvMessage: Self.strictMessage)),
            ])
        #expect(summary.lines == 2)
    }

    @Test("an unterminated quote at the end of the file is fatal, at the line and field where it opens")
    func unterminatedQuote() throws {
        let folder = try TemporaryFolder("capplan-csv")
        let path = try folder.write("input.csv", "id,note\n1,ok\n2,\"open\nmore\n")
        let expected = CSVError.unterminatedQuote(path: path, line: 3, column: 2, libcsvMessage: Self.strictMessage)
        for chunkSize in [1, 4, 1 << 16] {
            #expect(throws: expected) { _ = try CSVReader(path: path, chunkSize: chunkSize).read { _ in } }
        }
        #expect(
            expected.description
                == "\(path):3:2: unterminated quoted field (libcsv: error parsing data while strict checking enabled)"
                + " — close the quote that opens here, or remove it")
    }

    @Test("an unterminated quote in a record that spans lines: the record's first line, the field where it opens")
    func unterminatedQuoteSpanningRecord() throws {
        let folder = try TemporaryFolder("capplan-csv")
        let path = try folder.write("input.csv", "id,note,more\n1,\"two\r\nlines\",\"open\nmore\n")
        let expected = CSVError.unterminatedQuote(path: path, line: 2, column: 3, libcsvMessage: Self.strictMessage)
        for chunkSize in [1, 4, 1 << 16] {
            #expect(throws: expected) { _ = try CSVReader(path: path, chunkSize: chunkSize).read { _ in } }
        }
    }

    @Test("a missing file")
    func missingFile() {
        let path = "/nonexistent/capplan/penduduk.csv"
        #expect(throws: CSVError.fileNotFound(path: path)) { _ = try CSVReader(path: path).read { _ in } }
        #expect(
            CSVError.fileNotFound(path: path).description
                == "/nonexistent/capplan/penduduk.csv: file not found — check the file name and the folder it is in")
    }

    @Test("a directory is unreadable, said so")
    func unreadableDirectory() throws {
        let folder = try TemporaryFolder("capplan-csv")
        let path = folder.path
        let expected = CSVError.unreadable(path: path, reason: "it is a folder")
        #expect(throws: expected) { _ = try CSVReader(path: path).read { _ in } }
        #expect(
            expected.description == "\(path): cannot read the file (it is a folder) — check that it is a readable file")
    }

    @Test("a device that never ends (/dev/zero) or never answers (a FIFO with no writer) is refused at once")
    func devices() throws {
        let expected = CSVError.unreadable(path: "/dev/zero", reason: "it is a device or a pipe, not a file")
        #expect(throws: expected) { _ = try CSVReader(path: "/dev/zero").read { _ in } }
        #expect(
            expected.description
                == "/dev/zero: cannot read the file (it is a device or a pipe, not a file) — check that it is a readable file"
        )
        let folder = try TemporaryFolder("capplan-csv")
        let fifo = folder.file("fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: CSVError.unreadable(path: fifo, reason: "it is a device or a pipe, not a file")) {
            _ = try CSVReader(path: fifo).read { _ in }
        }
    }
}

@Suite("CSVReader: a UTF-16 file")
struct CSVReaderUTF16Tests {
    @Test(
        "is refused with what to do, whether it has a byte-order mark or not, in either byte order",
        arguments: [
            ([0xFF, 0xFE, 0x6B, 0x00, 0x0A, 0x00], false),
            ([0xFE, 0xFF, 0x00, 0x6B, 0x00, 0x0A], true),
            ([0x6B, 0x00, 0x6F, 0x00, 0x0A, 0x00], false),
            ([0x00, 0x6B, 0x00, 0x6F, 0x00, 0x0A], true),
        ] as [([UInt8], Bool)])
    func refused(bytes: [UInt8], bigEndian: Bool) throws {
        let folder = try TemporaryFolder("capplan-csv")
        let path = folder.file("utf16.csv")
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect(throws: CSVError.utf16(path: path, bigEndian: bigEndian)) { try TestFiles.read(path: path) }
        #expect(
            CSVError.utf16(path: "roster.csv", bigEndian: bigEndian).description
                == "roster.csv: the file is UTF-16 text (\(bigEndian ? "big" : "little")-endian), not UTF-8 — save it "
                + "as UTF-8: in Excel, Save As \"CSV UTF-8 (Comma delimited)\"; in LibreOffice, Character set "
                + "\"Unicode (UTF-8)\"")
    }

    @Test("UTF-8 text, with or without its BOM, and a one-byte file are read as before")
    func notUTF16() {
        #expect(FilePrescan.utf16ByteOrder((0xEF, 0xBB, 0xBF), count: 3) == nil)
        #expect(FilePrescan.utf16ByteOrder((0x6B, 0x6F, 0x64), count: 3) == nil)
        #expect(FilePrescan.utf16ByteOrder((0x6B, 0x00, 0x00), count: 1) == nil)
        #expect(FilePrescan.utf16ByteOrder((0xE9, 0x00, 0x00), count: 2) == nil)
    }
}
