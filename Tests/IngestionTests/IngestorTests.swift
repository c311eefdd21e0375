import CapplanTestSupport
import Foundation
import Testing

@testable import Ingestion

/// A generated input file and the counts it must produce.
private struct GeneratedFile {
    var lines: [String]
    var expected = RowCounts()

    init(header: String) { lines = [header] }

    mutating func add(_ line: String, _ outcome: KeyPath<RowCounts, Int>) {
        lines.append(line)
        expected.read += 1
        switch outcome {
        case \RowCounts.accepted: expected.accepted += 1
        case \RowCounts.rejected: expected.rejected += 1
        default: expected.skipped += 1
        }
    }

    func text(lineEnd: String) -> String { lines.joined(separator: lineEnd) + lineEnd }
}

/// Population, roster and scenario files with a random mix of good, bad and blank rows.
private struct GeneratedSet {
    var population = GeneratedFile(header: "")
    var roster = GeneratedFile(header: "")
    var scenario = GeneratedFile(header: "")

    init(seed: UInt64, delimiter: String) {
        var random = SeededGenerator(seed: seed)
        let d = delimiter
        let decimal = d == ";" ? "," : "."
        population = GeneratedFile(header: ["kode", "kecamatan", "tahun", "penduduk", "desa"].joined(separator: d))
        var accepted: [(code: String, year: Int)] = []
        var codes: [String] = []
        for _ in 0..<60 {
            let code = "65.01.\(String(format: "%02d", Int.random(in: 1...30, using: &random)))"
            let year = Int.random(in: 2018...2024, using: &random)
            let isNew = !accepted.contains { $0.code == code && $0.year == year }
            switch Int.random(in: 0..<7, using: &random) {
            case 0 where !accepted.isEmpty:
                let first = accepted[Int.random(in: 0..<accepted.count, using: &random)]
                population.add([first.code, "Dup", "\(first.year)", "100", ""].joined(separator: d), \.rejected)
            case 1: population.add([code, "Bad", "\(year)", "12\(decimal)5", ""].joined(separator: d), \.rejected)
            case 2: population.add(Bool.random(using: &random) ? "" : String(repeating: d, count: 4), \.skipped)
            case 3: population.add([code, "Short"].joined(separator: d), \.rejected)
            case 4: population.add([code, "Fa\"jar", "\(year)", "100", ""].joined(separator: d), \.rejected)
            case 5: population.add([code, "Zero desa", "\(year)", "100", "0"].joined(separator: d), \.rejected)
            default:
                if isNew {
                    accepted.append((code, year))
                    if !codes.contains(code) { codes.append(code) }
                    population.add([code, "Kec \(code)", "\(year)", "1.234", "3"].joined(separator: d), \.accepted)
                } else {
                    population.add([code, "Again", "\(year)", "100", ""].joined(separator: d), \.rejected)
                }
            }
        }
        roster = GeneratedFile(header: ["id", "peran", "kode", "komunikasi"].joined(separator: d))
        var ids: [String] = []
        for index in 0..<40 {
            let id = "W\(index)"
            switch Int.random(in: 0..<6, using: &random) {
            case 0 where !ids.isEmpty:
                roster.add([ids[0], "TKSK", codes[0], ""].joined(separator: d), \.rejected)
            case 1: roster.add([id, "TKSK", "65.09.09", ""].joined(separator: d), \.rejected)
            case 2: roster.add([id, "Pendamping", codes[0], ""].joined(separator: d), \.rejected)
            case 3: roster.add([id, "PSM", codes[0], "2099"].joined(separator: d), \.rejected)
            case 4: roster.add(String(repeating: d, count: 3), \.skipped)
            default:
                ids.append(id)
                let code = codes[Int.random(in: 0..<codes.count, using: &random)]
                roster.add([id, "PSM", code, "17/5/2023"].joined(separator: d), \.accepted)
            }
        }
        scenario = GeneratedFile(header: ["kode", "tahun", "penduduk", "pertumbuhan"].joined(separator: d))
        for _ in 0..<20 {
            let code = codes[Int.random(in: 0..<codes.count, using: &random)]
            switch Int.random(in: 0..<4, using: &random) {
            case 0: scenario.add([code, "2026", "", ""].joined(separator: d), \.rejected)
            case 1: scenario.add([code, "2026", "", "2\(decimal)5%"].joined(separator: d), \.accepted)
            case 2: scenario.add([code, "2030", "5000", ""].joined(separator: d), \.accepted)
            default: scenario.add("", \.skipped)
            }
        }
    }
}

