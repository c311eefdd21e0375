import CSVSupport
import CapplanTestSupport
import Foundation
import Testing

@testable import Ingestion

@Suite("TableReader (docs/INPUTS.md, Every CSV file)")
struct TableReaderTests {
    static let schema = TableSchema([
        ColumnSpec("kode_kecamatan", aliases: ["kode"], required: true),
        ColumnSpec("nama", aliases: ["name"]),
        ColumnSpec("jumlah_penduduk", aliases: ["penduduk"]),
    ])

    /// Reads `bytes` with the schema above; a row whose nama is "bad" is rejected at that column.
    private func read(bytes: [UInt8]) throws -> (FileReport, [[String?]], String) {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write("table.csv", bytes: bytes)
        var rows: [[String?]] = []
        let report = TableReader(path: path, role: .population, schema: Self.schema, delimiter: nil).read {
            row throws(RowRejection) in
            if row.text(1) == "bad" {
                throw RowRejection(
                    column: 1, error: ValueError("nama: bad", hint: "write a good name"), value: row.text(1))
            }
            rows.append((0..<3).map { row.text($0) })
        }
        return (report, rows, path)
    }

    private func read(_ text: String) throws -> (FileReport, [[String?]], String) {
        try read(bytes: Array(text.utf8))
    }

    @Test(
        "headers fold case, spaces, - . / and _ before matching names and aliases",
        arguments: [
            ["kode_kecamatan", "nama", "jumlah_penduduk"], [" Kode.Kecamatan ", "NAME", "Jumlah  Penduduk"],
            ["KODE", "Nama", "jumlah-penduduk"], ["kode/kecamatan", "name", "PENDUDUK"],
            ["Kode - Kecamatan", "_nama_", "Jumlah__Penduduk"],
        ])
    func headerFolding(header: [String]) throws {
        let map = try HeaderMap(header: header, schema: Self.schema, path: "t.csv", line: 1)
        #expect(map.fieldIndex == [0, 1, 2])
        #expect(map.unknown == [])
        #expect(map.width == 3)
    }

