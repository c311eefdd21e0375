import CapplanTestSupport
import Foundation
import Testing

@testable import Ingestion

@Suite("PlanConfigLoader")
struct PlanConfigLoaderTests {
    @Test("a config that sets every key is read as written")
    func fullConfig() throws {
        let text = """
            regions = "reference/kecamatan.csv"
            population = ["raw/population-2020.csv", "raw/population-2024.csv"]
            roster = "raw/roster.csv"
            base_year = 2024
            horizon = 2032
            default_growth = 0.012
            attrition = 0.05

            [norms.TKSK]
            per_kecamatan = 2
            per_desa = 0.1
            population_per_worker = 50000
            cases_per_worker = 400.5

            [norms.psm]
            per_kecamatan = 3
            per_desa = 1.5
            population_per_worker = 2500
            cases_per_worker = 60

            [[modules]]
            id = "dasar"
            name = "Pelatihan dasar"
            roles = ["tksk"]
            valid_years = 3

            [[modules]]
            id = "psm_2"
            name = "Pendampingan PSM"
            roles = ["PSM", "TKSK", "psm"]

            [priority]
            year = 2028
            weights = { readiness_gap = 1, pressure = 2.5, growth = 0.5, untrained_share = 0 }

            [training]
            seats_per_year = 120
            batch_size = 25
            """
        let config = try PlanConfigLoader.parse(text, path: "Data/plan.toml")
        #expect(config.path == "Data/plan.toml")
        #expect(config.regions == "Data/reference/kecamatan.csv")
        #expect(config.population == ["Data/raw/population-2020.csv", "Data/raw/population-2024.csv"])
        #expect(config.roster == "Data/raw/roster.csv")
        #expect(config.baseYear == 2024)
        #expect(config.horizon == 2032)
        #expect(config.defaultGrowth == 0.012)
        #expect(config.attrition == 0.05)
        #expect(
            config.norms[.tksk]
                == WorkforceNorm(perKecamatan: 2, perDesa: 0.1, populationPerWorker: 50000, casesPerWorker: 400.5))
        #expect(
            config.norms[.psm]
                == WorkforceNorm(perKecamatan: 3, perDesa: 1.5, populationPerWorker: 2500, casesPerWorker: 60))
        #expect(
            config.modules == [
                TrainingModule(id: "dasar", name: "Pelatihan dasar", roles: [.tksk], validYears: 3),
                TrainingModule(id: "psm_2", name: "Pendampingan PSM", roles: [.tksk, .psm], validYears: 0),
            ])
        #expect(config.priorityYear == .year(2028))
        #expect(config.weights == PriorityWeights(readinessGap: 1, pressure: 2.5, growth: 0.5, untrainedShare: 0))
        #expect(config.weights.sum == 4)
        #expect(config.seatsPerYear == 120)
        #expect(config.batchSize == 25)
    }

    @Test("a config with only the files takes every default of docs/INPUTS.md")
    func minimalConfig() throws {
        let text = """
            population = "raw/population.csv"
            roster = "raw/roster.csv"
            """
        let config = try PlanConfigLoader.parse(text, path: "plan.toml")
        #expect(config.path == "plan.toml")
        #expect(config.regions == nil)
        #expect(config.population == ["raw/population.csv"])
        #expect(config.roster == "raw/roster.csv")
        #expect(config.baseYear == nil)
        #expect(config.horizon == nil)
        #expect(config.defaultGrowth == 0)
        #expect(config.attrition == 0)
        #expect(config.norms.values.count == 2)
        #expect(
            config.norms[.tksk] == WorkforceNorm(perKecamatan: 1, perDesa: 0, populationPerWorker: 0, casesPerWorker: 0)
        )
        #expect(
            config.norms[.psm] == WorkforceNorm(perKecamatan: 0, perDesa: 1, populationPerWorker: 0, casesPerWorker: 0))
        #expect(
            config.modules == [
                TrainingModule(
                    id: "kebijakan_sosial", name: "Pemahaman kebijakan sosial", roles: [.tksk, .psm], validYears: 0),
                TrainingModule(id: "komunikasi", name: "Keterampilan komunikasi", roles: [.tksk, .psm], validYears: 0),
                TrainingModule(
                    id: "penanganan_kasus", name: "Penanganan kasus sosial", roles: [.tksk, .psm], validYears: 0),
            ])
        #expect(config.priorityYear == .horizon)
        #expect(config.weights == PriorityWeights(readinessGap: 0.4, pressure: 0.3, growth: 0.15, untrainedShare: 0.15))
        #expect(config.seatsPerYear == 0)
        #expect(config.batchSize == 30)
        #expect(config == PlanConfig(path: "plan.toml", population: ["raw/population.csv"], roster: "raw/roster.csv"))
    }

    @Test("a partial table keeps the defaults of the keys it leaves out")
    func partialTables() throws {
        let text = """
            population = ["p.csv"]
            roster = "r.csv"
            [norms.PSM]
            population_per_worker = 3000
            [[modules]]
            id = "etika"
            [priority]
            year = "base"
            weights = { pressure = 1 }
            [training]
            seats_per_year = 10
            """
        let config = try PlanConfigLoader.parse(text, path: "plan.toml")
        #expect(config.norms[.tksk] == WorkforceNorm(perKecamatan: 1))
        #expect(config.norms[.psm] == WorkforceNorm(perDesa: 1, populationPerWorker: 3000))
        #expect(config.modules == [TrainingModule(id: "etika", name: "etika", roles: [.tksk, .psm], validYears: 0)])
        #expect(config.priorityYear == .base)
        #expect(config.weights == PriorityWeights(pressure: 1))
        #expect(config.seatsPerYear == 10)
        #expect(config.batchSize == 30)
    }

    @Test(
        "the priority year is \"horizon\", \"base\" or a year, as an integer or a numeric string",
        arguments: [
            ("\"horizon\"", PriorityYear.horizon), ("\"Base\"", .base), ("2027", .year(2027)),
            ("\"2026\"", .year(2026)),
        ])
    func priorityYear(written: String, expected: PriorityYear) throws {
        let text = """
            population = "p.csv"
            roster = "r.csv"
            base_year = 2025
            [priority]
            year = \(written)
            """
        #expect(try PlanConfigLoader.parse(text, path: "plan.toml").priorityYear == expected)
    }

    @Test("an empty [[modules]] list means no modules")
    func noModules() throws {
        let text = """
            population = "p.csv"
            roster = "r.csv"
            modules = []
            """
        #expect(try PlanConfigLoader.parse(text, path: "plan.toml").modules == [])
    }

    @Test("load(path:) reads the example of docs/INPUTS.md, resolving its files beside it")
    func loadFixture() throws {
        let folder = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/config").path
        let path = folder + "/plan.toml"
        let config = try PlanConfigLoader.load(path: path)
        #expect(
            config
                == PlanConfig(
                    path: path, regions: folder + "/reference/kecamatan.csv",
                    population: [folder + "/raw/population.csv"],
                    roster: folder + "/raw/roster.csv", baseYear: 2025, horizon: 2030))
    }

    @Test("load(path:) names a missing file")
    func loadMissing() {
        #expect(throws: ConfigError.notFound(path: "no/such/plan.toml")) {
            try PlanConfigLoader.load(path: "no/such/plan.toml")
        }
        #expect(
            ConfigError.notFound(path: "no/such/plan.toml").description
                == "no/such/plan.toml: no such config file — check the path, or pass another file with --config")
    }

    @Test("load(path:) refuses a folder")
    func loadFolder() throws {
        let folder = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/config").path
        let error = ConfigError.unreadable(path: folder, reason: "it is a folder")
        #expect(throws: error) { try PlanConfigLoader.load(path: folder) }
        #expect(
            error.description
                == "\(folder): cannot read the config file (it is a folder) — make it a readable UTF-8 text file")
    }

    @Test("load(path:) refuses a device that never ends and a file larger than a plan, without reading them")
    func loadDeviceAndHugeFile() throws {
        let device = ConfigError.unreadable(path: "/dev/zero", reason: "it is a device or a pipe, not a file")
        #expect(throws: device) { try PlanConfigLoader.load(path: "/dev/zero") }
        #expect(
            device.description
                == "/dev/zero: cannot read the config file (it is a device or a pipe, not a file) — make it a readable "
                + "UTF-8 text file")
        let folder = try TemporaryFolder("capplan-ingest")
        let path = folder.file("plan.toml")
        #expect(FileManager.default.createFile(atPath: path, contents: Data(count: (1 << 20) + 1)))
        #expect(throws: ConfigError.unreadable(path: path, reason: "1048577 bytes, more than a plan's 1048576")) {
            try PlanConfigLoader.load(path: path)
        }
    }

    @Test("load(path:) refuses a file that is not UTF-8")
    func loadNotUTF8() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        let path = try folder.write(
            "plan.toml", bytes: [0x72, 0x6F, 0x73, 0x74, 0x65, 0x72, 0x20, 0x3D, 0x20, 0xFF, 0xFE])
        #expect(
            thrownMessage { () throws(ConfigError) in _ = try PlanConfigLoader.load(path: path) }
                == "\(path): cannot read the config file (not UTF-8 text) — make it a readable UTF-8 text file")
    }

    @Test("validateYears checks the data's base year against the horizon and the priority year")
    func validateYears() throws {
        var config = PlanConfig(path: "plan.toml", population: ["p.csv"], roster: "r.csv", priorityYear: .year(2028))
        try config.validateYears(baseYear: 2025, horizon: 2030)
        try config.validateYears(baseYear: 2028, horizon: 2028)
        #expect(
            thrownMessage { () throws(ConfigError) in try config.validateYears(baseYear: 2029, horizon: 2034) }
                == "plan.toml: `priority.year` 2028 is outside the planning years 2029–2034 — choose a year from 2029 to "
                + "2034, \"base\" or \"horizon\"")
        #expect(
            thrownMessage { () throws(ConfigError) in try config.validateYears(baseYear: 2025, horizon: 2024) }
                == "plan.toml: `horizon` 2024 is before the base year 2025 — set horizon to 2025 or later")
        config.priorityYear = .base
        try config.validateYears(baseYear: 2040, horizon: 2045)
        try config.validateYears(baseYear: 2040, horizon: 2090)
        #expect(
            thrownMessage { () throws(ConfigError) in try config.validateYears(baseYear: 2024, horizon: 2100) }
                == "plan.toml: `horizon` is 2100, 76 years after the base year 2024, more than 50 — set horizon to "
                + "2074 or earlier")
    }
}