@Suite("Ingestor (docs/INPUTS.md)")
struct IngestorTests {
    static func fixtureData() throws -> (PlanConfig, IngestedData) {
        let config = try PlanConfigLoader.load(path: Fixture.ingest("plan.toml"))
        let scenarios = [Fixture.ingest("scenario.csv"), Fixture.ingest("scenario_misspelt.csv")]
        let data = Ingestor.ingest(config: config, options: IngestionOptions(currentYear: 2026, scenarios: scenarios))
        return (config, data)
    }

    @Test("the messy fixture set: exact counts per file, and read = accepted + rejected + skipped everywhere")
    func fixtureAccounting() throws {
        let (_, data) = try Self.fixtureData()
        #expect(data.files.map(\.role) == [.regions, .population, .population, .roster, .scenario, .scenario])
        #expect(
            data.files.map(\.path)
                == [
                    "regions.csv", "population.csv", "population_misspelt.csv", "roster.csv", "scenario.csv",
                    "scenario_misspelt.csv",
                ].map(Fixture.ingest))
        #expect(
            data.files.map(\.counts) == [
                RowCounts(read: 9, accepted: 5, rejected: 4, skipped: 0),
                RowCounts(read: 14, accepted: 4, rejected: 8, skipped: 2),
                RowCounts(read: 0, accepted: 0, rejected: 0, skipped: 0),
                RowCounts(read: 14, accepted: 5, rejected: 8, skipped: 1),
                RowCounts(read: 10, accepted: 6, rejected: 4, skipped: 0),
                RowCounts(read: 1, accepted: 0, rejected: 1, skipped: 0),
            ])
        for file in data.files {
            #expect(file.counts.balances, "\(file.path)")
            #expect(file.rejects.count == file.counts.rejected, "\(file.path)")
        }
        #expect(data.rejectedRows == 25)
        #expect(data.files.map { $0.fatal != nil } == [false, false, true, false, false, false])
        #expect(data.warnings.isEmpty)
        #expect(data.regions?.regions.count == 5)
        #expect(data.population.codes == [kec("65.01.05"), kec("65.02.01"), kec("65.02.02")])
        #expect(data.roster.workers.count == 5)
        #expect(data.scenario.rates.count + data.scenario.populations.count == 6)
    }

    @Test("the messy fixture set: every reject, line by line")
    func fixtureRejects() throws {
        let (_, data) = try Self.fixtureData()
        let lines = data.files.map { file in file.rejects.map { "\($0.line.map(String.init) ?? "-"):\($0.category)" } }
        #expect(
            lines == [
                [
                    "7:kode: duplicate", "8:kode_bps: not a BPS kecamatan code",
                    "9:kode: not a Kemendagri kecamatan code",
                    "10:luas_km2: decimal comma where this file uses a decimal point",
                ],
                [
                    "8:tahun: duplicate kecamatan and year",
                    "9:kode_kecamatan: unknown kecamatan code (not in the regions file)",
                    "10:kode_kecamatan: BPS code not in the regions file's kode_bps column",
                    "11:penduduk: not a whole number", "12:tahun: year outside 1900–2100",
                    "13:desa: must be at least 1",
                    "14:kecamatan: empty", "15:row has 4 fields, the header has 8",
                ],
                [],
                [
                    "5:id: duplicate", "6:kode_kecamatan: unknown kecamatan code (not in the regions file)",
                    "7:malformed quotes (libcsv: error parsing data while strict checking enabled)",
                    "8:peran: unknown role", "9:status: unknown status",
                    "10:kebijakan_sosial: completion year is after the current year (2026)",
                    "11:kebijakan_sosial: date does not exist", "15:row has 4 fields, the header has 10",
                ],
                [
                    "8:penduduk: explicit figures are for kecamatan codes only",
                    "9:kode: code matches no kecamatan of the run", "10:row gives neither penduduk nor pertumbuhan",
                    "11:pertumbuhan: annual growth rate outside -100% to +100%",
                ],
                ["2:row gives neither penduduk nor pertumbuhan"],
            ])
        let misspelt = Fixture.ingest("population_misspelt.csv")
        #expect(
            data.fatalErrors.map(\.description) == [
                "\(misspelt):1:1: required column 'penduduk' is missing (accepted names: penduduk, jumlah_penduduk,"
                    + " population); the header has 'penduduuk': is it misspelt? — add the column or rename its header"
            ])
        let roster = Fixture.ingest("roster.csv")
        #expect(
            data.files[3].warnings.map(\.rendered) == [
                "\(roster):3: not valid UTF-8 (first bad byte on this line); read as Windows-1252"
                    + " — check the names, and save the file as UTF-8 (Excel: CSV UTF-8)"
            ])
    }

    @Test(
        "generated files: read = accepted + rejected + skipped, with the exact counts of what was written",
        arguments: [(1 as UInt64, ","), (2, ";"), (3, ","), (42, ";"), (2026, "\t")])
    func generatedAccounting(seed: UInt64, delimiter: String) throws {
        let generated = GeneratedSet(seed: seed, delimiter: delimiter)
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let lineEnd = seed % 2 == 0 ? "\r\n" : "\n"
        let population = try folder.write("population.csv", generated.population.text(lineEnd: lineEnd))
        let roster = try folder.write("roster.csv", generated.roster.text(lineEnd: lineEnd))
        let scenario = try folder.write("scenario.csv", generated.scenario.text(lineEnd: lineEnd))
        let config = PlanConfig(path: folder.missing("plan.toml"), population: [population], roster: roster)
        let data = Ingestor.ingest(config: config, options: IngestionOptions(currentYear: 2026, scenarios: [scenario]))
        #expect(data.fatalErrors == [])
        #expect(
            data.files.map(\.counts) == [
                generated.population.expected, generated.roster.expected, generated.scenario.expected,
            ])
        for file in data.files {
            #expect(file.counts.balances, "\(file.path)")
            #expect(file.rejects.count == file.counts.rejected, "\(file.path)")
        }
    }

    @Test("a fatal error in one file does not stop the others; a missing file is flagged as missing")
    func fatalDoesNotStop() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let regions = folder.missing("regions.csv")
        let first = try folder.write("p1.csv", "kode,kecamatan,tahun\n65.02.01,Mentarang,2020\n")
        let second = try folder.write("p2.csv", "kode,kecamatan,tahun,penduduk\n65.02.01,Mentarang,2020,5978\n")
        let roster = try folder.write("roster.csv", "id,peran,kode\nW1,TKSK,65.02.01\nW2,PSM,65.09.09\n")
        let scenario = folder.missing("scenario.csv")
        let config = PlanConfig(
            path: folder.missing("plan.toml"), regions: regions, population: [first, second], roster: roster)
        let data = Ingestor.ingest(config: config, options: IngestionOptions(currentYear: 2026, scenarios: [scenario]))
        #expect(data.files.map(\.path) == [regions, first, second, roster, scenario])
        #expect(data.files.map { $0.fatal.map { $0.exitStatus == .inputMissing } } == [true, false, nil, nil, true])
        #expect(
            data.fatalErrors.map(\.description) == [
                "\(regions): file not found — check the file name and the folder it is in",
                "\(first):1:1: required column 'penduduk' is missing (accepted names: penduduk, jumlah_penduduk,"
                    + " population) — add the column or rename its header",
                "\(scenario): file not found — check the file name and the folder it is in",
            ])
        #expect(data.regions == nil)
        #expect(data.population.codes == [kec("65.02.01")])
        // One population file failed and there is no master list: the roster's codes are not checked.
        #expect(data.roster.ids == ["W1", "W2"])
        #expect(data.files[3].counts == RowCounts(read: 2, accepted: 2))
    }

    @Test("without a regions file the roster is checked against the population data")
    func rosterAgainstPopulation() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let population = try folder.write(
            "population.csv", "kode,kecamatan,tahun,penduduk\n65.09.09,Nowhere,2020,100\n11.01.01,Aceh,2020,200\n")
        let roster = try folder.write("roster.csv", "id,peran,kode\nW1,TKSK,65.09.09\nW2,PSM,65.02.01\n")
        let scenario = try folder.write("scenario.csv", "kode,pertumbuhan\n11,0.01\n65.02,0.01\n65.02.01,0.01\n")
        let config = PlanConfig(path: folder.missing("plan.toml"), population: [population], roster: roster)
        let data = Ingestor.ingest(config: config, options: IngestionOptions(currentYear: 2026, scenarios: [scenario]))
        #expect(data.regions == nil)
        #expect(data.kecamatan == [kec("65.09.09"), kec("11.01.01")])
        #expect(data.roster.ids == ["W1"])
        #expect(
            data.files[1].rejects.map(\.rendered) == [
                "\(roster):3:3: kode_kecamatan: unknown kecamatan code (not in the population data) (\"65.02.01\")"
                    + " — check the code against the population data"
            ])
        #expect(data.scenario.rates.map(\.code) == [.province(11)])
        #expect(
            data.files[2].rejects.map(\.rendered) == [
                "\(scenario):3:1: kode: code matches no kecamatan of the run (\"65.02\")"
                    + " — check the code against the regions or population file",
                "\(scenario):4:1: kode: unknown kecamatan code (not in the population data) (\"65.02.01\")"
                    + " — check the code against the population data",
            ])
    }

    @Test("missing-desa warnings: only when a per_desa norm is non-zero, only for kecamatan without any desa count")
    func missingDesa() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let population = try folder.write(
            "population.csv",
            """
            kode,kecamatan,tahun,penduduk,desa
            65.02.03,Pujungan,2020,1869,
            65.02.01,Mentarang,2020,5978,14
            65.02.02,Malinau Kota,2020,25186,
            65.02.02,Malinau Kota,2024,27010,
            65.01.05,Tanjung Selor,2020,45123,
            """)
        let second = try folder.write(
            "population2.csv", "kode,kecamatan,tahun,penduduk\n65.01.04,Tanjung Palas,2020,1\n")
        let roster = try folder.write("roster.csv", "id,peran,kode\n")
        let regions = try folder.write(
            "regions.csv",
            """
            kode,kecamatan,desa,kelurahan
            65.02.01,Mentarang,,
            65.02.02,Malinau Kota,,
            65.02.03,Pujungan,0,3
            65.01.05,Tanjung Selor,,
            65.01.04,Tanjung Palas,,
            """)
        let warning = { (code: String, name: String) in
            "\(code == "65.01.04" ? second : population): kecamatan \(code) \(name) has no desa count, so per_desa norms count 0 desa"
                + " — add a desa column to the population file or name a regions file in the config"
        }
        var config = PlanConfig(path: folder.missing("plan.toml"), population: [population, second], roster: roster)
        let defaults = Ingestor.ingest(config: config, options: IngestionOptions(currentYear: 2026))
        #expect(
            defaults.warnings.map(\.rendered) == [
                warning("65.01.04", "Tanjung Palas"), warning("65.01.05", "Tanjung Selor"),
                warning("65.02.02", "Malinau Kota"), warning("65.02.03", "Pujungan"),
            ])
        #expect(defaults.warnings.map(\.severity) == Array(repeating: .warning, count: 4))
        config.regions = regions
        let withRegions = Ingestor.ingest(config: config, options: IngestionOptions(currentYear: 2026))
        #expect(
            withRegions.warnings.map(\.rendered) == [
                warning("65.01.04", "Tanjung Palas"), warning("65.01.05", "Tanjung Selor"),
                warning("65.02.02", "Malinau Kota"),
            ])
        config.norms = PerRole(tksk: WorkforceNorm(perKecamatan: 1), psm: WorkforceNorm(perKecamatan: 2, perDesa: 0))
        let noPerDesa = Ingestor.ingest(config: config, options: IngestionOptions(currentYear: 2026))
        #expect(noPerDesa.warnings == [])
        config.norms = PerRole(tksk: WorkforceNorm(perDesa: 0.1), psm: WorkforceNorm())
        let tkskPerDesa = Ingestor.ingest(config: config, options: IngestionOptions(currentYear: 2026))
        #expect(tkskPerDesa.warnings.count == 3)
    }

    @Test(
        "plan years: defaults, explicit values, and the priority year",
        arguments: [
            (nil, nil, PriorityYear.horizon, 2024 as Int?, PlanYears(base: 2024, horizon: 2029, priority: 2029)),
            (nil, nil, .base, 2024, PlanYears(base: 2024, horizon: 2029, priority: 2024)),
            (nil, nil, .year(2026), 2024, PlanYears(base: 2024, horizon: 2029, priority: 2026)),
            (2025, nil, .horizon, 2024, PlanYears(base: 2025, horizon: 2030, priority: 2030)),
            (2025, 2027, .horizon, nil, PlanYears(base: 2025, horizon: 2027, priority: 2027)),
            (nil, 2028, .base, 2024, PlanYears(base: 2024, horizon: 2028, priority: 2024)),
            (2024, 2024, .year(2024), 2030, PlanYears(base: 2024, horizon: 2024, priority: 2024)),
        ] as [(Int?, Int?, PriorityYear, Int?, PlanYears)])
    func planYears(base: Int?, horizon: Int?, priority: PriorityYear, latest: Int?, years: PlanYears) throws {
        let config = PlanConfig(
            path: "plan.toml", population: ["p.csv"], roster: "r.csv", baseYear: base, horizon: horizon,
            priorityYear: priority)
        #expect(try config.resolveYears(latestDataYear: latest) == years)
    }

    @Test("plan years: no base year anywhere is nil")
    func noBaseYear() throws {
        let config = PlanConfig(path: "plan.toml", population: ["p.csv"], roster: "r.csv", horizon: 2030)
        #expect(try config.resolveYears(latestDataYear: nil) == nil)
    }

    @Test(
        "plan years that contradict each other throw the exact config error",
        arguments: [
            (
                nil, 2023, PriorityYear.horizon,
                "plan.toml: `horizon` 2023 is before the base year 2024"
                    + " — set horizon to 2024 or later"
            ),
            (
                2030, 2028, .horizon,
                "plan.toml: `horizon` 2028 is before the base year 2030"
                    + " — set horizon to 2030 or later"
            ),
            (
                nil, nil, .year(2031),
                "plan.toml: `priority.year` 2031 is outside the planning years 2024–2029"
                    + " — choose a year from 2024 to 2029, \"base\" or \"horizon\""
            ),
            (
                nil, nil, .year(2023),
                "plan.toml: `priority.year` 2023 is outside the planning years 2024–2029"
                    + " — choose a year from 2024 to 2029, \"base\" or \"horizon\""
            ),
        ] as [(Int?, Int?, PriorityYear, String)])
    func contradictoryYears(base: Int?, horizon: Int?, priority: PriorityYear, message: String) {
        let config = PlanConfig(
            path: "plan.toml", population: ["p.csv"], roster: "r.csv", baseYear: base, horizon: horizon,
            priorityYear: priority)
        do {
            _ = try config.resolveYears(latestDataYear: 2024)
            Issue.record("no error for \(message)")
        } catch {
            #expect(error.description == message)
            #expect(error.path == "plan.toml")
        }
    }

    @Test("the latest population year of the fixture set, and the plan years it gives with base_year 2024")
    func fixtureYears() throws {
        let (config, data) = try Self.fixtureData()
        #expect(data.population.latestYear == 2024)
        #expect(
            try config.resolveYears(latestDataYear: data.population.latestYear)
                == PlanYears(base: 2024, horizon: 2030, priority: 2030))
    }
}