    @Test("columns may come in any order and absent optional columns read as nil")
    func columnOrder() throws {
        let (report, rows, path) = try read("penduduk,extra,KODE\n100,x,65.02.01\n200,bad,65.02.02\n")
        #expect(report.counts == RowCounts(read: 2, accepted: 2))
        #expect(rows == [["65.02.01", nil, "100"], ["65.02.02", nil, "200"]])
        #expect(
            report.notes.map(\.rendered) == [
                "\(path):1: columns ignored: extra — rename a header if it was meant to be read (see docs/INPUTS.md)"
            ])
    }

    @Test("a rejection names the column's field number in the file, not in the schema")
    func rejectionColumn() throws {
        let (report, rows, path) = try read("penduduk,kode,nama\n100,65.02.01,bad\n200,65.02.02,ok\n")
        #expect(report.counts == RowCounts(read: 2, accepted: 1, rejected: 1))
        #expect(report.rejects.map(\.rendered) == ["\(path):2:3: nama: bad (\"bad\") — write a good name"])
        #expect(rows == [["65.02.02", "ok", "200"]])
    }

    @Test("unknown columns are noted once, with a suggestion for a likely misspelling of a column the file lacks")
    func unknownColumnNote() throws {
        let (report, _, path) = try read("kode,jumlah_pendudk,Keterangan,nmaa,,\n65.02.01,1,x,y,,\n")
        #expect(report.counts == RowCounts(read: 1, accepted: 1))
        #expect(
            report.notes == [
                Diagnostic(
                    severity: .note, file: path, line: 1, column: nil,
                    reason: "columns ignored: jumlah_pendudk (did you mean jumlah_penduduk?), Keterangan,"
                        + " nmaa (did you mean nama?)",
                    value: nil, hint: "rename a header if it was meant to be read (see docs/INPUTS.md)")
            ])
    }

    @Test("an ignored header cell of 16 digits is described, not shown")
    func ignoredNIKHeader() throws {
        let (report, _, path) = try read("kode,6501010101800001\n65.02.01,x\n")
        #expect(
            report.notes.map(\.rendered) == [
                "\(path):1: columns ignored: (a value of 16 digits, not shown) — rename a header if it was meant to be"
                    + " read (see docs/INPUTS.md)"
            ])
    }

    @Test("a national ID column is noted and never read")
    func sensitiveColumn() throws {
        let (report, rows, path) = try read("kode,NIK,No. KTP\n65.02.01,6501010101800001,6501010101800002\n")
        #expect(rows == [["65.02.01", nil, nil]])
        #expect(
            report.notes.map(\.rendered) == [
                "\(path):1: column 'NIK' holds national ID numbers and is never read"
                    + " — leave it out of the files you give capplan",
                "\(path):1: column 'No. KTP' holds national ID numbers and is never read"
                    + " — leave it out of the files you give capplan",
            ])
    }

    @Test("a column given twice is fatal")
    func duplicateColumn() throws {
        let (report, rows, path) = try read("\n kode ,nama,Kode Kecamatan\n65.02.01,a,65.02.01\n")
        #expect(
            report.fatal
                == .duplicateColumn(path: path, line: 2, column: "kode_kecamatan", first: 1, second: 3))
        #expect(
            report.fatal?.description
                == "\(path):2:3: column 'kode_kecamatan' appears twice (columns 1 and 3) — keep one of them")
        #expect(report.counts == RowCounts())
        #expect(rows.isEmpty)
    }

    @Test(
        "no header: an empty file, a BOM only, only blank or empty lines",
        arguments: [
            [], [0xEF, 0xBB, 0xBF], Array("\n\n".utf8), Array("\r\n  \r\n,,\r\n".utf8), Array(";;\n\n".utf8),
        ] as [[UInt8]])
    func noHeader(bytes: [UInt8]) throws {
        let (report, _, path) = try read(bytes: bytes)
        #expect(report.fatal == .noHeader(path: path))
        #expect(
            report.fatal?.description
                == "\(path):1:1: the file has no header line — put the column names on the first line (see docs/INPUTS.md)"
        )
        #expect(report.counts == RowCounts())
    }

    @Test("blank lines and lines of empty fields are skipped and counted; blank lines before the header are not")
    func blankLines() throws {
        let (report, rows, _) = try read("\n\nkode,nama\n\n65.02.01,a\n,\n  ,  \n\"\",\"\"\n65.02.02,b\n\n")
        #expect(report.counts == RowCounts(read: 7, accepted: 2, rejected: 0, skipped: 5))
        #expect(report.rejects.isEmpty)
        #expect(rows.map { $0[0] } == ["65.02.01", "65.02.02"])
    }

    @Test("short and long rows are rejected with no column and no value; the rows after them are read")
    func rowWidth() throws {
        let (report, rows, path) = try read("kode,nama,penduduk\n65.02.01,a\n65.02.02,b,1,x\n65.02.03,c,1\n,,,\n")
        #expect(report.counts == RowCounts(read: 4, accepted: 1, rejected: 2, skipped: 1))
        #expect(
            report.rejects == [
                Diagnostic(
                    severity: .error, file: path, line: 2, column: nil, reason: "row has 2 fields, the header has 3",
                    value: nil, hint: "look for a delimiter inside an unquoted cell, or a missing or extra cell"),
                Diagnostic(
                    severity: .error, file: path, line: 3, column: nil, reason: "row has 4 fields, the header has 3",
                    value: nil, hint: "look for a delimiter inside an unquoted cell, or a missing or extra cell"),
            ])
        #expect(rows == [["65.02.03", "c", "1"]])
    }

    @Test("a quoted cell that spans lines and leaves the wrong field count: the hint names the line span")
    func quotedSpan() throws {
        let (report, rows, path) = try read(
            "kode,nama,penduduk\n65.02.01,\"Mentarang,1\n65.02.02,Malinau\",2,x\n65.02.03,\"Pujungan\nHulu\",3\n")
        #expect(report.counts == RowCounts(read: 2, accepted: 1, rejected: 1))
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):2: row has 4 fields, the header has 3"
                    + " — a quoted cell runs from line 2 to line 3: look for a stray quote"
            ])
        #expect(rows == [["65.02.03", "Pujungan\nHulu", "3"]])
    }

    @Test("a row with a malformed quote is rejected at its field; the next rows are still read")
    func malformedQuote() throws {
        let (report, rows, path) = try read("kode,nama,penduduk\n65.02.01,Fa\"jar,1\n65.02.02,b,2\n65.02.03,c,3")
        #expect(report.counts == RowCounts(read: 3, accepted: 2, rejected: 1))
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):2:2: malformed quotes (libcsv: error parsing data while strict checking enabled)"
                    + " — quote the whole cell and double any quote inside it (\"\"), or remove the stray quote"
            ])
        #expect(rows.map { $0[0] } == ["65.02.02", "65.02.03"])
    }

    @Test("a malformed row that spans lines is reported at its first line; the hint names where the quoting breaks")
    func malformedQuoteSpanningLines() throws {
        let (report, rows, path) = try read(
            "kode,nama,penduduk\n65.02.01,a,1\n65.02.02,\"Pujungan\nHulu\"x,2\n65.02.03,c,3\n")
        #expect(report.counts == RowCounts(read: 3, accepted: 2, rejected: 1))
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):3:2: malformed quotes (libcsv: error parsing data while strict checking enabled)"
                    + " — a quoted cell runs from line 3 to line 4, where the quoting breaks: quote the whole cell"
                    + " and double any quote inside it (\"\"), or remove the stray quote"
            ])
        #expect(rows.map { $0[0] } == ["65.02.01", "65.02.03"])
    }

    @Test("a row that spans lines and is rejected for a cell is reported at its first line")
    func rejectedCellSpanningLines() throws {
        let (report, rows, path) = try read(
            "kode,penduduk,nama\n65.02.01,1,\"Pujungan\nHulu\"\n65.02.02,\"1\n2\",bad\n65.02.03,3,c\n")
        #expect(report.counts == RowCounts(read: 3, accepted: 2, rejected: 1))
        #expect(report.rejects.map(\.rendered) == ["\(path):4:3: nama: bad (\"bad\") — write a good name"])
        #expect(rows == [["65.02.01", "Pujungan\nHulu", "1"], ["65.02.03", "c", "3"]])
    }

    @Test("a file that is not UTF-8 is read as Windows-1252, with a warning naming the first bad line")
    func windows1252() throws {
        let bytes =
            Array("kode,nama\n65.02.01,Mentarang\n65.02.02,Sangg".utf8) + [0xE9]
            + Array("\n65.02.03,Pu".utf8) + [0x96] + Array("lau\n".utf8)
        let (report, rows, path) = try read(bytes: bytes)
        #expect(report.counts == RowCounts(read: 3, accepted: 3, rejected: 0, skipped: 0))
        #expect(rows.map { $0[1] } == ["Mentarang", "Sangg\u{E9}", "Pu\u{2013}lau"])
        #expect(
            report.warnings.map(\.rendered) == [
                "\(path):3: not valid UTF-8 (first bad byte on this line); read as Windows-1252"
                    + " — check the names, and save the file as UTF-8 (Excel: CSV UTF-8)"
            ])
    }

    @Test("an unterminated quote at the end of the file is fatal; the rows before it stay counted")
    func unterminatedQuote() throws {
        let (report, rows, path) = try read("kode,nama,penduduk\n65.02.01,a,1\n\n65.02.02,\"b,2\n65.02.03,c,3\n")
        let expected = IngestionError.csv(
            .unterminatedQuote(
                path: path, line: 4, column: 2, libcsvMessage: "error parsing data while strict checking enabled"))
        #expect(report.fatal == expected)
        #expect(
            report.fatal?.description
                == "\(path):4:2: unterminated quoted field (libcsv: error parsing data while strict checking enabled)"
                + " — close the quote that opens here, or remove it")
        #expect(report.counts == RowCounts(read: 2, accepted: 1, rejected: 0, skipped: 1))
        #expect(rows.count == 1)
    }

    @Test("an unterminated quote in a row that spans lines is fatal at the row's first line, not the quote's")
    func unterminatedQuoteSpanningLines() throws {
        let (report, rows, path) = try read(
            "kode,nama,penduduk\n65.02.01,a,1\n65.02.02,\"Hulu\nHilir\",\"2\n65.02.03,c,3\n")
        #expect(
            report.fatal?.description
                == "\(path):3:3: unterminated quoted field (libcsv: error parsing data while strict checking enabled)"
                + " — close the quote that opens here, or remove it")
        #expect(report.counts == RowCounts(read: 1, accepted: 1))
        #expect(rows.count == 1)
    }

    @Test("a stray quote in a header that spans lines is fatal at the header's first line")
    func malformedHeaderSpanningLines() throws {
        let (report, _, path) = try read("\nkode,\"na\nma\"x,penduduk\n65.02.01,Mentarang,5978\n")
        #expect(
            report.fatal?.description
                == "\(path):2:2: malformed quotes in the header line (libcsv: error parsing data while strict checking"
                + " enabled) — quote the whole column name and double any quote inside it, or remove the stray quote")
    }

    @Test("a missing file is fatal and flagged as missing")
    func missingFile() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = folder.missing("absent.csv")
        let report = TableReader(path: path, role: .roster, schema: Self.schema, delimiter: nil).read { _ in }
        #expect(report.fatal == .csv(.fileNotFound(path: path)))
        #expect(report.fatal?.exitStatus == .inputMissing)
        #expect(report.fatal?.description == "\(path): file not found — check the file name and the folder it is in")
        #expect(report.csv == nil)
    }

    @Test("a forced delimiter overrides detection")
    func forcedDelimiter() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write("t.csv", "kode|nama;penduduk;x\n65.02.01|a;b;c\n")
        var codes: [String?] = []
        let report = TableReader(path: path, role: .population, schema: Self.schema, delimiter: UInt8(ascii: "|"))
            .read { row throws(RowRejection) in codes.append(row.text(0)) }
        #expect(report.counts == RowCounts(read: 1, accepted: 1))
        #expect(codes == ["65.02.01"])
        #expect(report.notes.map(\.reason) == ["columns ignored: nama;penduduk;x"])
    }

    @Test("the Windows-1252 warning is kept when the same file later hits a fatal error")
    func windows1252ThenFatal() throws {
        let bytes = Array("kode,nama\n65.02.01,Sangg".utf8) + [0xE9] + Array("\n65.02.02,\"B\n".utf8)
        let (report, _, path) = try read(bytes: bytes)
        #expect(report.fatal?.description.hasPrefix("\(path):3:2: unterminated quoted field") == true)
        #expect(
            report.warnings.map(\.rendered) == [
                "\(path):2: not valid UTF-8 (first bad byte on this line); read as Windows-1252"
                    + " — check the names, and save the file as UTF-8 (Excel: CSV UTF-8)"
            ])
    }

    @Test("a stray quote in the header line is fatal, with its own message")
    func malformedHeader() throws {
        let (report, rows, path) = try read("kode,\"nama\"x,penduduk\n65.02.01,Mentarang,5978\n")
        #expect(rows.isEmpty)
        #expect(
            report.fatal?.description
                == "\(path):1:2: malformed quotes in the header line (libcsv: error parsing data while strict checking"
                + " enabled) — quote the whole column name and double any quote inside it, or remove the stray quote")
    }
}
