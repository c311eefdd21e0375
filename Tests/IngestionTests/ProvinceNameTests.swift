import CapplanTestSupport
import Foundation
import Testing

@testable import Ingestion

@Suite("Province names: the regions file's provinsi and the plan's [region] (docs/INPUTS.md)")
struct ProvinceNameTests {
    private func readRegions(_ text: String) throws -> (RegionsTable, FileReport, String) {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write("regions.csv", text)
        let (table, report) = RegionsReader(path: path, delimiter: nil).read()
        return (table, report, path)
    }

    @Test(
        "the regions file's provinsi column and its aliases",
        arguments: ["provinsi", "Nama Provinsi", "provinsi_nama", "province name"])
    func provinsiColumn(header: String) throws {
        let (table, report, _) = try readRegions(
            """
            kode,kecamatan,\(header)
            65.02.01,Mentarang,Kalimantan Utara
            64.01.01,Batu Sopang,
            """)
        #expect(report.diagnostics.isEmpty)
        #expect(table.regions.map(\.province) == ["Kalimantan Utara", nil])
        #expect(table.provinceNames == [65: "Kalimantan Utara"])
    }

    @Test("a province named otherwise on a later row: the first name, one warning per other name")
    func conflictingNames() throws {
        let (table, report, path) = try readRegions(
            """
            kode,kecamatan,provinsi
            65.02.01,Mentarang,
            65.02.02,Malinau Kota,Kalimantan Utara
            65.02.03,Pujungan,Kaltara
            65.02.04,Sungai Boh,Kaltara
            65.02.05,Kayan Hulu,Kalimantan Utara
            """)
        #expect(report.counts == RowCounts(read: 5, accepted: 5))
        #expect(table.provinceNames == [65: "Kalimantan Utara"])
        #expect(
            report.warnings == [
                Diagnostic(
                    severity: .warning, file: path, line: 4, column: 3,
                    reason: "provinsi: \"Kaltara\" differs from \"Kalimantan Utara\" on line 3 for province 65; the "
                        + "first is used", value: nil, hint: "give each province one name")
            ])
    }

    @Test("[region] province and code")
    func planRegion() throws {
        let base = "population = \"p.csv\"\nroster = \"r.csv\"\n"
        #expect(try PlanConfigLoader.parse(base, path: "plan.toml").region == PlanRegion())
        let named = try PlanConfigLoader.parse(
            base + "[region]\nprovince = \" Kalimantan Utara \"\ncode = \"65\"\n", path: "plan.toml")
        #expect(named.region == PlanRegion(province: "Kalimantan Utara", code: 65))
        let integer = try PlanConfigLoader.parse(base + "[region]\ncode = 65\n", path: "plan.toml")
        #expect(integer.region == PlanRegion(province: nil, code: 65))
    }

    @Test(
        "[region] mistakes",
        arguments: [
            BadConfig(
                "empty name", "[region]\nprovince = \"  \"",
                "plan.toml: `region.province` is empty — give the province's name, such as \"Kalimantan Utara\", "
                    + "or leave it out"),
            BadConfig(
                "a control character", "[region]\nprovince = \"Kalimantan\\tUtara\"",
                "plan.toml: `region.province` is not a name of at most 100 characters on one line — give the "
                    + "province's name, such as \"Kalimantan Utara\""),
            BadConfig(
                "too long", "[region]\nprovince = \"" + String(repeating: "K", count: 101) + "\"",
                "plan.toml: `region.province` is not a name of at most 100 characters on one line — give the "
                    + "province's name, such as \"Kalimantan Utara\""),
            BadConfig(
                "kabupaten code", "[region]\ncode = \"65.02\"",
                "plan.toml: `region.code` \"65.02\" is not a province code — give the two-digit province code, "
                    + "such as \"65\""),
            BadConfig(
                "a number with decimals", "[region]\ncode = 65.0",
                "plan.toml: `region.code` must be a province code such as \"65\", not a decimal number — change "
                    + "its value to a province code such as \"65\""),
            BadConfig(
                "misspelt key", "[region]\nprovinsi = \"Kalimantan Utara\"",
                "plan.toml: unknown key `region.provinsi` — did you mean `region.province`?"),
        ])
    func planRegionMistakes(_ bad: BadConfig) {
        #expect(
            thrownMessage { () throws(ConfigError) in _ = try PlanConfigLoader.parse(bad.toml, path: "plan.toml") }
                == bad.message)
    }

    private func warning(_ reason: String, _ hint: String) -> Diagnostic {
        Diagnostic(
            severity: .warning, file: "plan.toml", line: nil, column: nil, reason: reason, value: nil, hint: hint)
    }

    @Test("the file's names alone, the plan's alone, and the plan's for a province the file names alike")
    func agreeing() {
        let file = ProvinceNames.resolve(
            file: [65: "Kalimantan Utara"], provinces: [65], plan: PlanRegion(), path: "plan.toml")
        #expect(file.names == [65: "Kalimantan Utara"] && file.warnings.isEmpty)
        let plan = ProvinceNames.resolve(
            file: [:], provinces: [65], plan: PlanRegion(province: "Kalimantan Utara"), path: "plan.toml")
        #expect(plan.names == [65: "Kalimantan Utara"] && plan.warnings.isEmpty)
        let both = ProvinceNames.resolve(
            file: [65: "Kalimantan Utara"], provinces: [65], plan: PlanRegion(province: "Kalimantan Utara", code: 65),
            path: "plan.toml")
        #expect(both.names == [65: "Kalimantan Utara"] && both.warnings.isEmpty)
    }

    @Test("the plan and the file differ: the plan's name, and a warning naming both")
    func planWins() {
        let resolved = ProvinceNames.resolve(
            file: [64: "Kalimantan Timur", 65: "Kaltara"], provinces: [64, 65],
            plan: PlanRegion(province: "Kalimantan Utara", code: 65), path: "plan.toml")
        #expect(resolved.names == [64: "Kalimantan Timur", 65: "Kalimantan Utara"])
        #expect(
            resolved.warnings == [
                warning(
                    "region.province \"Kalimantan Utara\" differs from the regions file's provinsi \"Kaltara\" for "
                        + "province 65: the plan's name is used",
                    "correct one of the two, so that both name the province alike")
            ])
    }

    @Test("a code that is not the data's, and a name without a code over two provinces: not used, a warning")
    func notUsed() {
        let wrongCode = ProvinceNames.resolve(
            file: [:], provinces: [65], plan: PlanRegion(province: "Kalimantan Timur", code: 64), path: "plan.toml")
        #expect(wrongCode.names.isEmpty)
        #expect(
            wrongCode.warnings == [
                warning(
                    "region.code 64 is not a province of the data (65): region.province is not used",
                    "set region.code to the province of the kecamatan planned for")
            ])
        let ambiguous = ProvinceNames.resolve(
            file: [:], provinces: [64, 65], plan: PlanRegion(province: "Kalimantan Utara"), path: "plan.toml")
        #expect(ambiguous.names.isEmpty)
        #expect(
            ambiguous.warnings == [
                warning(
                    "region.province names one province, but the data has kecamatan of 64, 65: it is not used",
                    "add region.code to say which province it names, or a provinsi column to the regions file")
            ])
    }

    @Test("ingestion: the regions file's name, overridden by the plan with a warning on the data")
    func ingested() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let regions = try folder.write("regions.csv", "kode,kecamatan,desa,provinsi\n65.02.01,Mentarang,14,Kaltara\n")
        let population = try folder.write(
            "population.csv", "kode_kecamatan,kecamatan,tahun,penduduk\n65.02.01,Mentarang,2024,5978\n")
        let roster = try folder.write("roster.csv", "id,peran,kode_kecamatan\nT1,TKSK,65.02.01\n")
        var config = PlanConfig(path: "plan.toml", regions: regions, population: [population], roster: roster)
        let fromFile = Ingestor.ingest(config: config, options: IngestionOptions(currentYear: 2026))
        #expect(fromFile.provinceNames == [65: "Kaltara"])
        #expect(fromFile.warnings.isEmpty)
        config.region = PlanRegion(province: "Kalimantan Utara")
        let fromPlan = Ingestor.ingest(config: config, options: IngestionOptions(currentYear: 2026))
        #expect(fromPlan.provinceNames == [65: "Kalimantan Utara"])
        #expect(
            fromPlan.warnings.map(\.reason) == [
                "region.province \"Kalimantan Utara\" differs from the regions file's provinsi \"Kaltara\" for "
                    + "province 65: the plan's name is used"
            ])
    }
}
