import Foundation
import Testing

@testable import Analysis
@testable import Ingestion

/// The method end to end on a tiny province, every figure worked out by hand from docs/METHOD.md.
///
/// B = 2025, H = Y = 2028, default_growth 0.01, attrition 0.1 (retention 0.9^(t − 2025)).
/// Norms: TKSK 1 per kecamatan and 1 per 10,000 residents; PSM 1 per desa and 1 per 50 cases.
/// Modules: kebijakan_sosial, komunikasi (valid 3 years), penanganan_kasus (TKSK only): TKSK 3, PSM 2.
/// Scenario: kabupaten 65.01 grows 5 % a year from 2027. Seats: 6 a year, classes of 4.
///
/// - 65.01.01 Alpha: 10,000 in 2020, 12,000 in 2025 (desa 2, kasus 120); the master list's 5 desa are overridden.
/// - 65.01.02 Beta: 8,000 in 2025 only; desa 3 + kelurahan 1 = 4 from the master list.
/// - 65.02.01 Gamma: master list only, no population → unranked.
@Suite struct PlanAnalyzerTests {
    private static let alpha = kec("65.01.01")
    private static let beta = kec("65.01.02")
    private static let gamma = kec("65.02.01")

    private static let config = PlanConfig(
        path: "plan.toml", regions: "kecamatan.csv", population: ["population.csv"], roster: "roster.csv",
        baseYear: 2025, horizon: 2028, defaultGrowth: 0.01, attrition: 0.1,
        norms: PerRole(
            tksk: WorkforceNorm(perKecamatan: 1, populationPerWorker: 10000),
            psm: WorkforceNorm(perDesa: 1, casesPerWorker: 50)),
        modules: threeModules(komunikasiValid: 3), seatsPerYear: 6, batchSize: 4)

    private static let years = PlanYears(base: 2025, horizon: 2028, priority: 2028)

    private static var data: IngestedData {
        var data = IngestedData(moduleIDs: config.modules.map(\.id))
        var regions = RegionsTable()
        let master: [(KecamatanCode, String, String, Int, Int?)] = [
            (alpha, "Alpha", "Kab Satu", 5, nil), (beta, "Beta", "Kab Satu", 3, 1), (gamma, "Gamma", "Kab Dua", 2, nil),
        ]
        for (index, row) in master.enumerated() {
            regions.add(
                Region(
                    code: row.0, name: row.1, kabupaten: row.2, desa: row.3, kelurahan: row.4, bpsCode: nil,
                    areaKm2: nil, line: index + 2))
        }
        data.regions = regions
        data.population.add(
            PopulationFigure(year: 2020, population: 10000, file: "population.csv", line: 2), code: alpha,
            name: "Alpha", kabupaten: "Kab Satu", desa: nil, caseload: nil)
        data.population.add(
            PopulationFigure(year: 2025, population: 12000, file: "population.csv", line: 3), code: alpha,
            name: "Alpha", kabupaten: "Kab Satu", desa: 2, caseload: 120)
        data.population.add(
            PopulationFigure(year: 2025, population: 8000, file: "population.csv", line: 4), code: beta, name: "Beta",
            kabupaten: "Kab Satu", desa: nil, caseload: nil)
        // Module years in config order: kebijakan_sosial, komunikasi, penanganan_kasus.
        data.roster = roster(
            config.modules.map(\.id),
            [
                RosterRow(id: "w1", code: "65.01.01", role: .tksk, years: [2020, 2023, 2021]),
                RosterRow(id: "w2", code: "65.01.01", role: .psm, years: [2026, nil, 2022]),
                RosterRow(id: "w3", code: "65.01.01", role: .psm, start: 2027, years: [nil, nil, nil]),
                RosterRow(id: "w4", code: "65.01.01", role: .tksk, active: false, years: [2020, 2020, 2020]),
                RosterRow(id: "w5", code: "65.01.02", role: .tksk, years: [2024, 2024, nil]),
                RosterRow(id: "w6", code: "65.01.02", role: .psm, years: [2025, 2025, nil]),
            ])
        data.scenario.rates = [rate(.kabupaten(KabupatenCode(province: 65, kabupaten: 1)), from: 2027, 0.05)]
        return data
    }

    private let analysis = PlanAnalyzer.analyze(config: Self.config, years: Self.years, data: Self.data.planData)

    @Test func kecamatanAndUnranked() throws {
        #expect(analysis.kecamatan.map(\.code) == [Self.alpha, Self.beta])
        #expect(analysis.unranked == [UnrankedKecamatan(code: Self.gamma, name: "Gamma", kabupaten: "Kab Dua")])
        let alpha = try #require(analysis.kecamatan(Self.alpha))
        #expect(alpha.name == "Alpha" && alpha.kabupaten == "Kab Satu")
        // D_k: the population row's desa 2 beats the master list's 5; Beta 3 desa + 1 kelurahan.
        #expect(alpha.villages == 2)
        #expect(analysis.kecamatan(Self.beta)?.villages == 4)
        #expect(analysis.kecamatan(Self.gamma) == nil)
    }

