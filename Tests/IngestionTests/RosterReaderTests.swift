import CapplanTestSupport
import Foundation
import Testing

@testable import Ingestion

@Suite("RosterReader (docs/INPUTS.md, Roster)")
struct RosterReaderTests {
    static let modules = ["kebijakan_sosial", "komunikasi", "penanganan_kasus"]
    static let known: Set<KecamatanCode> = [kec("65.02.01"), kec("65.01.04")]

    /// Reads a roster checked against `known` (no master list), current year 2026.
    private func read(_ text: String, currentYear: Int = 2026) throws -> (RosterTable, FileReport, String) {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write("roster.csv", text)
        let reader = RosterReader(
            moduleIDs: Self.modules, resolver: KecamatanResolver(regions: nil, known: Self.known),
            currentYear: currentYear, delimiter: nil)
        let (table, report) = reader.read(path)
        return (table, report, path)
    }

    @Test(
        "role spellings, including the full names",
        arguments: [
            ("TKSK", Role.tksk), ("tksk", .tksk), ("Tenaga Kesejahteraan Sosial Kecamatan", .tksk),
            ("tenaga  kesejahteraan sosial KECAMATAN", .tksk), ("PSM", .psm), ("psm", .psm),
            ("Pekerja Sosial Masyarakat", .psm), ("PEKERJA SOSIAL MASYARAKAT", .psm),
        ])
    func roles(cell: String, role: Role) throws {
        let (table, report, _) = try read("id,peran,kode_kecamatan\nW1,\(cell),65.02.01\n")
        #expect(report.counts == RowCounts(read: 1, accepted: 1))
        #expect(table.workers.map(\.role) == [role])
    }

