import Analysis
import Foundation
import Ingestion

@testable import Reporting

/// A small hand-made run: three kecamatan with population data in two kabupaten of province 65,
/// one kecamatan of the master list without any, years 2025–2027 with 5% attrition, an allocation
/// plan of 30 seats a year, training needs, and a run context with inputs, sources, rejects, a
/// warning and the ranks of a previous run.
///
/// The figures are built from a few seeds by the formulas of docs/METHOD.md (simplified: training status does
/// not change over the years), so that scores, components, totals and allocation agree with each
/// other the way a real run's would.
enum ReportFixture {
    /// The planning years.
    static let years = PlanYears(base: 2025, horizon: 2027, priority: 2027)

    /// The config: one TKSK per kecamatan; PSM one per desa or one per 2,500 residents.
    static let config = PlanConfig(
        path: "plan.toml", regions: "reference/kecamatan.csv", population: ["raw/population.csv"],
        roster: "raw/roster.csv", baseYear: 2025, horizon: 2027, defaultGrowth: 0.01, attrition: 0.05,
        norms: PerRole(tksk: WorkforceNorm(perKecamatan: 1), psm: WorkforceNorm(perDesa: 1, populationPerWorker: 2500)),
        modules: [
            TrainingModule(id: "kebijakan_sosial", name: "Pemahaman kebijakan sosial"),
            TrainingModule(id: "komunikasi", name: "Keterampilan komunikasi"),
            TrainingModule(id: "penanganan_kasus", name: "Penanganan kasus sosial", validYears: 3),
        ],
        seatsPerYear: 30, batchSize: 15)

    /// Active, fully trained and missing modules of one role in one kecamatan at B.
    struct Roster {
        var active: Double
        var trained: Double
        var missing: Double
    }

    /// What a kecamatan's figures are built from.
    struct Seed {
        var code: KecamatanCode
        var name: String
        var kabupaten: String
        var villages: Int
        var population: Double
        var growth: Double
        var caseload: Double
        var tksk: Roster
        var psm: Roster
        /// Rejected rows that concern it and the kinds of its population figures.
        var quality = KecamatanDataQuality()
    }

    static func code(_ kabupaten: Int, _ kecamatan: Int) -> KecamatanCode {
        KecamatanCode(province: 65, kabupaten: kabupaten, kecamatan: kecamatan)
    }

    static let seeds = [
        Seed(
            code: code(1, 1), name: "Malinau Kota", kabupaten: "Malinau", villages: 10, population: 28_450,
            growth: 0.02, caseload: 1_240, tksk: Roster(active: 1, trained: 1, missing: 0),
            psm: Roster(active: 6, trained: 2, missing: 9),
            quality: KecamatanDataQuality(rejectedPopulationRows: 1, populationKinds: [.census, .allocated])),
        Seed(
            code: code(2, 1), name: "Tanjung Palas", kabupaten: "Bulungan", villages: 12, population: 16_020,
            growth: 0.045, caseload: 610, tksk: Roster(active: 1, trained: 1, missing: 0),
            psm: Roster(active: 11, trained: 9, missing: 3), quality: KecamatanDataQuality(populationKinds: [.derived])),
        Seed(
            code: code(2, 4), name: "Tanjung Selor", kabupaten: "Bulungan", villages: 10, population: 41_875,
            growth: 0.034, caseload: 2_310, tksk: Roster(active: 0, trained: 0, missing: 0),
            psm: Roster(active: 5, trained: 1, missing: 10),
            quality: KecamatanDataQuality(populationKinds: [.census, .projection])),
    ]

    /// The analysis; the seeds, config and needs can be swapped for a variant.
    static func analysis(
        seeds: [Seed] = seeds, config: PlanConfig = config, trainingNeeds: [TrainingNeed] = trainingNeeds
    ) -> PlanAnalysis {
        let kecamatan = seeds.map(kecamatanAnalysis)
        let ranking = rank(kecamatan, weights: config.weights)
        return PlanAnalysis(
            years: years, config: config, kecamatan: kecamatan, ranking: ranking,
            unranked: [UnrankedKecamatan(code: code(2, 5), name: "Sekatak", kabupaten: "Bulungan")],
            allocation: allocate(kecamatan, ranking: ranking, config: config), trainingNeeds: trainingNeeds,
            provinces: [totals(kecamatan, level: .province, code: "65", name: "")],
            kabupaten: [
                totals(kecamatan.filter { $0.code.kabupaten == 1 }, level: .kabupaten, code: "65.01", name: "Malinau"),
                totals(kecamatan.filter { $0.code.kabupaten == 2 }, level: .kabupaten, code: "65.02", name: "Bulungan"),
            ])
    }

    static let trainingNeeds = [
        TrainingNeed(
            id: "PSM-0104", code: code(1, 1), role: .psm,
            missingModules: ["kebijakan_sosial", "komunikasi", "penanganan_kasus"]),
        TrainingNeed(id: "PSM-0107", code: code(1, 1), role: .psm, missingModules: ["komunikasi"]),
        TrainingNeed(id: "PSM-0211", code: code(2, 1), role: .psm, missingModules: ["penanganan_kasus"]),
        TrainingNeed(
            id: "PSM-0402", code: code(2, 4), role: .psm, missingModules: ["kebijakan_sosial", "penanganan_kasus"]),
    ]

    /// The run context; `previousRanks` nil means no previous run.
    static func context(previousRanks: [KecamatanCode: Int]? = [code(1, 1): 1, code(2, 4): 2]) -> RunContext {
        RunContext(
            toolVersion: "0.1.0", startedAt: "2026-01-15T02:00:00Z", finishedAt: "2026-01-15T02:00:03Z",
            configPath: "plan.toml", configSHA256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            inputs: [
                .init(
                    role: .regions, path: "reference/kecamatan.csv",
                    sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                    rows: RowCounts(read: 4, accepted: 4)),
                .init(
                    role: .population, path: "raw/population.csv",
                    sha256: "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
                    rows: RowCounts(read: 11, accepted: 9, rejected: 1, skipped: 1)),
                .init(
                    role: .roster, path: "raw/roster.csv",
                    sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                    rows: RowCounts(read: 32, accepted: 31, rejected: 1)),
            ],
            sources: [
                (source: "BPS Kabupaten Bulungan 2024", figures: 6), (source: "BPS Kabupaten Malinau 2024", figures: 3),
            ],
            rejects: [
                Diagnostic(
                    severity: .error, file: "raw/population.csv", line: 7, column: 5,
                    reason: "penduduk: not a whole number", value: "2l.400", hint: "write the count as digits",
                    kecamatan: code(1, 1)),
                Diagnostic(
                    severity: .error, file: "raw/roster.csv", line: 19, column: 4,
                    reason: "kode_kecamatan: unknown kecamatan code", value: "65.03.01",
                    hint: "add the kecamatan to the regions file or correct the code"),
            ],
            warnings: [
                Diagnostic(
                    severity: .warning, file: "reference/kecamatan.csv", line: 5, column: nil,
                    reason: "kecamatan 65.02.05 has no population data", value: nil, hint: "it is not ranked")
            ],
            previousRanks: previousRanks)
    }
}
