import CapplanTestSupport
import Foundation
import Testing

/// Issue 11, item 7 ("garbage never replaces a good night"): a file rejecting more than `[quality]
/// max_rejected_share` of its rows stops `run` and `whatif` before anything is written, and `validate` with them;
/// a cell over 1,000 characters rejects its row, one over 65,536 bytes stops the file (docs/INPUTS.md "Plan config",
/// "Bounds").
@Suite("rejected share and long cells, end to end")
struct RejectedShareEndToEndTests {
    static let run = RunEndToEndTests.run
    static let validate = ["validate", "--config", "plan.toml", "--quiet"] + RunEndToEndTests.asOf
    static let whatif =
        ["whatif", "--config", "plan.toml", "--scenario", "scenario.csv", "--out", "out", "--quiet"]
        + RunEndToEndTests.asOf

    /// Rows that are no roster rows: binary junk, a web page, JSON, a row of three cells.
    static let garbage = [
        "PK\u{3}\u{4}\u{14}\u{6}", "<html><body>Not Found</body></html>", "%PDF-1.7 %âãÏÓ", "{ \"error\": 404 }",
        "#########", "1,2,3", "\u{1B}[31mERROR\u{1B}[0m",
    ]

    /// The share message for `file`.
    static func share(
        _ file: String, _ rejected: Int, _ rows: Int, _ percent: String, limit: String = "0.10"
    )
        -> String
    {
        "capplan: \(file): \(rejected) of \(rows) rows rejected (\(percent) %), more than [quality] max_rejected_share = "
            + "\(limit) allows — fix the file (capplan validate lists its rejected rows) or raise max_rejected_share "
            + "in the plan\n"
    }

    /// The roster's header and its first `count` data rows (all accepted).
    static func roster(_ folder: borrowing FixtureFolder, goodRows count: Int) throws -> [String] {
        let lines = try folder.read("roster.csv").split(separator: "\n").map(String.init)
        return Array(lines.prefix(1 + count))
    }

    /// Every file under `out`, by relative path, with its bytes.
    static func snapshot(_ folder: borrowing FixtureFolder) throws -> [String: Data] {
        try OutputSafetyEndToEndTests.snapshot(folder, "out")
    }

    @Test("a roster of 5 good rows and 7 of garbage: run, whatif, explain and validate exit 65, the previous run kept")
    func garbageRoster() throws {
        let folder = try FixtureFolder("run")
        let good = try folder.run(Self.run)
        #expect(good.exitCode == 0, "stderr: \(good.stderr)")
        let before = try Self.snapshot(folder)
        #expect(before.count > 5 && before["manifest.json"] != nil)

        let lines = try Self.roster(folder, goodRows: 5) + Self.garbage[..<4] + [""] + Self.garbage[4...] + [""]
        try folder.write(lines.joined(separator: "\n") + "\n", to: "roster.csv")
        let message = Self.share("roster.csv", 7, 12, "58.3")
        for arguments in [Self.run, Self.whatif] {
            let result = try folder.run(arguments)
            #expect(result.exitCode == 65)
            #expect(result.stderr == message)
            #expect(result.stdout == "")
            #expect(try Self.snapshot(folder) == before)
        }
        #expect(
            try folder.listing() == ["out", "plan.toml", "population.csv", "regions.csv", "roster.csv", "scenario.csv"])

        let explain = try folder.run(
            ["explain", "65.01.04", "--config", "plan.toml", "--quiet"] + RunEndToEndTests.asOf)
        #expect(explain.exitCode == 65)
        #expect(explain.stderr == message)
        #expect(explain.stdout == "")

