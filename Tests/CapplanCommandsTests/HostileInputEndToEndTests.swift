import CapplanTestSupport
import Foundation
import Testing

/// Issue 11, item 2 ("no trap, no hang, anywhere"): inputs that `validate` used to accept but that
/// crashed `run` with a signal or made it hang, each now ending with its exit code and message
/// (docs/INPUTS.md "Bounds").
@Suite("hostile inputs: a message and an exit code, never a signal or a hang")
struct HostileInputEndToEndTests {
    /// `capplan run` on the fixture's plan into `out`.
    static let run = ["run", "--config", "plan.toml", "--out", "out", "--quiet", "--as-of", "2026"]

    /// The run fixture with `old` replaced by `new` in its plan.toml.
    static func folder(replacing old: String, with new: String) throws -> FixtureFolder {
        let folder = try FixtureFolder("run")
        let plan = try folder.read("plan.toml")
        #expect(plan.contains(old))
        try folder.write(plan.replacingOccurrences(of: old, with: new), to: "plan.toml")
        return folder
    }

    /// Runs `arguments` and checks the exit code and the whole of stderr.
    static func expect(
        _ folder: borrowing FixtureFolder, _ arguments: [String], exit code: Int32, stderr: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let result = try folder.run(arguments, sourceLocation: sourceLocation)
        #expect(result.exitCode == code, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr == stderr, sourceLocation: sourceLocation)
    }

    @Test("1. a horizon 75 years out with a 99 % growth scenario is a config error, not an Int trap")
    func farHorizon() throws {
        let folder = try Self.folder(replacing: "horizon = 2028", with: "horizon = 2100")
        try folder.write("kode,pertumbuhan\n65.01.04,0.99\n", to: "growth.csv")
        let message =
            "capplan: plan.toml: `horizon` is 2100, 75 years after base_year 2025, more than 50 — set horizon to 2075 "
            + "or earlier\n"
        try Self.expect(
            folder, ["validate", "--config", "plan.toml", "--scenario", "growth.csv", "--quiet"], exit: 64,
            stderr: message)
        try Self.expect(folder, Self.run + ["--scenario", "growth.csv"], exit: 64, stderr: message)
    }

    @Test("1. at the bounds (50 years at +99 % a year) the run completes, the need capped at 10^12 seats")
    func compoundedGrowthAtTheBounds() throws {
        let folder = try Self.folder(replacing: "horizon = 2028", with: "horizon = 2075")
        try folder.write("kode,pertumbuhan\n65.01.04,0.99\n", to: "growth.csv")
        try Self.expect(folder, Self.run + ["--scenario", "growth.csv"], exit: 0, stderr: "")
        let allocation = try folder.read("out/allocation.csv")
        #expect(allocation.contains("2075,1,65.01.04,20\n"))
    }

    @Test("2. a population of 10^15 is a rejected cell: the run goes on without the row, --strict exits 65")
    func hugePopulation() throws {
        let folder = try FixtureFolder("run")
        let population = try folder.read("population.csv")
        let edited = population.replacingOccurrences(of: ",2024,16020,", with: ",2024,1000000000000000,")
        #expect(edited != population)
        try folder.write(edited, to: "population.csv")
        try folder.allowRejectedShare()  // 1 of the 7 rows
        let reject =
            "population.csv:3:5: penduduk: number above 100,000,000 (a value of 16 digits, not shown) — no kecamatan count "
            + "comes near it: check the value for extra digits"
        let run = try folder.run(Self.run)
        #expect(run.exitCode == 0, "stderr: \(run.stderr)")
        #expect(try folder.read("out/rejects.csv").contains("number above 100,000,000"))
        let strict = try folder.run(["validate", "--config", "plan.toml", "--strict", "--quiet"])
        #expect(strict.exitCode == 65)
        #expect(strict.stdout.contains(reject), "\(strict.stdout)")
    }

