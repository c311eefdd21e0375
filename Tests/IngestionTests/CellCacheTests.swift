import CapplanTestSupport
import Testing

@testable import Ingestion

/// `CellCache` and the cached cell parsing of the roster: a cached result is exactly the String parser's.
@Suite("CellCache: parse results by cell bytes")
struct CellCacheTests {
    /// Looks `text` up in `cache`, counting the parses in `parses`.
    private func lookup(_ cache: inout CellCache<String>, _ text: String, parses: inout Int) -> String {
        Array(text.utf8).withUnsafeBytes { bytes in
            cache.value(for: bytes) {
                parses += 1
                return "parsed " + text
            }
        }
    }

    @Test("a cell up to 16 bytes is parsed once; equal bytes give the cached value, others their own")
    func cachesShortCells() {
        var cache = CellCache<String>()
        var parses = 0
        let cells = ["", "a", "a\0", "TKSK", "65.02.01", "2023-05-17", "0123456789abcdef"]
        for _ in 0..<3 {
            for cell in cells { #expect(lookup(&cache, cell, parses: &parses) == "parsed " + cell) }
        }
        #expect(parses == cells.count)
        #expect(cache.count == cells.count)
    }

    @Test("a cell longer than 16 bytes is parsed every time and never cached")
    func longCellsAreNotCached() {
        var cache = CellCache<String>()
        var parses = 0
        let long = "Tenaga Kesejahteraan Sosial Kecamatan"
        #expect(lookup(&cache, long, parses: &parses) == "parsed " + long)
        #expect(lookup(&cache, long, parses: &parses) == "parsed " + long)
        #expect(parses == 2)
        #expect(cache.count == 0)
    }

    @Test("past its capacity limit the cache parses new cells without keeping them; old ones stay cached")
    func capacityLimit() {
        var cache = CellCache<String>(capacityLimit: 100)
        var parses = 0
        for number in 0..<1_000 { #expect(lookup(&cache, "\(number)", parses: &parses) == "parsed \(number)") }
        #expect(cache.count == 100)
        #expect(parses == 1_000)
        for number in 0..<1_000 { #expect(lookup(&cache, "\(number)", parses: &parses) == "parsed \(number)") }
        #expect(parses == 1_900)
    }

    /// Odd cells for every cached roster column: whitespace, BOM, no-break space, case, combining marks,
    /// full-width digits, long cells, dates that do not exist, years in the future.
    static let oddCells = [
        "TKSK", "PSM", " tksk ", "psm", "\u{FEFF}TKSK", "Tksk\u{00A0}", "Pekerja  Sosial Masyarakat", "T K S K",
        "65.02.01", "650201", " 65.02.01 ", "65.2.1", "65.02.01.2001", "65.02", "6502010", "650201.0",
        "65.01.04", "６５.０２.０１", "aktif", "Non  Aktif", "nonaktif", "NONAKTIF", "ya", "x", "tidak aktif ",
        "2020", " 2020", "2020-02-30", "2020-02-29", "17/5/2023", "31/4/2023", "2027", "1899", "２０２０",
        "e\u{301}", "é", "2023-05-17\u{00A0}", "\t2019\t", "0", "1",
    ]

    @Test("roster: every odd cell, twice, gives the String parser's value or rejection, in every column")
    func rosterMatchesStringParsers() throws {
        let resolver = KecamatanResolver(regions: nil, known: [kec("65.02.01"), kec("65.01.04")])
        let header = "id,peran,kode_kecamatan,status,tahun_mulai,kebijakan_sosial"
        let valid = ["TKSK", "65.02.01", "aktif", "2019", "2020"]
        var lines = [header]
        var cases: [(column: Int, cell: String)] = []
        for column in valid.indices {
            for cell in Self.oddCells {
                for _ in 0..<2 {
                    var cells = valid
                    cells[column] = cell
                    let quoted = cells.map { "\"" + $0.replacing("\"", with: "\"\"") + "\"" }
                    lines.append((["W\(lines.count)"] + quoted).joined(separator: ","))
                    cases.append((column, cell))
                }
            }
        }
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write("roster.csv", lines.joined(separator: "\n") + "\n")
        let reader = RosterReader(
            moduleIDs: ["kebijakan_sosial"], resolver: resolver, currentYear: 2026, delimiter: nil)
        let (table, report) = reader.read(path)

        let names = ["peran", "kode_kecamatan", "status", "tahun_mulai", "kebijakan_sosial"]
        let shapes: [CellShape] = [.word, .code, .word, .year, .date]
        var rejects = report.rejects[...]
        var accepted = 0
        for (row, (column, cell)) in cases.enumerated() {
            let failure: ValueError?
            switch column {
            case 0: failure = Role.parse(cell).failure
            case 1: failure = resolver.parse(cell).failure
            case 2: failure = StatusParser.parse(cell).failure
            case 3: failure = YearParser.parse(cell).failure
            default: failure = CompletionYearParser.parse(cell, currentYear: 2026).failure
            }
            if let failure, !cell.isEmpty {
                let next = rejects.popFirst()
                let reject = try #require(next)
                #expect(reject.line == row + 2)
                #expect(reject.reason == "\(names[column]): \(failure.reason)")
                #expect(reject.hint == failure.hint)
                #expect(reject.value == CellEcho.echo(cell, expecting: shapes[column]).text)
                #expect(reject.column == column + 2)
                continue
            }
            let worker = table.workers[accepted]
            #expect(Int(worker.line) == row + 2)
            switch column {
            case 0: #expect(worker.role == (try Role.parse(cell).get()))
            case 1: #expect(worker.kecamatan == (try resolver.parse(cell).get()))
            case 2: #expect(worker.isActive == (try StatusParser.parse(cell).get()))
            case 3: #expect(worker.startYear == (try YearParser.parse(cell).get()))
            default:
                #expect(
                    table.completion(worker: accepted, module: 0)
                        == (try CompletionYearParser.parse(cell, currentYear: 2026).get()))
            }
            accepted += 1
        }
        #expect(rejects.isEmpty)
        #expect(accepted == table.workers.count)
        #expect(report.counts.read == cases.count)
    }
}

extension Result {
    /// The error, or nil on success.
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
