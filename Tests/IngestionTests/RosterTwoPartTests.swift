import CSVSupport
import CapplanTestSupport
import Foundation
import Testing

@testable import Ingestion

/// The roster parsed in two parts on two threads gives exactly what a serial read gives: the cut is
/// forced at many offsets of files with quoted line ends, CRLF, blank lines, rejects, malformed quotes
/// and duplicate IDs on both sides of it.
@Suite("RosterReader in two parts: identical to a serial read")
struct RosterTwoPartTests {
    static let modules = ["kebijakan_sosial", "komunikasi"]
    static let known: Set<KecamatanCode> = [kec("65.02.01"), kec("65.01.04"), kec("11.01.01")]

    /// A roster of `rows` rows from `seed`: mostly good rows, some bad cells, repeated IDs, quoted names
    /// holding line ends, blank lines, malformed quotes and rows of the wrong width; `crlf` ends lines with CRLF.
    static func roster(seed: UInt64, rows: Int, crlf: Bool) -> String {
        var random = SeededGenerator(seed: seed)
        let end = crlf ? "\r\n" : "\n"
        var text = "id,nama,peran,kode_kecamatan,status,tahun_mulai,kebijakan_sosial,komunikasi" + end
        var ids: [String] = []
        for number in 0..<rows {
            let roll = Int.random(in: 0..<100, using: &random)
            var id = "W\(number)"
            if roll < 12, let earlier = ids.suffix(roll < 2 ? ids.count : 4).randomElement(using: &random) {
                id = earlier
            }
            ids.append(id)
            let name: String
            switch Int.random(in: 0..<10, using: &random) {
            case 0: name = "\"Nama\nDua Baris\""
            case 1: name = "\"Nama\r\nCRLF, koma\""
            case 2: name = "\"Kutip \"\"dalam\"\"\""
            default: name = "Nama \(number)"
            }
            let role = ["TKSK", "PSM", "psm", "guru", "", "Tenaga Kesejahteraan Sosial Kecamatan"][
                Int.random(in: 0..<6, using: &random) < 4
                    ? Int.random(in: 0..<2, using: &random) : Int.random(in: 2..<6, using: &random)]
            let code = ["65.02.01", "650104", "11.01.01", "99.99.99", "65.2.1", ""][
                Int.random(in: 0..<10, using: &random) < 8
                    ? Int.random(in: 0..<3, using: &random) : Int.random(in: 3..<6, using: &random)]
            let status = ["aktif", "nonaktif", "", "mungkin"][Int.random(in: 0..<4, using: &random)]
            let year = ["2019", "", "1800", "20x"][
                Int.random(in: 0..<10, using: &random) < 8 ? 0 : Int.random(in: 1..<4, using: &random)]
            let completions = ["2020", "", "2023-05-17", "17/5/2023", "2099", "2023-02-30"]
            let first = completions[Int.random(in: 0..<completions.count, using: &random)]
            let second = completions[Int.random(in: 0..<completions.count, using: &random)]
            var line = [id, name, role, code, status, year, first, second].joined(separator: ",")
            switch Int.random(in: 0..<60, using: &random) {
            case 0: line = "W\(number),Na\"ma,TKSK,65.02.01,aktif,2019,2020,"  // malformed quote
            case 1: line = "W\(number),TKSK,65.02.01"  // wrong width
            case 2: line = ""  // blank line
            case 3: line = ",Tanpa ID,TKSK,65.02.01,aktif,2019,2020,"  // empty id
            default: break
            }
            text += line + end
        }
        return text
    }