    @Test(
        "3. a norm, a growth rate or a class size out of bounds is a config error (64)",
        arguments: [
            (
                "population_per_worker = 4000", "population_per_worker = 1e-300",
                "`norms.PSM.population_per_worker` is 1e-300, must be 0 or from 1 to 100000000 — give the residents "
                    + "or cases one worker serves, such as 5000, or 0 to switch this norm off"
            ),
            (
                "per_kecamatan = 1", "per_kecamatan = 1e300",
                "`norms.TKSK.per_kecamatan` is 1e+300, must be at most 10000 — give the workers needed per kecamatan "
                    + "or desa, such as 1"
            ),
            (
                "default_growth = 0.01", "default_growth = 1e300",
                "`default_growth` is 1e+300, must be below 1 — give an annual rate such as 0.01 for 1% growth a year"
            ),
            (
                "batch_size = 8", "batch_size = 9223372036854775807",
                "`training.batch_size` is 9223372036854775807, must be at most 1000000 — give the number of "
                    + "trainees per class, such as 30"
            ),
        ])
    func outOfBounds(old: String, new: String, message: String) throws {
        let folder = try Self.folder(replacing: old, with: new)
        try Self.expect(folder, Self.run, exit: 64, stderr: "capplan: plan.toml: \(message)\n")
        try Self.expect(
            folder, ["validate", "--config", "plan.toml", "--quiet"], exit: 64,
            stderr: "capplan: plan.toml: \(message)\n")
    }

    @Test("4. one population year, the largest growth and no allocation: the charts end, the run completes")
    func onePopulationYear() throws {
        let folder = try Self.folder(replacing: "seats_per_year = 20", with: "seats_per_year = 0")
        let plan = try folder.read("plan.toml")
        try folder.write(
            plan.replacingOccurrences(of: "default_growth = 0.01", with: "default_growth = 1e300"), to: "plan.toml")
        try Self.expect(
            folder, Self.run, exit: 64,
            stderr: "capplan: plan.toml: `default_growth` is 1e+300, must be below 1 — give an annual rate such as "
                + "0.01 for 1% growth a year\n")
        let population = try folder.read("population.csv").split(separator: "\n", omittingEmptySubsequences: true)
        let lastYear = [population[0]] + population.dropFirst().filter { $0.contains(",2024,") }
        try folder.write(lastYear.joined(separator: "\n") + "\n", to: "population.csv")
        try folder.write(
            plan.replacingOccurrences(of: "default_growth = 0.01", with: "default_growth = 0.99"), to: "plan.toml")
        try Self.expect(folder, Self.run, exit: 0, stderr: "")
        #expect(try folder.read("out/brief.html").contains("<svg"))
    }