    @Test(
        "the role, kode and status columns under their aliases",
        arguments: [
            "id,peran,kode_kecamatan,status,tahun_mulai", "ID Pekerja,Role,Kode,Aktif,Start Year",
            "worker_id,Jabatan,Kode Wilayah,Active,start_year", "No,PERAN,KD_KEC,status,Tahun-Mulai",
            "no,peran,District Code,status,tahun mulai",
        ])
    func aliases(header: String) throws {
        let (table, report, _) = try read("\(header)\nW1,PSM,65.01.04,nonaktif,2019\n")
        #expect(report.diagnostics.isEmpty)
        #expect(table.ids == ["W1"])
        #expect(
            table.workers == [
                Worker(kecamatan: kec("65.01.04"), role: .psm, isActive: false, startYear: 2019, line: 2)
            ])
    }

    @Test(
        "status: blank or absent is active; every flag spelling",
        arguments: [
            ("", true), ("aktif", true), ("Active", true), ("ya", true), ("Y", true), ("1", true), ("TRUE", true),
            ("nonaktif", false), ("Tidak Aktif", false), ("inactive", false), ("tidak", false), ("n", false),
            ("0", false), ("false", false),
        ])
    func status(cell: String, active: Bool) throws {
        let (table, report, _) = try read("id,peran,kode,status\nW1,TKSK,65.02.01,\(cell)\n")
        #expect(report.counts == RowCounts(read: 1, accepted: 1))
        #expect(table.workers.map(\.isActive) == [active])
    }

    @Test("no status column: every worker is active; no tahun_mulai: start year nil")
    func defaults() throws {
        let (table, _, _) = try read("id,peran,kode\nW1,TKSK,65.02.01\nW2,PSM,65.01.04\n")
        #expect(table.workers.map(\.isActive) == [true, true])
        #expect(table.workers.map(\.startYear) == [nil, nil])
        #expect(table.workers.map(\.line) == [2, 3])
        #expect(table.completion(worker: 1, module: 2) == nil)
    }

    /// A cell seen before is read from a cache of the values that parsed; a bad cell is never cached
    /// there, so its second row is rejected with the same words as its first, and a good cell after a
    /// bad one in the same column still reads.
    @Test("repeated good and bad cells read the same the first and the second time")
    func repeatedCells() throws {
        let (table, report, path) = try read(
            """
            id,peran,kode,status,tahun_mulai,komunikasi
            W1,TKSK,65.02.01,aktif,2015,2020
            W2,tksk!,65.02.01,aktif,2015,2020
            W3,TKSK,65.02.01,aktif,2015,2020
            W4,tksk!,65.02.01,aktif,2015,2020
            W5,PSM,65.01.04,nonaktif,,2031
            W6,PSM,65.01.04,nonaktif,,2021
            W7,PSM,65.01.04,nonaktif,,2031
            W8,PSM,65.01.04,nonaktif,2016,
            """)
        #expect(report.counts == RowCounts(read: 8, accepted: 4, rejected: 4))
        #expect(table.workers.map(\.line) == [2, 4, 7, 9])
        #expect(table.workers.map(\.role) == [.tksk, .tksk, .psm, .psm])
        #expect(table.workers.map(\.isActive) == [true, true, false, false])
        #expect(table.workers.map(\.startYear) == [2015, 2015, nil, 2016])
        #expect(table.workers.map(\.kecamatan) == [kec("65.02.01"), kec("65.02.01"), kec("65.01.04"), kec("65.01.04")])
        #expect(
            (0..<4).map { Array(table.completionYears(of: $0)) } == [
                [0, 2020, 0], [0, 2020, 0], [0, 2021, 0], [0, 0, 0],
            ])
        let roleReject = try #require(report.rejects.first?.rendered)
        #expect(report.rejects.map(\.rendered)[1] == roleReject.replacingOccurrences(of: ":3:", with: ":5:"))
        let yearReject = report.rejects[2].rendered
        #expect(yearReject.hasPrefix("\(path):6:6: komunikasi: "))
        #expect(report.rejects[3].rendered == yearReject.replacingOccurrences(of: ":6:6:", with: ":8:6:"))
    }

    @Test("start year, and a bad status or start year rejects the row")
    func startYear() throws {
        let (table, report, path) = try read(
            """
            id,peran,kode,status,tahun_mulai
            W1,TKSK,65.02.01,,2015
            W2,PSM,65.02.01,,
            W3,PSM,65.02.01,,15
            W4,PSM,65.02.01,mungkin,2015
            """)
        #expect(report.counts == RowCounts(read: 4, accepted: 2, rejected: 2))
        #expect(table.workers.map(\.startYear) == [2015, nil])
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):4:5: tahun_mulai: year outside 1900–2100 (\"15\") — check the year: it must be from 1900 to 2100",
                "\(path):5:4: status: unknown status (\"mungkin\")"
                    + " — write aktif or nonaktif (also: active, inactive, ya, tidak, 1, 0)",
            ])
    }

    @Test(
        "module columns by id, by pelatihan_ + id, and folded spellings; the table keeps the config's order",
        arguments: [
            ("kebijakan_sosial,komunikasi,penanganan_kasus", [2021, 2022, 2023]),
            ("Pelatihan Kebijakan Sosial,Pelatihan_Komunikasi,Penanganan-Kasus", [2021, 2022, 2023]),
            ("KEBIJAKAN SOSIAL,pelatihan-komunikasi,Pelatihan.Penanganan.Kasus", [2021, 2022, 2023]),
            ("penanganan kasus,Kebijakan/Sosial,PELATIHAN  KOMUNIKASI", [2022, 2023, 2021]),
        ] as [(String, [Int?])])
    func moduleColumns(header: String, years: [Int?]) throws {
        let (table, report, _) = try read("id,peran,kode,\(header)\nW1,TKSK,65.02.01,2021,2022-03-14,17/5/2023\n")
        #expect(report.diagnostics.isEmpty)
        #expect(Self.modules.indices.map { table.completion(worker: 0, module: $0) } == years)
    }

    @Test(
        "completion as a year, an ISO date or D/M/YYYY; blank is never",
        arguments: [
            ("2023", 2023), ("2026", 2026), ("2023-05-17", 2023), ("2024-02-29", 2024), ("17/5/2023", 2023),
            ("01/12/2020", 2020), ("29/2/2024", 2024), (" 2019 ", 2019),
        ] as [(String, Int)])
    func completionForms(cell: String, year: Int) throws {
        let (table, report, _) = try read("id,peran,kode,komunikasi\nW1,TKSK,65.02.01,\"\(cell)\"\nW2,PSM,65.02.01,\n")
        #expect(report.counts == RowCounts(read: 2, accepted: 2))
        #expect(table.completion(worker: 0, module: 1) == year)
        #expect(table.completion(worker: 0, module: 0) == nil)
        #expect(table.completion(worker: 1, module: 1) == nil)
    }

    @Test(
        "a completion after the current year, a date that does not exist, or not a date is rejected",
        arguments: [
            (
                "2027", "completion year is after the current year (2026)",
                "check the year: a module cannot be completed in the future"
            ),
            (
                "1/1/2027", "completion year is after the current year (2026)",
                "check the year: a module cannot be completed in the future"
            ),
            (
                "31/2/2023", "date does not exist",
                "check day and month: dates are written YYYY-MM-DD or D/M/YYYY, day first"
            ),
            (
                "2023-13-01", "date does not exist",
                "check day and month: dates are written YYYY-MM-DD or D/M/YYYY, day first"
            ),
            (
                "5/17/2023", "date does not exist",
                "check day and month: dates are written YYYY-MM-DD or D/M/YYYY, day first"
            ),
            ("ya", "not a year or date", "write the year (2023) or the date (2023-05-17, or 17/5/2023 day first)"),
            ("1899", "completion year is before 1900", "check the year"),
        ])
    func completionRejected(cell: String, reason: String, hint: String) throws {
        let (table, report, path) = try read("id,peran,kode,komunikasi\nW1,TKSK,65.02.01,\(cell)\n")
        #expect(report.counts == RowCounts(read: 1, accepted: 0, rejected: 1))
        #expect(report.rejects.map(\.rendered) == ["\(path):2:4: komunikasi: \(reason) (\"\(cell)\") — \(hint)"])
        #expect(table.workers.isEmpty)
    }

    @Test("a duplicate id is rejected naming the first accepted line; a rejected row's id is free")
    func duplicateID() throws {
        let (table, report, path) = try read(
            """
            id,peran,kode
            W1,Pendamping,65.02.01
            W1,TKSK,65.02.01
            W2,PSM,65.01.04
            W1,PSM,65.01.04
            """)
        #expect(report.counts == RowCounts(read: 4, accepted: 2, rejected: 2))
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):2:2: peran: unknown role (\"Pendamping\") — write TKSK or PSM (or the full name:"
                    + " Tenaga Kesejahteraan Sosial Kecamatan, Pekerja Sosial Masyarakat)",
                "\(path):5:1: id: duplicate of line 3 in \(path) (\"W1\") — give every worker one row and a unique id",
            ])
        #expect(report.rejects.map(\.category) == ["peran: unknown role", "id: duplicate"])
        #expect(table.ids == ["W1", "W2"])
    }

    @Test("an unknown kecamatan is rejected, with and without a master list")
    func unknownKecamatan() throws {
        let (_, report, path) = try read("id,peran,kode\nW1,TKSK,65.09.09\nW2,TKSK,6501110\n")
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):2:3: kode_kecamatan: unknown kecamatan code (not in the population data) (\"65.09.09\")"
                    + " — check the code against the population data",
                "\(path):3:3: kode_kecamatan: BPS code cannot be translated: no regions file was read (\"6501110\")"
                    + " — name a usable regions file with a kode_bps column in the config, or use the Kemendagri code",
            ])
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let other = try folder.write("roster.csv", "id,peran,kode\nW1,TKSK,65.09.09\nW2,TKSK,6501110\n")
        let reader = RosterReader(
            moduleIDs: Self.modules,
            resolver: KecamatanResolver(regions: regionsTable([("65.02.01", "Mentarang", "6501110")]), known: nil),
            currentYear: 2026, delimiter: nil)
        let (table, withRegions) = reader.read(other)
        #expect(
            withRegions.rejects.map(\.rendered) == [
                "\(other):2:3: kode_kecamatan: unknown kecamatan code (not in the regions file) (\"65.09.09\")"
                    + " — check the code against the regions file"
            ])
        #expect(table.workers.map(\.kecamatan) == [kec("65.02.01")])
    }

    /// Names and national ID numbers in Fixtures/ingest/roster.csv.
    static let personalData = [
        "Agus", "Lawing", "Citra", "Sangg", "Budi", "Ajang", "Dewi", "Usat", "Eka", "Bilung", "Fajar", "Padan",
        "Gita", "Irang", "Hadi", "Lahang", "Indah", "Anyeq", "Joko", "Jalung", "Kurnia", "Ngau", "Lestari", "Maria",
        "6501010101800001", "6501010101800002",
    ]

    @Test("no diagnostic anywhere holds a name or a NIK; a reject's value is only the offending cell")
    func personalDataNeverShown() throws {
        let config = try PlanConfigLoader.load(path: Fixture.ingest("plan.toml"))
        let data = Ingestor.ingest(
            config: config,
            options: IngestionOptions(
                currentYear: 2026, scenarios: [Fixture.ingest("scenario.csv"), Fixture.ingest("scenario_misspelt.csv")])
        )
        let diagnostics = data.files.flatMap(\.diagnostics) + data.warnings
        #expect(diagnostics.count == 28)
        for diagnostic in diagnostics {
            let texts = [
                diagnostic.reason, diagnostic.value ?? "", diagnostic.hint, diagnostic.category, diagnostic.rendered,
                diagnostic.location,
            ]
            for text in texts {
                for word in Self.personalData {
                    #expect(!text.contains(word), "\(word) in \(diagnostic.rendered)")
                }
            }
        }
        for error in data.fatalErrors {
            for word in Self.personalData { #expect(!error.description.contains(word)) }
        }
        let roster = data.files.first { $0.role == .roster }!
        #expect(
            roster.rejects.map(\.value) == [
                "W002", "65.09.09", nil, "Pendamping", "mungkin", "2099", "31/2/2023", nil,
            ])
        #expect(roster.notes.map(\.reason) == ["column 'NIK' holds national ID numbers and is never read"])
    }

    @Test("the fixture roster: accepted workers, their codes translated, their completions")
    func fixtureRoster() throws {
        let config = try PlanConfigLoader.load(path: Fixture.ingest("plan.toml"))
        let data = Ingestor.ingest(config: config, options: IngestionOptions(currentYear: 2026))
        let roster = data.roster
        #expect(roster.ids == ["W001", "W002", "W003", "W010", "W012"])
        #expect(
            roster.workers == [
                Worker(kecamatan: kec("65.02.01"), role: .tksk, isActive: true, startYear: 2015, line: 2),
                Worker(kecamatan: kec("65.02.01"), role: .psm, isActive: true, startYear: nil, line: 3),
                Worker(kecamatan: kec("65.02.02"), role: .psm, isActive: false, startYear: 2018, line: 4),
                Worker(kecamatan: kec("65.01.04"), role: .psm, isActive: true, startYear: nil, line: 13),
                Worker(kecamatan: kec("65.01.04"), role: .psm, isActive: true, startYear: 2020, line: 16),
            ])
        let completions = roster.workers.indices.map { worker in
            roster.moduleIDs.indices.map { roster.completion(worker: worker, module: $0) }
        }
        #expect(
            completions == [
                [2021, 2022, nil], [2023, nil, 2019], [nil, nil, nil], [2024, 2024, 2024], [2020, 2021, 2022],
            ])
    }

    @Test(
        "Worker packing round-trips every field",
        arguments: [
            (kec("65.02.01"), Role.tksk, true, 2015 as Int?, 2),
            (kec("11.01.01"), .psm, false, 1900, 1),
            (kec("99.99.99"), .psm, true, 2100, 4_000_000_000),
            (kec("65.01.04"), .tksk, false, nil, 16),
        ])
    func workerPacking(code: KecamatanCode, role: Role, active: Bool, start: Int?, line: Int) {
        let worker = Worker(kecamatan: code, role: role, isActive: active, startYear: start, line: line)
        #expect(worker.kecamatan == code)
        #expect(worker.role == role)
        #expect(worker.isActive == active)
        #expect(worker.startYear == start)
        #expect(worker.line == UInt32(line))
    }

    @Test("names are kept only when asked (--with-names), else never decoded")
    func keepNames() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write(
            "roster.csv", "id,nama,peran,kode_kecamatan\nW1,Agus Lawing,TKSK,65.02.01\nW2,,PSM,65.02.01\n")
        var reader = RosterReader(
            moduleIDs: Self.modules, resolver: KecamatanResolver(regions: nil, known: Self.known), currentYear: 2026,
            delimiter: nil)
        #expect(reader.read(path).0.names.isEmpty)
        reader.keepNames = true
        #expect(reader.read(path).0.names == ["Agus Lawing", ""])
    }
}
