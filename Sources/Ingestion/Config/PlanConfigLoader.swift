import Foundation
import SystemIO
import TOMLKit

/// Reads the plan config (docs/INPUTS.md "Plan config") into a ``PlanConfig``, checking every key and value.
///
/// Stages: (1) read the file as UTF-8, (2) parse the TOML, reporting the parser's line and column, (3) reject
/// unknown keys table by table, (4) read each section with its types and defaults, (5) check the rules that span
/// sections (base year ≤ priority year ≤ horizon). The first problem found is thrown as a ``ConfigError``.
package enum PlanConfigLoader {
    /// The keys of the document's top level.
    static let topLevelKeys = [
        "regions", "map", "population", "roster", "base_year", "horizon", "default_growth", "attrition", "norms",
        "modules", "priority", "training", "region", "quality", "travel", "venues",
    ]

    /// The calendar years a config may name (``PlanBounds/years``).
    static let plausibleYears = PlanBounds.years

    /// The largest plan file read: 1 MiB (the commented plan of a province is a few kilobytes).
    package static let maximumBytes = 1 << 20

    /// Reads and parses the TOML file at `path`: one open, refusing a folder, a device or pipe (which may
    /// never end, `/dev/zero`) and a file over ``maximumBytes`` before reading it.
    package static func load(path: String) throws(ConfigError) -> PlanConfig {
        let file: SystemFile
        let kind: SystemFile.Kind
        let size: Int
        do throws(SystemError) {
            file = try SystemFile.reading(path, nonBlocking: true)
            kind = try file.kind()
            size = kind == .regular ? try file.size() : 0
        } catch {
            throw error.errno == .noSuchFileOrDirectory
                ? .notFound(path: path) : .unreadable(path: path, reason: error.reason)
        }
        switch kind {
        case .regular: break
        case .folder: throw .unreadable(path: path, reason: "it is a folder")
        case .other: throw .unreadable(path: path, reason: "it is a device or a pipe, not a file")
        }
        if size > maximumBytes {
            throw .unreadable(path: path, reason: "\(size) bytes, more than a plan's \(maximumBytes)")
        }
        let bytes: [UInt8]
        do throws(SystemError) {
            try file.seek(to: 0)
            file.setBlocking()
            bytes = try file.readToEnd(expected: size, limit: maximumBytes)
        } catch {
            throw .unreadable(path: path, reason: error.reason)
        }
        // A file that grew while it was read.
        if bytes.count > maximumBytes {
            throw .unreadable(path: path, reason: "more than a plan's \(maximumBytes) bytes")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .unreadable(path: path, reason: "not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    /// Parses TOML text; `path` is used for messages and for resolving relative paths (against its folder).
    package static func parse(_ text: String, path: String) throws(ConfigError) -> PlanConfig {
        let document: TOMLTable
        do {
            document = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .syntax(
                path: path, line: error.source.begin.line, column: error.source.begin.column,
                message: error.description)
        } catch {
            throw .syntax(path: path, line: 1, column: 1, message: "\(error)")
        }
        let root = ConfigTable(path: path, key: "", table: document)
        try root.rejectUnknownKeys(topLevelKeys)

        let files = try files(root)
        let baseYear = try year(root, "base_year")
        let horizon = try year(root, "horizon")
        if let baseYear, let horizon, horizon < baseYear {
            throw root.invalid(
                "horizon", "\(horizon) is before base_year \(baseYear)",
                hint: "set horizon to \(baseYear) or later, or leave it out for base_year + 5")
        }
        if let baseYear, let horizon, horizon - baseYear > PlanBounds.maximumSpan {
            throw root.invalid(
                "horizon",
                "is \(horizon), \(horizon - baseYear) years after base_year \(baseYear), more than \(PlanBounds.maximumSpan)",
                hint: "set horizon to \(baseYear + PlanBounds.maximumSpan) or earlier")
        }
        let defaultGrowth = try root.double("default_growth") ?? 0
        guard defaultGrowth > PlanBounds.growthRates.above else {
            throw root.invalid(
                "default_growth", "is \(format(defaultGrowth)), must be above -1",
                hint: "give an annual rate such as 0.01 for 1% growth a year")
        }
        guard defaultGrowth < PlanBounds.growthRates.below else {
            throw root.invalid(
                "default_growth", "is \(format(defaultGrowth)), must be below 1",
                hint: "give an annual rate such as 0.01 for 1% growth a year")
        }
        let attrition = try root.double("attrition") ?? 0
        guard attrition >= 0, attrition < 1 else {
            throw root.invalid(
                "attrition", "is \(format(attrition)), must be at least 0 and below 1",
                hint: "give the annual share of workers who leave, such as 0.05")
        }
        let norms = try norms(root)
        let modules = try modules(root)
        let priority = try priority(root)
        try checkPriorityYear(priority.year, baseYear: baseYear, horizon: horizon, in: root)
        let training = try training(root)
        let region = try Self.region(root)
        let maxRejectedShare = try quality(root)
        var classes = try classPlan(root)
        if let name = try root.string("travel") { classes.travel = try file(name, "travel", root) }
        if let capacity = classes.capacity, training.seatsPerYear > 0 {
            let needed = (training.seatsPerYear + training.batchSize - 1) / training.batchSize
            if capacity < needed {
                throw root.invalid(
                    "venues",
                    "hold at most \(capacity) classes a year, and seats_per_year = \(training.seatsPerYear) with "
                        + "batch_size = \(training.batchSize) may need \(needed)",
                    hint: "raise a venue's capacity, or leave capacity out for no limit")
            }
        }
        return PlanConfig(
            path: path, regions: files.regions, map: files.map, population: files.population, roster: files.roster,
            baseYear: baseYear, horizon: horizon, defaultGrowth: defaultGrowth, attrition: attrition, norms: norms,
            modules: modules, priorityYear: priority.year, weights: priority.weights,
            seatsPerYear: training.seatsPerYear, batchSize: training.batchSize, region: region,
            maxRejectedShare: maxRejectedShare, classes: classes)
    }

    /// The input files: `regions` and `map` (optional), `population` and `roster` (required), resolved.
    private static func files(
        _ root: ConfigTable
    ) throws(ConfigError) -> (regions: String?, map: String?, population: [String], roster: String) {
        var regions: String?
        if let name = try root.string("regions") { regions = try file(name, "regions", root) }
        var map: String?
        if let name = try root.string("map") { map = try file(name, "map", root) }
        let population = try population(root)
        guard let roster = try root.string("roster") else { throw .missingKey(path: root.path, key: "roster") }
        return (regions, map, population, try file(roster, "roster", root))
    }

    /// `population`: one path or an array of them, at least one.
    private static func population(_ root: ConfigTable) throws(ConfigError) -> [String] {
        guard let value = root.value("population") else { throw .missingKey(path: root.path, key: "population") }
        if let single = value.string { return [try file(single, "population", root)] }
        guard value.array != nil, let names = try root.strings("population") else {
            throw root.wrongType("population", expected: "a string or an array of strings", value: value)
        }
        guard !names.isEmpty else {
            throw root.invalid("population", "is an empty list", hint: "name at least one population file")
        }
        var files: [String] = []
        for (index, name) in names.enumerated() {
            files.append(try file(name, "population[\(index + 1)]", root))
        }
        return files
    }

    /// A file named at `key`, non-empty, resolved against the config file's folder.
    static func file(_ name: String, _ key: String, _ root: ConfigTable) throws(ConfigError) -> String {
        guard !name.isEmpty else {
            throw root.invalid(key, "is empty", hint: "name a file, relative to the config file's folder")
        }
        return ConfigPath.resolve(name, relativeTo: root.path)
    }

    /// An optional calendar year in ``plausibleYears``.
    static func year(_ table: ConfigTable, _ key: String) throws(ConfigError) -> Int? {
        guard let year = try table.int(key) else { return nil }
        try checkPlausible(year, key, table)
        return year
    }

    /// Throws unless `year` is in ``plausibleYears``.
    static func checkPlausible(_ year: Int, _ key: String, _ table: ConfigTable) throws(ConfigError) {
        guard plausibleYears.contains(year) else {
            throw table.invalid(
                key, "is \(year), outside \(plausibleYears.lowerBound)–\(plausibleYears.upperBound)",
                hint: "give a calendar year such as 2025")
        }
    }

    /// A number for messages: whole numbers without a decimal point.
    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return "\(number)"
    }
}