    @Test("data that grow from 1 to 100,000,000 residents in a year: every figure finite, whatif --variant ends")
    func explodingDataGrowth() throws {
        let folder = try FixtureFolder("run")
        let population = try folder.read("population.csv")
        let edited = population.replacingOccurrences(of: ",2020,14210,310,", with: ",2023,1,310,")
            .replacingOccurrences(of: ",2024,16020,", with: ",2024,100000000,")
        #expect(edited != population)
        try folder.write(edited, to: "population.csv")
        try Self.expect(folder, Self.run, exit: 0, stderr: "")
        let row = try #require(
            try folder.read("out/priorities.csv").split(separator: "\n").first { $0.contains("65.01.04") })
        #expect(row.hasPrefix("1,65.01.04,Tanjung Palas Timur,Kabupaten Bulungan,1000000000000000,1000000000000000,"))
        #expect(!row.contains(",,"))
        try Self.expect(
            folder, ["whatif", "--config", "plan.toml", "--variant", "scenario.csv", "--out", "rob", "--quiet"],
            exit: 0, stderr: "")
        try Self.expect(folder, ["compare", "out", "out", "--out", "same.csv"], exit: 0, stderr: "")
    }

    @Test("sample --kecamatan Int.max is a usage error (64), not an overflow of 10 workers per kecamatan")
    func sampleKecamatanOverflow() throws {
        let folder = try FixtureFolder("run")
        let result = try folder.run(["sample", "--out", "s", "--kecamatan", "9223372036854775807", "--quiet"])
        #expect(result.exitCode == 64)
        #expect(result.stderr.hasPrefix("Error: --kecamatan must be between 1 and 50000\n"), "\(result.stderr)")
    }

    @Test("anything unforeseen: a trap exits 70 with a message, not with a signal")
    func trapExits70() throws {
        let folder = try FixtureFolder("run")
        let result = try CapplanProcess.run(
            ["validate", "--config", "plan.toml", "--quiet"], in: folder.url,
            environment: ["CAPPLAN_TEST_TRAP": "1", "SWIFT_BACKTRACE": nil])
        #expect(result.exitCode == 70)
        #expect(
            result.stderr.hasSuffix(
                "Fatal error: CAPPLAN_TEST_TRAP=1\ncapplan: internal error: stopped by a fatal signal; this is a bug: "
                    + "please report it with the command line\n"), "\(result.stderr)")
    }

    @Test("5. a previous run whose rank overflows: no previous run for run, a data error for compare and whatif")
    func damagedPreviousRun() throws {
        let folder = try FixtureFolder("run")
        try Self.expect(folder, Self.run, exit: 0, stderr: "")
        let priorities = try folder.read("out/priorities.csv")
        let damaged = priorities.replacingOccurrences(of: "\n1,", with: "\n-9223372036854775808,")
        #expect(damaged != priorities)
        try folder.write(damaged, to: "out/priorities.csv")
        let message =
            "capplan: out/priorities.csv:2:1: rank -9223372036854775808 is outside 1–1000000 — the file has been "
            + "edited; run capplan again\n"
        try Self.expect(folder, ["compare", "out", "out"], exit: 65, stderr: message)
        try Self.expect(
            folder,
            ["whatif", "--config", "plan.toml", "--scenario", "scenario.csv", "--baseline", "out", "--out", "wi"]
                + ["--quiet", "--as-of", "2026"],
            exit: 65, stderr: message)
        try Self.expect(folder, Self.run, exit: 0, stderr: "")
        #expect(!(try folder.read("out/brief.md")).contains("Perubahan peringkat"))
    }

    @Test(
        "3. plan syntax that trips toml++'s own assertions is a config error (64), not an abort",
        arguments: [
            (
                "[", "1:2",
                "Error while parsing key: expected bare key starting character or string delimiter, saw '\\n'"
            ),
            (
                "[ .a]", "1:3",
                "Error while parsing key: expected bare key starting character or string delimiter, saw '.'"
            ),
            ("[=", "1:2", "Error while parsing key: expected bare key starting character or string delimiter, saw '='"),
            ("r = [}]", "1:6", "Error while parsing value: could not determine value type"),
            (
                "[[[1]]]", "1:3",
                "Error while parsing key: expected bare key starting character or string delimiter, saw '['"
            ),
        ])
    func tomlThatAborted(text: String, position: String, what: String) throws {
        let folder = try FixtureFolder("run")
        try folder.write(text + "\n", to: "plan.toml")
        let result = try folder.run(["validate", "--config", "plan.toml", "--quiet"])
        #expect(
            !result.stderr.contains("Assertion"),
            "toml++ was built with its assertions on: build through make (SWIFT_FLAGS in the Makefile)")
        #expect(result.exitCode == 64, "stderr: \(result.stderr)")
        #expect(
            result.stderr
                == "capplan: plan.toml:\(position): invalid TOML: \(what) — fix the TOML syntax at this position\n")
    }

    @Test("a plan naming a device as an input or as the plan: refused at once (65, 64), never read forever")
    func devicesAsInputs() throws {
        let folder = try Self.folder(replacing: "roster = \"roster.csv\"", with: "roster = \"/dev/zero\"")
        let result = try folder.run(["run", "--config", "plan.toml", "--out", "out", "--quiet"])
        #expect(result.exitCode == 65)
        #expect(
            result.stderr
                == "capplan: /dev/zero: cannot read the file (it is a device or a pipe, not a file) — check that it "
                + "is a readable file\n")
        let plan = try folder.run(["validate", "--config", "/dev/zero", "--quiet"])
        #expect(plan.exitCode == 64)
        #expect(
            plan.stderr
                == "capplan: /dev/zero: cannot read the config file (it is a device or a pipe, not a file) — make it "
                + "a readable UTF-8 text file\n")
    }
}
