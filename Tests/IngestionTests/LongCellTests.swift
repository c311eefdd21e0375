import CSVSupport
import CapplanTestSupport
import Foundation
import Testing

@testable import Ingestion

/// A cell longer than 1,000 characters rejects its row without being shown; one longer than 65,536 bytes stops the
/// file (docs/INPUTS.md "Bounds").
@Suite("TableReader: long cells")
struct LongCellTests {
    static let schema = TableSchema([
        ColumnSpec("kode_kecamatan", aliases: ["kode"], required: true, shape: .code),
        ColumnSpec("kecamatan"),
    ])

    /// Reads `bytes` with the schema above, accepting every row the reader hands over.
    private func read(bytes: [UInt8]) throws -> (report: FileReport, rows: [String?], path: String) {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write("table.csv", bytes: bytes)
        var rows: [String?] = []
        let report = TableReader(path: path, role: .regions, schema: Self.schema, delimiter: nil).read {
            row throws(RowRejection) in
            rows.append(row.text(1))
        }
        #expect(report.counts.balances)
        return (report, rows, path)
    }

    @Test("1,000 characters are read; 1,001 reject the row, described by their count only")
    func rejected() throws {
        let fits = String(repeating: "Tanjung ", count: 124) + "Selatan!"
        let long = fits + "X"
        let text =
            "kode,kecamatan,catatan\n65.01.01,\(fits),\n65.01.02,\(long),\n65.01.03,\"\(long)\",\n65.01.04,A,\(long)\n"
        let (report, rows, path) = try read(bytes: Array(text.utf8))
        #expect(rows == [fits])
        #expect(report.counts == RowCounts(read: 4, accepted: 1, rejected: 3))
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):3:2: kecamatan: longer than 1,000 characters (a value of 1,001 characters, not shown) — no "
                    + "name, code or number is that long: look for a quote closed too late, or shorten the cell",
                "\(path):4:2: kecamatan: longer than 1,000 characters (a value of 1,001 characters, not shown) — no "
                    + "name, code or number is that long: look for a quote closed too late, or shorten the cell",
                "\(path):5:3: longer than 1,000 characters (a value of 1,001 characters, not shown) — no name, code or "
                    + "number is that long: look for a quote closed too late, or shorten the cell",
            ])
        #expect(report.rejects.allSatisfy { !$0.valueShown && $0.value == "a value of 1,001 characters, not shown" })
        #expect(report.fatal == nil)
    }

    @Test("characters are Unicode scalars: 1,000 é (2,000 bytes) are read, in UTF-8 as in Windows-1252")
    func scalars() throws {
        let utf8 =
            "kode,kecamatan\n65.01.01,\(String(repeating: "é", count: 1_000))\n"
            + "65.01.02,\(String(repeating: "é", count: 2_000))\n"
        let (report, rows, _) = try read(bytes: Array(utf8.utf8))
        #expect(rows == [String(repeating: "é", count: 1_000)])
        #expect(report.rejects.map(\.value) == ["a value of 2,000 characters, not shown"])
        let latin =
            Array("kode,kecamatan\n65.01.01,".utf8) + Array(repeating: 0xE9, count: 1_000)
            + Array("\n65.01.02,".utf8) + Array(repeating: 0xE9, count: 1_001) + [10]
        let (latinReport, latinRows, _) = try read(bytes: latin)
        #expect(latinRows == [String(repeating: "é", count: 1_000)])
        #expect(latinReport.rejects.map(\.value) == ["a value of 1,001 characters, not shown"])
    }

    @Test("a cell over 65,536 bytes stops the file, the rows before it counted")
    func fatal() throws {
        let text = "kode,kecamatan\n65.01.01,A\n65.01.02,\(String(repeating: "x", count: 10_000_000))\n65.01.03,C\n"
        let (report, rows, path) = try read(bytes: Array(text.utf8))
        #expect(rows == ["A"])
        #expect(report.counts == RowCounts(read: 1, accepted: 1))
        #expect(report.fatal == .csv(.cellTooLong(path: path, line: 3, column: 2, limit: 65_536)))
        #expect(
            report.fatal?.description
                == "\(path):3:2: a cell longer than 65,536 bytes, which no input of capplan holds — check that this is "
                + "the right file, and look for a quote that opens here and is never closed")
    }
}