    @Test func growthRates() throws {
        let alpha = try #require(analysis.kecamatan(Self.alpha))
        let beta = try #require(analysis.kecamatan(Self.beta))
        // r_Alpha = (12000/10000)^(1/5) − 1 = 0.03713728933664817; r_Beta = default_growth 0.01.
        expectClose(alpha.baseRate, 0.037_137_289_336_648_17)
        expectClose(beta.baseRate, 0.01)
        // Alpha: P(2028) = 12000 · 1.2^(1/5) · 1.05² = 13721.326337923856;
        // g = (13721.326337923856 / 12000)^(1/3) − 1 = 0.045694801779116334.
        expectClose(alpha.growth, 0.045_694_801_779_116_334)
        // Beta: 8000 · 1.01 · 1.05² = 8908.2; g = (8908.2 / 8000)^(1/3) − 1 = 0.0364936775458129.
        expectClose(beta.growth, 0.036_493_677_545_812_9)
    }

    @Test func populationPath() throws {
        // Alpha after 2025: r_Alpha in 2026 (before the schedule starts), then 5 %.
        // Beta: 1 % in 2026, then 5 %.
        let expected: [KecamatanCode: [Double]] = [
            Self.alpha: [12000, 12445.647472039778, 13067.929845641767, 13721.326337923856],
            Self.beta: [8000, 8080, 8484, 8908.2],
        ]
        for (code, path) in expected {
            let kecamatan = try #require(analysis.kecamatan(code))
            for (year, value) in zip(2025...2028, path) {
                expectClose(kecamatan.figures(year).population, value, "\(code) \(year)")
            }
        }
    }

