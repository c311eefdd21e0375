import CapplanTestSupport
import Foundation
import Testing

@testable import Ingestion

@Suite("ScenarioReader (docs/INPUTS.md, Scenario)")
struct ScenarioReaderTests {
    static let regions = regionsTable([
        ("65.01.04", "Tanjung Palas Timur", "6502060"), ("65.01.05", "Tanjung Selor", "6502050"),
        ("65.02.01", "Mentarang", "6501110"),
    ])

    /// Reads files in order into one set, against the master list above.
    private func read(_ files: [String]) throws -> (ScenarioSet, [FileReport], [String]) {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let reader = ScenarioReader(
            resolver: KecamatanResolver(regions: Self.regions, known: nil),
            kecamatan: Set(Self.regions.regions.map(\.code)), delimiter: nil)
        var set = ScenarioSet()
        var reports: [FileReport] = []
        var paths: [String] = []
        for (index, text) in files.enumerated() {
            let path = try folder.write("scenario\(index + 1).csv", text)
            paths.append(path)
            reports.append(reader.read(path, into: &set))
        }
        return (set, reports, paths)
    }

    @Test("rates for kecamatan, kabupaten and province codes; BPS codes translated; start year optional")
    func rates() throws {
        let (set, reports, paths) = try read([
            """
            kode,tahun,penduduk,pertumbuhan
            65.01.04,2026,,0.12
            650104,,,-0.01
            65.01,,,0.021
            6501,2027,,0.02
            65,,,0.015
            6502060,2028,,0.03
            """
        ])
        let p = paths[0]
        #expect(reports[0].counts == RowCounts(read: 6, accepted: 6))
        #expect(set.populations.isEmpty)
        #expect(
            set.rates == [
                ScenarioRate(code: .kecamatan(kec("65.01.04")), startYear: 2026, rate: 0.12, file: p, line: 2),
                ScenarioRate(code: .kecamatan(kec("65.01.04")), startYear: nil, rate: -0.01, file: p, line: 3),
                ScenarioRate(
                    code: .kabupaten(KabupatenCode(province: 65, kabupaten: 1)), startYear: nil, rate: 0.021, file: p,
                    line: 4),
                ScenarioRate(
                    code: .kabupaten(KabupatenCode(province: 65, kabupaten: 1)), startYear: 2027, rate: 0.02, file: p,
                    line: 5),
                ScenarioRate(code: .province(65), startYear: nil, rate: 0.015, file: p, line: 6),
                ScenarioRate(code: .kecamatan(kec("65.01.04")), startYear: 2028, rate: 0.03, file: p, line: 7),
            ])
    }

    @Test("an explicit population needs tahun and a kecamatan code; both on one row give both")
    func explicitPopulation() throws {
        let (set, reports, paths) = try read([
            """
            kode,tahun,penduduk,pertumbuhan
            65.01.04,2030,80000,
            6501110,2029,"12,000",
            65.01.05,2027,50000,0.02
            65.01.05,,50000,
            65.01,2030,90000,
            65,2030,90000,0.01
            """
        ])
        let p = paths[0]
        #expect(reports[0].counts == RowCounts(read: 6, accepted: 3, rejected: 3))
        #expect(
            set.populations == [
                ScenarioPopulation(code: kec("65.01.04"), year: 2030, population: 80000, file: p, line: 2),
                ScenarioPopulation(code: kec("65.02.01"), year: 2029, population: 12000, file: p, line: 3),
                ScenarioPopulation(code: kec("65.01.05"), year: 2027, population: 50000, file: p, line: 4),
            ])
        #expect(
            set.rates == [
                ScenarioRate(code: .kecamatan(kec("65.01.05")), startYear: 2027, rate: 0.02, file: p, line: 4)
            ])
        #expect(
            reports[0].rejects.map(\.rendered) == [
                "\(p):5:2: tahun: empty — give the year of the penduduk figure",
                "\(p):6:3: penduduk: explicit figures are for kecamatan codes only (\"90000\")"
                    + " — give a kabupaten or the province a growth rate (pertumbuhan) instead",
                "\(p):7:3: penduduk: explicit figures are for kecamatan codes only (\"90000\")"
                    + " — give a kabupaten or the province a growth rate (pertumbuhan) instead",
            ])
    }

    @Test("a row with neither penduduk nor pertumbuhan is rejected, with no column and no value")
    func neither() throws {
        let (set, reports, paths) = try read(["kode,tahun,penduduk,pertumbuhan\n65.01.04,2026,,\n"])
        #expect(reports[0].counts == RowCounts(read: 1, accepted: 0, rejected: 1))
        #expect(
            reports[0].rejects == [
                Diagnostic(
                    severity: .error, file: paths[0], line: 2, column: nil,
                    reason: "row gives neither penduduk nor pertumbuhan", value: nil,
                    hint: "fill in one of them, or delete the row")
            ])
        #expect(set == ScenarioSet())
    }

    @Test(
        "a rate must lie strictly between -100% and +100%",
        arguments: [
            ("1", false), ("1.5", false), ("-1", false), ("100%", false), ("-100%", false), ("250%", false),
            ("0.99", true), ("99%", true), ("-0.99", true), ("0", true),
        ])
    func rateRange(cell: String, accepted: Bool) throws {
        let (set, reports, paths) = try read(["kode,pertumbuhan\n65.01.04,\(cell)\n"])
        #expect(set.rates.count == (accepted ? 1 : 0))
        #expect(
            reports[0].rejects.map(\.rendered)
                == (accepted
                    ? []
                    : [
                        "\(paths[0]):2:2: pertumbuhan: annual growth rate outside -100% to +100% (\"\(cell)\")"
                            + " — write the rate as a fraction (0.045) or a percentage (4,5%)"
                    ]))
    }

    @Test(
        "semicolon files: decimal comma and percents",
        arguments: [
            ("4,5%", 0.045), ("12%", 0.12), ("0,12", 0.12), ("-1,2%", -0.012), ("2,1 %", 0.021), ("0", 0.0),
        ])
    func semicolonDecimals(cell: String, rate: Double) throws {
        let (set, reports, _) = try read(["kode;tahun;pertumbuhan\n65.01.04;2026;\(cell)\n"])
        #expect(reports[0].counts == RowCounts(read: 1, accepted: 1))
        #expect(set.rates.map(\.rate) == [rate])
    }

    @Test("a decimal point in a semicolon file, or a comma in a comma file, is rejected")
    func wrongDecimalMark() throws {
        let (set, reports, paths) = try read([
            "kode;pertumbuhan\n65.01.04;0.045\n", "kode,pertumbuhan\n65.01.04,\"0,045\"\n",
        ])
        #expect(set.rates.isEmpty)
        #expect(
            reports.flatMap(\.rejects).map(\.rendered) == [
                "\(paths[0]):2:2: pertumbuhan: decimal point where this file uses a decimal comma (\"0.045\")"
                    + " — write 3,5 rather than 3.5: files separated by ; use , as the decimal mark",
                "\(paths[1]):2:2: pertumbuhan: decimal comma where this file uses a decimal point (\"0,045\")"
                    + " — write 3.5 rather than 3,5: only files separated by ; use , as the decimal mark",
            ])
    }

    @Test("codes that match no kecamatan of the run are rejected")
    func unknownCodes() throws {
        let (set, reports, paths) = try read([
            """
            kode,pertumbuhan
            66,0.01
            65.03,0.01
            65.09.09,0.01
            6599999,0.01
            65.2,0.01
            """
        ])
        let p = paths[0]
        #expect(set.rates.isEmpty)
        #expect(reports[0].counts == RowCounts(read: 5, accepted: 0, rejected: 5))
        #expect(
            reports[0].rejects.map(\.rendered) == [
                "\(p):2:1: kode: code matches no kecamatan of the run (\"66\")"
                    + " — check the code against the regions or population file",
                "\(p):3:1: kode: code matches no kecamatan of the run (\"65.03\")"
                    + " — check the code against the regions or population file",
                "\(p):4:1: kode: unknown kecamatan code (not in the regions file) (\"65.09.09\")"
                    + " — check the code against the regions file",
                "\(p):5:1: kode: BPS code not in the regions file's kode_bps column (\"6599999\")"
                    + " — check the code, or add it to the regions file",
                "\(p):6:1: kode: code part with one digit (\"65.2\")"
                    + " — write each part with two digits: 65.02.01, not 65.2.1",
            ])
    }

    @Test("rows keep their order across two files")
    func orderAcrossFiles() throws {
        let (set, reports, paths) = try read([
            "kode;tahun;pertumbuhan\n65.01.04;2026;12%\n65.01.04;2029;4%\n",
            "kode,tahun,penduduk,pertumbuhan\n65.01.04,2026,,0.10\n65.01.05,2030,1000,\n65.01.04,2030,2000,\n",
        ])
        #expect(reports.map(\.counts) == [RowCounts(read: 2, accepted: 2), RowCounts(read: 3, accepted: 3)])
        #expect(set.rates.map(\.rate) == [0.12, 0.04, 0.10])
        #expect(set.rates.map(\.file) == [paths[0], paths[0], paths[1]])
        #expect(set.rates.map(\.line) == [2, 3, 2])
        #expect(set.populations.map(\.code) == [kec("65.01.05"), kec("65.01.04")])
        #expect(set.populations.map(\.line) == [3, 4])
    }

    @Test("the fixture scenarios: five rates and one population, four rejects, the misspelt column noted")
    func fixture() throws {
        let config = try PlanConfigLoader.load(path: Fixture.ingest("plan.toml"))
        let first = Fixture.ingest("scenario.csv")
        let second = Fixture.ingest("scenario_misspelt.csv")
        let data = Ingestor.ingest(
            config: config, options: IngestionOptions(currentYear: 2026, scenarios: [first, second]))
        #expect(
            data.scenario.rates == [
                ScenarioRate(code: .kecamatan(kec("65.01.04")), startYear: 2026, rate: 0.12, file: first, line: 2),
                ScenarioRate(code: .kecamatan(kec("65.01.04")), startYear: 2029, rate: 0.045, file: first, line: 3),
                ScenarioRate(
                    code: .kabupaten(KabupatenCode(province: 65, kabupaten: 1)), startYear: nil, rate: 0.021,
                    file: first, line: 4),
                ScenarioRate(code: .province(65), startYear: nil, rate: 0.015, file: first, line: 5),
                ScenarioRate(code: .kecamatan(kec("65.01.04")), startYear: 2028, rate: 0.03, file: first, line: 7),
            ])
        #expect(
            data.scenario.populations == [
                ScenarioPopulation(code: kec("65.01.04"), year: 2030, population: 80000, file: first, line: 6)
            ])
        let notes = data.files.filter { $0.role == .scenario }.flatMap(\.notes).map(\.rendered)
        #expect(
            notes == [
                "\(second):1: columns ignored: pertumbuhn (did you mean pertumbuhan?)"
                    + " — rename a header if it was meant to be read (see docs/INPUTS.md)"
            ])
    }
}
