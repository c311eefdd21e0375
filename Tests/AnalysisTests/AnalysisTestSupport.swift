import Testing

@testable import Analysis
@testable import Ingestion

/// `"65.02.01"` → its code; test input is always well formed.
func kec(_ text: String) -> KecamatanCode {
    let parts = text.split(separator: ".").map { Int($0)! }
    return KecamatanCode(province: parts[0], kabupaten: parts[1], kecamatan: parts[2])
}

/// True when `actual` is within 1e-9 of `expected`, relative for values above 1.
func isClose(_ actual: Double, _ expected: Double) -> Bool {
    abs(actual - expected) <= 1e-9 * max(1, abs(expected))
}

/// Expects `actual` to be `expected` within 1e-9 (relative above 1), naming both on failure.
func expectClose(
    _ actual: Double, _ expected: Double, _ what: String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(isClose(actual, expected), "\(what): \(actual) ≠ \(expected)", sourceLocation: sourceLocation)
}

/// A scenario growth-rate row.
func rate(_ code: RegionCode, from start: Int?, _ value: Double, line: Int = 2) -> ScenarioRate {
    ScenarioRate(code: code, startYear: start, rate: value, file: "scenario.csv", line: line)
}

/// The three modules of the example in docs/INPUTS.md "Plan config", but with `komunikasi` expiring after
/// `komunikasiValid` years and `penanganan_kasus` for TKSK only.
func threeModules(komunikasiValid: Int = 0) -> [TrainingModule] {
    [
        TrainingModule(id: "kebijakan_sosial", name: "Pemahaman kebijakan sosial"),
        TrainingModule(id: "komunikasi", name: "Keterampilan komunikasi", validYears: komunikasiValid),
        TrainingModule(id: "penanganan_kasus", name: "Penanganan kasus sosial", roles: [.tksk]),
    ]
}

/// One roster row for `RosterTable.add`.
struct RosterRow {
    var id: String
    var code: String
    var role: Role
    var active = true
    var start: Int? = nil
    var years: [Int?]
}

/// A roster built in memory, one module column per id of `moduleIDs`.
func roster(_ moduleIDs: [String], _ rows: [RosterRow]) -> RosterTable {
    var table = RosterTable(moduleIDs: moduleIDs)
    for (index, row) in rows.enumerated() {
        table.add(
            Worker(
                kecamatan: kec(row.code), role: row.role, isActive: row.active, startYear: row.start, line: index + 2),
            id: row.id, years: row.years)
    }
    return table
}

/// Role figures built directly, for the per-kecamatan sums.
func roleFigures(
    required: Double, active: Double, trained: Double = 0, missing: Double, slots: Double, modules: Int
) -> RoleYearFigures {
    RoleYearFigures(
        required: required, active: active, trained: trained, missingModules: missing, moduleSlots: slots,
        applicableModules: modules)
}