    @Test func alphaAtBaseYear() throws {
        let figures = try #require(analysis.kecamatan(Self.alpha)).figures(2025)
        expectClose(figures.population, 12000)
        expectClose(figures.caseload, 120)  // observed in 2025 itself
        // TKSK: req max(1, ⌈12000/10000⌉ = 2) = 2; w1 (w4 inactive), all three modules current
        // (komunikasi 2023: 2025 − 2023 = 2 < 3) → A 1, F 1, M 0, S 3.
        #expect(
            figures.tksk
                == RoleYearFigures(
                    required: 2, active: 1, trained: 1, missingModules: 0, moduleSlots: 3, applicableModules: 3))
        // PSM: req max(2 desa, ⌈120/50 = 2.4⌉ = 3) = 3; w2 only (w3 starts 2027): kebijakan_sosial completed
        // 2026 is not current yet, komunikasi never → A 1, F 0, M 2, S 2.
        #expect(
            figures.psm
                == RoleYearFigures(
                    required: 3, active: 1, trained: 0, missingModules: 2, moduleSlots: 2, applicableModules: 2))
        expectClose(figures.required, 5)
        expectClose(figures.active, 2)
        expectClose(figures.trained, 1)
        expectClose(figures.staffingGap, 3)  // (2 − 1) + (3 − 1)
        expectClose(figures.trainingSeats, 9)  // 0 + 2 + 1 · 3 + 2 · 2
        expectClose(figures.readiness, 0.25)  // (5 − 2) / (2 · 3 + 3 · 2)
        expectClose(figures.pressure, 6000)  // 12000 / 2
        expectClose(figures.activePer10k, 2.0 / 12000 * 10000)  // 1.6666…
        expectClose(figures.untrainedShare, 0.4)  // 2 / 5
    }

    @Test func alphaAtHorizon() throws {
        let figures = try #require(analysis.kecamatan(Self.alpha)).figures(2028)
        // Retention 0.9³ = 0.729.
        expectClose(figures.population, 13721.326337923856)
        // 120 · 13721.326337923856 / 12000 = 137.21326337923855
        expectClose(figures.caseload, 137.21326337923855)
        // TKSK: req max(1, ⌈1.372…⌉ = 2) = 2; w1's komunikasi (2023) expired → 1 missing.
        let tksk = figures.tksk
        expectClose(tksk.required, 2)
        expectClose(tksk.active, 0.729)
        expectClose(tksk.trained, 0)
        expectClose(tksk.missingModules, 0.729)
        expectClose(tksk.moduleSlots, 2.187)  // 3 · 0.729
        // PSM: req max(2, ⌈137.213…/50 = 2.744…⌉ = 3) = 3; w2 (komunikasi missing) + w3 (both missing).
        let psm = figures.psm
        expectClose(psm.required, 3)
        expectClose(psm.active, 1.458)  // 2 · 0.729
        expectClose(psm.trained, 0)
        expectClose(psm.missingModules, 2.187)  // 3 · 0.729
        expectClose(psm.moduleSlots, 2.916)  // 4 · 0.729
        expectClose(figures.required, 5)
        expectClose(figures.active, 2.187)
        expectClose(figures.trained, 0)
        expectClose(figures.staffingGap, 2.813)  // (2 − 0.729) + (3 − 1.458) = 1.271 + 1.542
        expectClose(figures.trainingSeats, 9.813)  // 0.729 + 2.187 + 1.271 · 3 + 1.542 · 2
        expectClose(figures.readiness, 0.18225)  // (2.187 + 2.916 − 2.916) / 12
        expectClose(figures.pressure, 6274.040392283427)  // 13721.326337923856 / 2.187
        expectClose(figures.activePer10k, 1.5938692413104654)  // 2.187 / 13721.326… · 10,000
        expectClose(figures.untrainedShare, 4.0 / 7)  // 2.916 / 5.103
    }

    @Test func betaAtHorizon() throws {
        let figures = try #require(analysis.kecamatan(Self.beta)).figures(2028)
        // No caseload → 0. TKSK req max(1, ⌈0.89082⌉ = 1) = 1: w5 missing komunikasi (2024, expired) and
        // penanganan_kasus → M 2 · 0.729. PSM req 4 desa: w6's komunikasi (2025) expired in 2028 → M 0.729.
        expectClose(figures.caseload, 0)
        expectClose(figures.required, 5)
        expectClose(figures.active, 1.458)
        expectClose(figures.staffingGap, 3.542)  // 0.271 + 3.271
        expectClose(figures.trainingSeats, 9.542)  // 1.458 + 0.729 + 0.271 · 3 + 3.271 · 2
        expectClose(figures.readiness, 1.458 / 11)  // (2.187 + 1.458 − 2.187) / (1 · 3 + 4 · 2)
        expectClose(figures.pressure, 6109.876543209876)  // 8908.2 / 1.458
    }

    @Test func ranking() {
        // At Y = 2028. Readiness gap: Alpha 1 − 0.18225 = 0.81775; Beta 1 − 1.458/11 = 0.8674545…
        // Pressure 6274.04 vs 6109.88 → norm 1 and 0; growth 0.04569 vs 0.03649 → 1 and 0.
        // Untrained share at B: Alpha 2/5 = 0.4; Beta 1/5 = 0.2 (w5 lacks penanganan_kasus, w6 has both).
        // Alpha: 0.4 · 0.81775 + 0.3 · 1 + 0.15 · 1 + 0.15 · 0.4 = 0.8371
        // Beta: 0.4 · 0.8674545… + 0 + 0 + 0.15 · 0.2 = 0.3769818181…
        #expect(analysis.ranking.map(\.code) == [Self.alpha, Self.beta])
        #expect(analysis.ranking.map(\.rank) == [1, 2])
        let (alpha, beta) = (analysis.ranking[0], analysis.ranking[1])
        expectClose(alpha.score, 0.8371)
        expectClose(alpha.components.readinessGap, 0.81775)
        expectClose(alpha.components.pressure, 1)
        expectClose(alpha.components.growth, 1)
        expectClose(alpha.components.untrainedShare, 0.4)
        expectClose(beta.score, 0.4 * (1 - 1.458 / 11) + 0.15 * 0.2)
        expectClose(beta.components.readinessGap, 1 - 1.458 / 11)
        expectClose(beta.components.pressure, 0)
        expectClose(beta.components.growth, 0)
        expectClose(beta.components.untrainedShare, 0.2)
    }

    @Test func allocation() {
        // ⌈seats − 1e-9⌉ per year: Alpha 9, ⌈9.3⌉ = 10, ⌈9.57⌉ = 10, ⌈9.813⌉ = 10;
        // Beta 7, ⌈7.4⌉ = 8, ⌈8.57⌉ = 9, ⌈9.542⌉ = 10.
        // 2025: Alpha 6 (of 9). 2026: Alpha 10 − 6 = 4, Beta 2 (of 8). 2027: Alpha 0, Beta 9 − 2 = 7 → 6.
        // 2028: Beta 10 − 8 = 2.
        #expect(
            analysis.allocation.entries == [
                AllocationEntry(year: 2025, rank: 1, code: Self.alpha, seats: 6),
                AllocationEntry(year: 2026, rank: 1, code: Self.alpha, seats: 4),
                AllocationEntry(year: 2026, rank: 2, code: Self.beta, seats: 2),
                AllocationEntry(year: 2027, rank: 2, code: Self.beta, seats: 6),
                AllocationEntry(year: 2028, rank: 2, code: Self.beta, seats: 2),
            ])
        // Classes of 4: 2, 2, 2, 1. Unmet: 3 + 7 = 10, 0 + 6, 0 + 1, 0.
        #expect(
            analysis.allocation.years == [
                AllocationYear(year: 2025, seats: 6, classes: 2, unmetNeed: 10, kecamatan: 1),
                AllocationYear(year: 2026, seats: 6, classes: 2, unmetNeed: 6, kecamatan: 2),
                AllocationYear(year: 2027, seats: 6, classes: 2, unmetNeed: 1, kecamatan: 1),
                AllocationYear(year: 2028, seats: 2, classes: 1, unmetNeed: 0, kecamatan: 1),
            ])
    }

    @Test func trainingNeedsAndTotals() {
        // At B: w2 lacks kebijakan_sosial (completed 2026) and komunikasi; w5 lacks penanganan_kasus.
        #expect(
            analysis.trainingNeeds == [
                TrainingNeed(
                    id: "w2", code: Self.alpha, role: .psm, missingModules: ["kebijakan_sosial", "komunikasi"]),
                TrainingNeed(id: "w5", code: Self.beta, role: .tksk, missingModules: ["penanganan_kasus"]),
            ])
        // Only analysed kecamatan are totalled: province 65 and kabupaten 65.01.
        #expect(analysis.provinces.map(\.code) == ["65"])
        #expect(analysis.kabupaten.map(\.code) == ["65.01"])
        // 2025: gaps 3 + 3 = 6; seats 9 + 7 = 16; P 20,000.
        let province = analysis.provinces[0].figures(2025)
        expectClose(province.staffingGap, 6)
        expectClose(province.trainingSeats, 16)
        expectClose(province.population, 20000)
    }

    @Test func horizonEqualToBaseGivesBaseRateAsGrowth() throws {
        // H = B → g_k = r_k: Alpha 1.2^(1/5) − 1, Beta 0.01.
        let single = PlanAnalyzer.analyze(
            config: Self.config, years: PlanYears(base: 2025, horizon: 2025, priority: 2025), data: Self.data.planData)
        expectClose(try #require(single.kecamatan(Self.alpha)).growth, 0.037_137_289_336_648_17)
        expectClose(try #require(single.kecamatan(Self.beta)).growth, 0.01)
    }

    @Test func zeroBasePopulationGivesBaseRateAsGrowth() throws {
        // P(k,B) = 0 → g_k = r_k; one data year → r_k = default_growth = 0.01.
        var data = IngestedData(moduleIDs: Self.config.modules.map(\.id))
        data.population.add(
            PopulationFigure(year: 2025, population: 0, file: "population.csv", line: 2), code: Self.alpha,
            name: "Alpha", kabupaten: nil, desa: 1, caseload: nil)
        let empty = PlanAnalyzer.analyze(config: Self.config, years: Self.years, data: data.planData)
        let alpha = try #require(empty.kecamatan(Self.alpha))
        expectClose(alpha.growth, 0.01)
        // 0 · 1.01³ = 0 residents at H: pressure 0, active_per_10k 0; TKSK 1 + PSM 1 desa required.
        expectClose(alpha.figures(2028).population, 0)
        expectClose(alpha.figures(2028).activePer10k, 0)
        expectClose(alpha.figures(2028).required, 2)
    }

    @Test func attritionScalesActiveTrainedMissingAndSlots() {
        // Two TKSK at 65.01.01: one fully trained, one with nothing (3 missing). Attrition 0.2, t = B + 2:
        // retention 0.8² = 0.64 → A = 2 · 0.64 = 1.28, F = 0.64, M = 3 · 0.64 = 1.92, S_m = 6 · 0.64 = 3.84.
        var config = Self.config
        config.attrition = 0.2
        let tally = WorkforceTally(
            roster: roster(
                config.modules.map(\.id),
                [
                    RosterRow(id: "t1", code: "65.01.01", role: .tksk, years: [2020, 2025, 2020]),
                    RosterRow(id: "t2", code: "65.01.01", role: .tksk, years: [nil, nil, nil]),
                ]),
            modules: config.modules, years: 2025...2027)
        let figures = PlanAnalyzer.roleFigures(
            .tksk, code: Self.alpha, year: 2027, population: 5000, caseload: 0, villages: 1, tally: tally,
            config: config, baseYear: 2025)
        expectClose(figures.active, 1.28)
        expectClose(figures.trained, 0.64)
        expectClose(figures.missingModules, 1.92)
        expectClose(figures.moduleSlots, 3.84)
        // Required is not scaled: max(1, ⌈5000/10000⌉ = 1) = 1. Gap 0 (1.28 ≥ 1); seats = M = 1.92.
        expectClose(figures.required, 1)
        expectClose(figures.trainingSeats, 1.92)
    }
}