        let validate = try folder.run(Self.validate)
        #expect(validate.exitCode == 65)
        #expect(validate.stderr == message)
        #expect(validate.stdout.contains("roster      roster.csv: read 14, accepted 5, rejected 7, skipped 2\n"))
        #expect(validate.stdout.contains("    roster.csv:13: row has 3 fields, the header has 9 — "))
        #expect(validate.stdout.hasSuffix("result: 3 files read, 7 rows rejected (exit code 65)\n"))
    }

    @Test("a share just at the limit passes (1 of 10 rows is not more than 0.10); one more row rejected fails")
    func atTheLimit() throws {
        let folder = try FixtureFolder("run")
        let original = try folder.read("roster.csv").split(separator: "\n").map(String.init)
        let rejected = try #require(original.last)
        #expect(rejected.contains("Pendamping"))
        let lines = try Self.roster(folder, goodRows: 9) + [rejected]
        try folder.write(lines.joined(separator: "\n") + "\n", to: "roster.csv")
        let result = try folder.run(Self.run)
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        #expect(try folder.read("out/rejects.csv").split(separator: "\n").count == 2)

        try folder.write((lines + ["W99,x,guru,65.01.04,aktif,,,,"]).joined(separator: "\n") + "\n", to: "roster.csv")
        let over = try folder.run(Self.validate)
        #expect(over.exitCode == 65)
        #expect(over.stderr == Self.share("roster.csv", 2, 11, "18.2"))
    }

    @Test("max_rejected_share = 1 accepts a roster of nothing but garbage; 0 refuses a single rejected row")
    func extremes() throws {
        let folder = try FixtureFolder("run")
        let header = try Self.roster(folder, goodRows: 0)
        try folder.write((header + Self.garbage).joined(separator: "\n") + "\n", to: "roster.csv")
        try folder.allowRejectedShare("1")
        let anything = try folder.run(Self.run)
        #expect(anything.exitCode == 0)
        #expect(anything.stderr == "")
        #expect(try folder.read("out/rejects.csv").split(separator: "\n").count == 1 + Self.garbage.count)

        let strict = try FixtureFolder("run")
        try strict.allowRejectedShare("0")
        let none = try strict.run(Self.run)
        #expect(none.exitCode == 65)
        #expect(none.stderr == Self.share("roster.csv", 1, 13, "7.7", limit: "0.00"))
        #expect(try strict.listing() == ["plan.toml", "population.csv", "regions.csv", "roster.csv", "scenario.csv"])
    }

    @Test("a kecamatan name of 2,000 characters rejects its population row without showing it")
    func longName() throws {
        let folder = try FixtureFolder("run")
        let population = try folder.read("population.csv")
        let name = String(repeating: "Tanjung Palas Timur ", count: 99) + "Tanjung Palas Timur."
        let edited = population.replacingOccurrences(
            of: "65.01.04,Tanjung Palas Timur,Kabupaten Bulungan,2024,",
            with: "65.01.04,\(name),Kabupaten Bulungan,2024,")
        #expect(edited != population)
        try folder.write(edited, to: "population.csv")
        let reject =
            "population.csv:3:2: kecamatan: longer than 1,000 characters (a value of 2,000 characters, not shown) — "
            + "no name, code or number is that long: look for a quote closed too late, or shorten the cell\n"

        let refused = try folder.run(Self.validate)
        #expect(refused.exitCode == 65)
        #expect(refused.stderr == Self.share("population.csv", 1, 7, "14.3"))
        #expect(refused.stdout.contains("    " + reject), "\(refused.stdout)")

        try folder.allowRejectedShare("0.2")
        let validate = try folder.run(Self.validate)
        #expect(validate.exitCode == 0)
        #expect(validate.stderr == "")
        #expect(validate.stdout.contains("population  population.csv: read 7, accepted 6, rejected 1, skipped 0\n"))
        let result = try folder.run(Self.run)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        let rejects = try folder.read("out/rejects.csv")
        #expect(
            rejects.contains(
                "population.csv,3,2,\"kecamatan: longer than 1,000 characters\",\"a value of 2,000 characters, not shown\"\n"
            ), "\(rejects)")
        #expect(!rejects.contains("Tanjung Palas Timur Tanjung"))
    }

    @Test("a 10 MB cell in the roster is the file's fatal error: run and validate exit 65, nothing written")
    func hugeCell() throws {
        let folder = try FixtureFolder("run")
        var lines = try folder.read("roster.csv").split(separator: "\n").map(String.init)
        lines[2] =
            "T02,\"" + String(repeating: "Budi Ajang\n", count: 1_000_000) + "\",TKSK,65.01.05,aktif,2018,2020,2020,"
        try folder.write(lines.joined(separator: "\n") + "\n", to: "roster.csv")
        let message =
            "capplan: roster.csv:3:2: a cell longer than 65,536 bytes, which no input of capplan holds — check that "
            + "this is the right file, and look for a quote that opens here and is never closed\n"
        let run = try folder.run(Self.run)
        #expect(run.exitCode == 65)
        #expect(run.stderr == message)
        #expect(try folder.listing() == ["plan.toml", "population.csv", "regions.csv", "roster.csv", "scenario.csv"])
        let validate = try folder.run(Self.validate)
        #expect(validate.exitCode == 65)
        #expect(validate.stderr == message)
        #expect(validate.stdout.contains("roster      roster.csv: read 1, accepted 1, rejected 0, skipped 0\n"))
    }
}