    /// Reads `path` serially and with the cut at `offset`, and checks every output is the same.
    private func compare(_ path: String, offset: Int?, keepNames: Bool = false) -> Int {
        var reader = RosterReader(
            moduleIDs: Self.modules, resolver: KecamatanResolver(regions: nil, known: Self.known), currentYear: 2026,
            delimiter: nil, keepNames: keepNames)
        reader.parallelThreshold = nil
        let (serialTable, serialReport, serialParts) = reader.readCountingParts(path)
        #expect(serialParts == 1)
        reader.splitOffset = offset
        reader.parallelThreshold = offset == nil ? 1 : nil
        let (table, report, parts) = reader.readCountingParts(path)
        #expect(table.workers == serialTable.workers)
        #expect(table.ids == serialTable.ids)
        #expect(table.names == serialTable.names)
        #expect(
            table.workers.indices.map { Array(table.completionYears(of: $0)) }
                == serialTable.workers.indices.map { Array(serialTable.completionYears(of: $0)) })
        #expect(report.counts == serialReport.counts)
        #expect(report.rejects == serialReport.rejects)
        #expect(report.warnings == serialReport.warnings)
        #expect(report.notes == serialReport.notes)
        #expect(report.csv == serialReport.csv)
        #expect(report.fatal == serialReport.fatal)
        return parts
    }

    @Test("seeded rosters, LF and CRLF, cut at offsets all through the file", arguments: [1, 2, 3, 4])
    func seeded(seed: UInt64) throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let text = Self.roster(seed: seed, rows: 400, crlf: seed % 2 == 0)
        let path = try folder.write("roster.csv", text)
        var twoParts = 0
        let size = text.utf8.count
        for offset in stride(from: 0, through: size + 1, by: max(1, size / 97)) {
            twoParts += compare(path, offset: offset, keepNames: seed == 3) == 2 ? 1 : 0
        }
        _ = compare(path, offset: nil)  // threshold 1: cut in the middle
        // A stray quote flips the prescan's parity for the rest of the file, so some cuts fall back.
        #expect(twoParts > 5)
    }

    @Test("a large clean roster is cut in the middle by the size threshold")
    func threshold() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        var text = "id,nama,peran,kode_kecamatan,status,tahun_mulai,kebijakan_sosial,komunikasi\n"
        for number in 0..<3_000 {
            text += "W\(number - number % 2 * (number < 200 ? 1 : 0)),\"N\n\(number)\",PSM,65.01.04,aktif,2019,2020,\n"
        }
        let path = try folder.write("roster.csv", text)
        #expect(compare(path, offset: nil) == 2)
        var reader = RosterReader(
            moduleIDs: Self.modules, resolver: KecamatanResolver(regions: nil, known: Self.known), currentYear: 2026,
            delimiter: nil)
        reader.parallelThreshold = text.utf8.count + 1
        #expect(reader.readCountingParts(path).parts == 1)
        reader.parallelThreshold = text.utf8.count
        let (table, report, parts) = reader.readCountingParts(path)
        #expect(parts == 2)
        #expect(table.workers.count == 2_900)
        #expect(report.rejects.count == 100)
        #expect(report.rejects.first?.reason == "id: duplicate of line 2 in \(path)")
        #expect(report.rejects.first?.line == 4)
        #expect(report.rejects.last?.line == 2 + 2 * 199)
    }

    @Test("a duplicate across the cut: the file is read serially, naming the first part's line")
    func duplicateAcrossTheCut() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let header = "id,peran,kode_kecamatan\n"
        let firstPart = "A,TKSK,65.02.01\nB,guru,65.02.01\n"
        let secondPart =
            "A,PSM,65.01.04\nA,guru,65.01.04\nB,PSM,65.02.01\nB,PSM,65.02.01\nC,TKSK,99.99.99\nC,TKSK,65.02.01\n"
        let path = try folder.write("roster.csv", header + firstPart + secondPart)
        let offset = (header + firstPart).utf8.count
        #expect(compare(path, offset: offset) == 1)
        let reader = RosterReader(
            moduleIDs: [], resolver: KecamatanResolver(regions: nil, known: Self.known), currentYear: 2026,
            delimiter: nil, splitOffset: offset)
        let (table, report, _) = reader.readCountingParts(path)
        #expect(table.ids == ["A", "B", "C"])
        #expect(table.workers.map(\.line) == [2, 6, 9])
        #expect(
            report.rejects.map { "\($0.line!) \($0.reason) \($0.kecamatan.map(\.description) ?? "-")" } == [
                "3 peran: unknown role 65.02.01", "4 id: duplicate of line 2 in \(path) 65.01.04",
                "5 id: duplicate of line 2 in \(path) 65.01.04", "7 id: duplicate of line 6 in \(path) 65.02.01",
                "8 kode_kecamatan: unknown kecamatan code (not in the population data) -",
            ])
        #expect(report.counts == RowCounts(read: 8, accepted: 3, rejected: 5))
    }

    @Test("a second-part row rejected for another cell, whose ID the first part accepted, is a conflict too")
    func rejectedRowConflicts() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let head = "id,peran,kode_kecamatan\nA,TKSK,65.02.01\n"
        let path = try folder.write("roster.csv", head + "B,PSM,65.02.01\nA,guru,65.02.01\n")
        #expect(compare(path, offset: head.utf8.count) == 1)
        let clean = try folder.write("clean.csv", head + "B,PSM,65.02.01\nC,guru,65.02.01\n")
        #expect(compare(clean, offset: head.utf8.count) == 2)
    }

    @Test("a cut inside a quoted field, or in a file whose quoting fools the prescan, falls back to one part")
    func fallback() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        // The stray quote on line 2 makes the prescan think lines 3–4 are quoted and line 5 is not.
        let text =
            "id,nama,peran,kode_kecamatan\nW1,Na\"ma,TKSK,65.02.01\nW2,x,TKSK,65.02.01\nW3,\"a\nb\",PSM,65.02.01\nW4,y,PSM,65.01.04\n"
        let path = try folder.write("roster.csv", text)
        for offset in 0...text.utf8.count { _ = compare(path, offset: offset) }
    }

    @Test("an unterminated quote at the end is the same fatal error, with the same line, in two parts")
    func fatalInSecondPart() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let text = "id,peran,kode_kecamatan\nW1,TKSK,65.02.01\nW2,TKSK,65.02.01\nW3,\"TKSK,65.02.01\nW4,PSM,65.01.04\n"
        let path = try folder.write("roster.csv", text)
        #expect(compare(path, offset: 30) == 2)
        for offset in 0...text.utf8.count { _ = compare(path, offset: offset) }
    }

    @Test("rows with cells over 1,000 characters on both sides of the cut, and a cell over 65,536 bytes")
    func longCells() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let long = String(repeating: "n", count: 2_000)
        var text = "id,nama,peran,kode_kecamatan\n"
        for number in 0..<40 {
            let name = number % 7 == 3 ? "\"\(long)\nx\"" : number % 5 == 1 ? long : "Nama \(number)"
            let role = number % 11 == 4 ? String(repeating: "P", count: 1_001) : "PSM"
            text += "W\(number % 13 == 12 ? 1 : number),\(name),\(role),65.02.01\n"
        }
        let path = try folder.write("roster.csv", text)
        var twoParts = 0
        let size = text.utf8.count
        for offset in stride(from: 0, through: size + 1, by: max(1, size / 61)) {
            twoParts += compare(path, offset: offset, keepNames: offset % 2 == 0) == 2 ? 1 : 0
        }
        #expect(twoParts > 5)
        let huge = text + "W99,\"\(String(repeating: "z", count: 70_000))\",PSM,65.02.01\nW100,x,PSM,65.02.01\n"
        let hugePath = try folder.write("huge.csv", huge)
        for offset in stride(from: 0, through: huge.utf8.count + 1, by: max(1, huge.utf8.count / 29)) {
            _ = compare(hugePath, offset: offset)
        }
        #expect(compare(hugePath, offset: size) == 2)
    }

    @Test("rows that span lines are reported at their first line, before and after the cut")
    func spanningRows() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let rows =
            "W1,\"Budi\nSanto\"x,TKSK,65.02.01,aktif\nW2,\"Citra\nDewi\",TKSK,65.02.01\n"
            + "W3,\"Eka\nFitri\",TKSK,65.02.01,mungkin\nW4,Gani,PSM,65.01.04,aktif\n"
        let header = "id,nama,peran,kode_kecamatan,status\nW0,Ani,TKSK,65.02.01,aktif\n"
        let text = header + rows + rows.replacing("W", with: "V")
        let path = try folder.write("roster.csv", text)
        var twoParts = 0
        for offset in 0...text.utf8.count {
            twoParts += compare(path, offset: offset) == 2 ? 1 : 0
        }
        #expect(twoParts > 10)
        let breaks = "error parsing data while strict checking enabled"
        let expected = [3, 10].flatMap { line in
            [
                "\(path):\(line):2: malformed quotes (libcsv: \(breaks)) — a quoted cell runs from line \(line) to line"
                    + " \(line + 1), where the quoting breaks: quote the whole cell and double any quote inside it (\"\"),"
                    + " or remove the stray quote",
                "\(path):\(line + 2): row has 4 fields, the header has 5 — a quoted cell runs from line \(line + 2) to"
                    + " line \(line + 3): look for a stray quote",
                "\(path):\(line + 4):5: status: unknown status (\"mungkin\") — write aktif or nonaktif"
                    + " (also: active, inactive, ya, tidak, 1, 0)",
            ]
        }
        // Cut between the two copies: the second copy's rows are read by the second part.
        let reader = RosterReader(
            moduleIDs: [], resolver: KecamatanResolver(regions: nil, known: Self.known), currentYear: 2026,
            delimiter: nil, splitOffset: (header + rows).utf8.count)
        let (table, report, parts) = reader.readCountingParts(path)
        #expect(parts == 2)
        #expect(report.rejects.map(\.rendered) == expected)
        #expect(table.ids == ["W0", "W4", "V4"])
    }

    @Test("an unterminated quote in a row that spans lines: the row's first line, in one part or two")
    func unterminatedSpanningRow() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let text = "id,nama,peran,kode_kecamatan\nW1,x,TKSK,65.02.01\nW2,y,TKSK,65.02.01\nW3,\"a\nb\",\"TKSK,65.02.01\n"
        let path = try folder.write("roster.csv", text)
        for offset in 0...text.utf8.count { _ = compare(path, offset: offset) }
        let reader = RosterReader(
            moduleIDs: [], resolver: KecamatanResolver(regions: nil, known: Self.known), currentYear: 2026,
            delimiter: nil, splitOffset: 50)
        let (_, report, parts) = reader.readCountingParts(path)
        #expect(parts == 2)
        #expect(
            report.fatal?.description
                == "\(path):4:3: unterminated quoted field (libcsv: error parsing data while strict checking enabled)"
                + " — close the quote that opens here, or remove it")
    }

    @Test("Windows-1252 bytes, a missing last line end and a header after blank lines")
    func oddFiles() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        var bytes = Array("\n\nid,nama,peran,kode_kecamatan\r\nW1,Jos".utf8) + [0xE9]
        bytes += Array(",TKSK,65.02.01\r\nW2,x,PSM,65.01.04\r\nW1,y,PSM,65.01.04\r\nW3,z,PSM,65.01.04".utf8)
        let path = try folder.write("roster.csv", bytes: bytes)
        var twoParts = 0
        for offset in 0...bytes.count {
            twoParts += compare(path, offset: offset, keepNames: true) == 2 ? 1 : 0
        }
        #expect(twoParts > 10)
    }

    @Test("the parts' sizes are estimated from the cut: lines before it, and as many lines per byte after it")
    func expectedRows() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let text = "id,peran\n" + (0..<100).map { "W\(1000 + $0),TKSK\n" }.joined()
        #expect(text.utf8.count == 1_109)
        let path = try folder.write("roster.csv", text)
        let prescan = try CSVReader(path: path).prescan(splitTarget: { _ in 500 })
        let split = try #require(prescan.split)
        #expect(split == CSVSplit(offset: 504, linesBefore: 46))
        let rows = TableReader.expectedRows(prescan, split)
        #expect(rows.first == 46 && rows.second == 55)
        #expect(TableReader.withMargin(55) == 125)
        #expect(TableReader.withMargin(0) == 64)
    }
}
