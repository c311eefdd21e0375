import CapplanTestSupport
import Testing

@testable import Analysis
@testable import Ingestion

/// The tally against a straightforward per-worker computation on seeded generated rosters: every count of
/// every kecamatan, role and year, and the training needs, must be exactly the same.
@Suite struct WorkforceTallyReferenceTests {
    /// Six modules: one for every role, one valid 3 years, one TKSK-only valid 2 years, one PSM-only, one
    /// the roster has no column for (never completed), and one valid for as many years as an Int holds.
    private static let modules = [
        TrainingModule(id: "kebijakan_sosial", name: "Kebijakan"),
        TrainingModule(id: "komunikasi", name: "Komunikasi", validYears: 3),
        TrainingModule(id: "penanganan_kasus", name: "Kasus", roles: [.tksk], validYears: 2),
        TrainingModule(id: "pendampingan", name: "Pendampingan", roles: [.psm]),
        TrainingModule(id: "tanpa_kolom", name: "Tanpa kolom", roles: [.tksk], validYears: 1),
        TrainingModule(id: "seumur_hidup", name: "Seumur hidup", validYears: Int.max),
    ]

    /// The roster's columns: a different order from the config, one extra, one missing.
    private static let columns = [
        "pendampingan", "lain", "komunikasi", "seumur_hidup", "penanganan_kasus", "kebijakan_sosial",
    ]

    /// A seeded roster: inactive workers, start years before, at and after the base year, missing and
    /// expired completions, spread over a few kecamatan of two provinces.
    static func generated(seed: UInt64, count: Int, withNames: Bool = false) -> RosterTable {
        var random = SeededGenerator(seed: seed)
        let codes = ["65.01.01", "65.01.02", "65.02.01", "65.02.07", "11.01.01", "11.05.03", "99.99.99"]
        var table = RosterTable(moduleIDs: columns)
        for index in 0..<count {
            let code = codes[random.below(codes.count)]
            let role: Role = random.below(2) == 0 ? .tksk : .psm
            let start: Int? = random.below(3) == 0 ? nil : 2020 + random.below(13)
            let years: [Int?] = columns.map { _ in random.below(3) == 0 ? nil : 2015 + random.below(18) }
            table.add(
                Worker(
                    kecamatan: kec(code), role: role, isActive: random.below(8) != 0, startYear: start, line: index + 2),
                id: "w\(index)", name: withNames ? "Nama \(index)" : nil, years: years)
        }
        return table
    }

    /// The per-worker reference: for every active worker and every plan year at or after its start,
    /// each applicable module tested on its own.
    static func reference(
        roster: RosterTable, modules: [TrainingModule], years: ClosedRange<Int>
    ) -> (
        counts: [KecamatanCode: [Role: [Int: WorkforceCounts]]], needs: [TrainingNeed]
    ) {
        var counts: [KecamatanCode: [Role: [Int: WorkforceCounts]]] = [:]
        var needs: [TrainingNeed] = []
        for (index, worker) in roster.workers.enumerated() where worker.isActive {
            let applicable = modules.filter { $0.roles.contains(worker.role) }
            for year in years where (worker.startYear ?? year) <= year {
                let missing = applicable.filter { module in
                    let completed = roster.moduleIDs.firstIndex(of: module.id).flatMap {
                        roster.completion(worker: index, module: $0)
                    }
                    return !TrainingStatus.isCurrent(completed: completed, at: year, validYears: module.validYears)
                }
                var entry = counts[worker.kecamatan, default: [:]][worker.role, default: [:]][year, default: .init()]
                entry.workers += 1
                entry.missingModules += missing.count
                if missing.isEmpty { entry.fullyTrained += 1 }
                counts[worker.kecamatan, default: [:]][worker.role, default: [:]][year] = entry
                if year == years.lowerBound && !missing.isEmpty {
                    needs.append(
                        TrainingNeed(
                            id: roster.ids[index], code: worker.kecamatan, role: worker.role,
                            missingModules: missing.map(\.id), name: roster.names.isEmpty ? nil : roster.names[index]))
                }
            }
        }
        return (counts, needs)
    }

    @Test(arguments: [(UInt64(1), 2025...2030), (2, 2025...2025), (3, 2028...2031), (4, 2010...2012)])
    func matchesPerWorkerComputation(seed: UInt64, years: ClosedRange<Int>) {
        let roster = Self.generated(seed: seed, count: 3000, withNames: seed == 2)
        let tally = WorkforceTally(roster: roster, modules: Self.modules, years: years)
        let expected = Self.reference(roster: roster, modules: Self.modules, years: years)
        let codes = Set(roster.workers.map(\.kecamatan)).union([kec("65.09.09")])
        var checked = 0
        for code in codes {
            for role in Role.allCases {
                for year in years {
                    let want = expected.counts[code]?[role]?[year] ?? WorkforceCounts()
                    #expect(tally.counts(code, role, year) == want, "\(code) \(role.rawValue) \(year)")
                    checked += want.workers
                }
            }
        }
        #expect(checked > 0)
        #expect(tally.needs == expected.needs)
        #expect(!tally.needs.isEmpty)
    }

    /// Many modules: past 16 the missing-module arrays are shared through a dictionary, past 64 built per worker.
    @Test(arguments: [20, 70])
    func manyModules(count: Int) {
        let modules = (0..<count).map {
            TrainingModule(
                id: "m\($0)", name: "Modul \($0)", roles: $0 % 5 == 0 ? [.psm] : Role.allCases, validYears: $0 % 4)
        }
        var random = SeededGenerator(seed: UInt64(count))
        var table = RosterTable(moduleIDs: modules.map(\.id).reversed())
        for index in 0..<300 {
            table.add(
                Worker(
                    kecamatan: kec(index % 3 == 0 ? "65.01.01" : "65.01.02"), role: index % 2 == 0 ? .tksk : .psm,
                    isActive: true, startYear: nil, line: index + 2),
                id: "w\(index)", years: modules.map { _ in random.below(20) == 0 ? nil : 2018 + random.below(9) })
        }
        let tally = WorkforceTally(roster: table, modules: modules, years: 2025...2026)
        let expected = Self.reference(roster: table, modules: modules, years: 2025...2026)
        for (code, roles) in expected.counts {
            for (role, byYear) in roles {
                for (year, want) in byYear { #expect(tally.counts(code, role, year) == want) }
            }
        }
        #expect(tally.needs == expected.needs)
        #expect(tally.needs.count > 100)
    }

    @Test func emptyRosterCountsNothing() {
        let tally = WorkforceTally(
            roster: RosterTable(moduleIDs: Self.columns), modules: Self.modules, years: 2025...2027)
        #expect(tally.counts(kec("65.01.01"), .tksk, 2025) == WorkforceCounts())
        #expect(tally.needs.isEmpty)
    }

    @Test func noModulesMeansFullyTrained() {
        let roster = Self.generated(seed: 5, count: 200)
        let tally = WorkforceTally(roster: roster, modules: [], years: 2025...2026)
        let expected = Self.reference(roster: roster, modules: [], years: 2025...2026)
        for (code, roles) in expected.counts {
            for (role, byYear) in roles {
                for (year, want) in byYear {
                    #expect(tally.counts(code, role, year) == want)
                    #expect(want.fullyTrained == want.workers)
                }
            }
        }
        #expect(tally.needs.isEmpty)
    }
}

extension SeededGenerator {
    /// A number in 0..<bound.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
