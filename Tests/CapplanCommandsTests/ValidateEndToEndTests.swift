import CapplanTestSupport
import Foundation
import Testing

/// `capplan validate` as a planner runs it: the built binary, in a scratch copy of a fixture set, with
/// relative paths and `--as-of 2026` so nothing depends on the machine or the clock.
@Suite("capplan validate, end to end")
struct ValidateEndToEndTests {
    static let asOf = ["--as-of", "2026"]

    /// What the messy fixture's files reject, each more than the default `[quality] max_rejected_share`.
    static let messyShares = [
        ("regions.csv", 4, 9, "44.4"), ("population.csv", 8, 12, "66.7"), ("roster.csv", 8, 13, "61.5"),
    ]
    .map { file, rejected, rows, percent in
        "capplan: \(file): \(rejected) of \(rows) rows rejected (\(percent) %), more than [quality] "
            + "max_rejected_share = 0.10 allows — fix the file (capplan validate lists its rejected rows) or raise "
            + "max_rejected_share in the plan\n"
    }.joined()
    static let messyScenarios = ["--scenario", "scenario.csv", "--scenario", "scenario_misspelt.csv"]

    // MARK: - The clean set

    @Test("a clean set exits 0 and prints the text summary")
    func cleanText() throws {
        let folder = try FixtureFolder("clean")
        let result = try folder.run(["validate", "--config", "plan.toml"] + Self.asOf)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        Golden.check(result.stdout, matches: "clean.txt")
    }

    @Test("a clean set with --json prints the summary as JSON with every file's counts")
    func cleanJSON() throws {
        let folder = try FixtureFolder("clean")
        let result = try folder.run(["validate", "--config", "plan.toml", "--json"] + Self.asOf)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        Golden.check(result.stdout, matches: "clean.json")
        let summary = try Summary(json: result.stdout)
        #expect(summary.exitCode == 0)
        #expect(summary.rejectedRows == 0)
        #expect(summary.years == [2024, 2030, 2030])
        #expect(summary.files.map(\.role) == ["regions", "population", "roster"])
        #expect(summary.files.map(\.counts) == [[3, 3, 0, 0], [6, 6, 0, 0], [5, 5, 0, 0]])
        #expect(summary.files.allSatisfy { $0.fatal == nil })
    }

    @Test("--quiet leaves stderr empty")
    func quiet() throws {
        let folder = try FixtureFolder("clean")
        let result = try folder.run(["validate", "--config", "plan.toml", "--quiet"] + Self.asOf)
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        #expect(!result.stdout.isEmpty)
    }

    @Test("without --quiet stderr has one progress line per file")
    func progress() throws {
        let folder = try FixtureFolder("clean")
        let result = try folder.run(["validate", "--config", "plan.toml"] + Self.asOf)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let expected = [
            "ingest regions regions.csv: 3 rows, 3 accepted, 0 rejected, 0 skipped in ",
            "ingest population population.csv: 6 rows, 6 accepted, 0 rejected, 0 skipped in ",
            "ingest roster roster.csv: 5 rows, 5 accepted, 0 rejected, 0 skipped in ",
        ]
        try #require(lines.count == expected.count, "stderr: \(result.stderr)")
        for (line, prefix) in zip(lines, expected) {
            #expect(line.hasPrefix(prefix), "\(line)")
            #expect(line.hasSuffix(" s"), "\(line)")
        }
    }

    // MARK: - The messy set

    @Test("the messy set exits 65 (a file has a fatal error) and prints every problem")
    func messyText() throws {
        let folder = try FixtureFolder("messy")
        let result = try folder.run(["validate", "--config", "plan.toml"] + Self.messyScenarios + Self.asOf)
        #expect(result.exitCode == 65, "stderr: \(result.stderr)")
        Golden.check(result.stdout, matches: "messy.txt")
    }

    @Test("the messy set as JSON: golden, and read = accepted + rejected + skipped for every file")
    func messyJSON() throws {
        let folder = try FixtureFolder("messy")
        let result = try folder.run(
            ["validate", "--config", "plan.toml", "--json"] + Self.messyScenarios + Self.asOf)
        #expect(result.exitCode == 65)
        Golden.check(result.stdout, matches: "messy.json")
        let summary = try Summary(json: result.stdout)
        #expect(summary.exitCode == 65)
        #expect(
            summary.files.map(\.role) == ["regions", "population", "population", "roster", "scenario", "scenario"])
        for file in summary.files {
            let (read, accepted, rejected, skipped) = (file.counts[0], file.counts[1], file.counts[2], file.counts[3])
            #expect(read == accepted + rejected + skipped, "\(file.path): \(file.counts)")
            #expect(rejected == file.rejectGroupTotal, "\(file.path): rejected vs its reject groups")
        }
        #expect(summary.rejectedRows == summary.files.map { $0.counts[2] }.reduce(0, +))
        #expect(summary.files.filter { $0.fatal != nil }.map(\.path) == ["population_misspelt.csv"])
    }

    @Test("--rejects writes file,line,column,reason,value")
    func messyRejects() throws {
        let folder = try FixtureFolder("messy")
        let result = try folder.run(
            ["validate", "--config", "plan.toml", "--rejects", "rejects.csv"] + Self.messyScenarios + Self.asOf)
        #expect(result.exitCode == 65)
        let rejects = try folder.read("rejects.csv")
        #expect(rejects.hasPrefix("file,line,column,reason,value\n"))
        Golden.check(rejects, matches: "messy_rejects.csv")
    }

    @Test("no roster name or national ID number reaches stdout, stderr or the rejects file")
    func messyPrivacy() throws {
        let folder = try FixtureFolder("messy")
        var texts: [String] = []
        for format in [[], ["--json"]] {
            let result = try folder.run(
                ["validate", "--config", "plan.toml", "--rejects", "rejects.csv"] + format + Self.messyScenarios
                    + Self.asOf)
            texts += [result.stdout, result.stderr, try folder.read("rejects.csv")]
        }
        let personal = [
            "Agus Lawing", "Citra", "Sangg", "Budi", "Dewi", "Eka Bilung", "Fajar", "Padan", "Gita", "Hadi",
            "Indah", "Joko", "Kurnia", "Ngau", "Lestari", "Maria", "Lawing", "6501010101800001", "6501010101800002",
        ]
        for text in texts {
            for word in personal {
                #expect(!text.contains(word), "\"\(word)\" leaked into:\n\(text)")
            }
        }
    }

    // MARK: - --strict

    @Test("rejected rows without a fatal error: exit 0, or 65 under --strict", arguments: [false, true])
    func strict(strict: Bool) throws {
        let folder = try FixtureFolder("clean")
        let roster = try folder.read("roster.csv") + "W006,Gita Irang,Pendamping,65.01.05,aktif,,,,\n"
        try folder.write(roster, to: "roster.csv")
        try folder.allowRejectedShare()  // 1 of the 6 roster rows
        let result = try folder.run(
            ["validate", "--config", "plan.toml", "--quiet"] + (strict ? ["--strict"] : []) + Self.asOf)
        #expect(result.exitCode == (strict ? 65 : 0))
        #expect(result.stdout.contains("roster.csv:7:3: peran: "), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("result: 3 files read, 1 row rejected (exit code \(strict ? 65 : 0))\n"))
    }

    // MARK: - Fatal errors

    @Test("a quote left open at the end of the roster exits 65 with the position of the quote")
    func unterminatedQuote() throws {
        let folder = try FixtureFolder("eof_quote")
        let result = try folder.run(["validate", "--config", "plan.toml"] + Self.asOf)
        #expect(result.exitCode == 65)
        let message =
            "roster.csv:6:2: unterminated quoted field (libcsv: error parsing data while strict checking enabled)"
            + " — close the quote that opens here, or remove it"
        #expect((result.stdout + result.stderr).contains(message), "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains("Eka Bilung"))
    }

    @Test("a roster the config names but that does not exist exits 66")
    func missingRoster() throws {
        let folder = try FixtureFolder("missing")
        let result = try folder.run(["validate", "--config", "plan.toml"] + Self.asOf)
        #expect(result.exitCode == 66)
        let message = "roster_2025.csv: file not found — check the file name and the folder it is in"
        #expect(result.stdout.contains("  FATAL \(message)\n"), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("result: 2 files read, 0 rows rejected, 1 file failed (exit code 66)\n"))
        #expect(result.stderr.hasSuffix("capplan: \(message)\n"), "\(result.stderr)")
    }

    @Test("a config file that does not exist exits 66")
    func missingConfig() throws {
        let folder = try FixtureFolder("clean")
        let result = try folder.run(["validate", "--config", "nope.toml"] + Self.asOf)
        #expect(result.exitCode == 66)
        #expect(
            result.stderr
                == "capplan: nope.toml: no such config file — check the path, or pass another file with --config\n")
        #expect(result.stdout == "")
    }

    @Test("an unknown key in the config exits 64 naming the key")
    func unknownConfigKey() throws {
        let folder = try FixtureFolder("clean")
        try folder.write(try folder.read("plan.toml").replacing("horizon", with: "horizn"), to: "plan.toml")
        let result = try folder.run(["validate", "--config", "plan.toml"] + Self.asOf)
        #expect(result.exitCode == 64)
        #expect(result.stderr == "capplan: plan.toml: unknown key `horizn` — did you mean `horizon`?\n")
        #expect(result.stdout == "")
    }

    @Test("--delimiter with a character that is no delimiter is a usage error (64)")
    func badDelimiter() throws {
        let folder = try FixtureFolder("clean")
        let result = try folder.run(["validate", "--config", "plan.toml", "--delimiter", "x"] + Self.asOf)
        #expect(result.exitCode == 64)
        #expect(result.stderr.contains("--delimiter"), "\(result.stderr)")
        #expect(result.stderr.contains("'x'"), "\(result.stderr)")
        #expect(result.stdout == "")
    }

    @Test("--delimiter ';' on comma files: a one-column header, so required columns are missing (65)")
    func forcedWrongDelimiter() throws {
        let folder = try FixtureFolder("clean")
        let result = try folder.run(["validate", "--config", "plan.toml", "--delimiter", ";", "--json"] + Self.asOf)
        #expect(result.exitCode == 65)
        let summary = try Summary(json: result.stdout)
        #expect(
            summary.files.map(\.fatal) == [
                "regions.csv:1:1: required column 'kode' is missing (accepted names: kode, kode_kecamatan)"
                    + " — add the column or rename its header",
                "population.csv:1:1: required column 'kode_kecamatan' is missing (accepted names: kode_kecamatan, kode,"
                    + " kode_wilayah, kd_kec, district_code) — add the column or rename its header",
                "roster.csv:1:1: required column 'id' is missing (accepted names: id, id_pekerja, worker_id, no)"
                    + " — add the column or rename its header",
            ])
    }

    // MARK: - Writing the rejects file

    @Test("--rejects into a folder that does not exist exits 73 and changes no file")
    func rejectsIntoMissingFolder() throws {
        let folder = try FixtureFolder("messy")
        let before = "file,line,column,reason,value\nfrom an earlier run\n"
        try folder.write(before, to: "rejects.csv")
        let listing = try folder.listing()
        let result = try folder.run(
            ["validate", "--config", "plan.toml", "--rejects", "nowhere/rejects.csv", "--quiet"] + Self.asOf)
        #expect(result.exitCode == 73)
        #expect(
            result.stderr
                == "capplan: population_misspelt.csv:1:1: required column 'penduduk' is missing (accepted names: "
                + "penduduk, jumlah_penduduk, population); the header has 'penduduuk': is it misspelt? — add the "
                + "column or rename its header\n" + Self.messyShares
                + "capplan: nowhere/rejects.csv: cannot write the file (No such file or directory)"
                + " — check that the folder exists and is writable\n")
        #expect(try folder.read("rejects.csv") == before)
        #expect(try folder.listing() == listing)
    }

    @Test("a run that fails before ingesting leaves an existing rejects file as it was")
    func rejectsUntouchedOnConfigError() throws {
        let folder = try FixtureFolder("messy")
        let before = "file,line,column,reason,value\nfrom an earlier run\n"
        try folder.write(before, to: "rejects.csv")
        let result = try folder.run(["validate", "--config", "nope.toml", "--rejects", "rejects.csv"] + Self.asOf)
        #expect(result.exitCode == 66)
        #expect(try folder.read("rejects.csv") == before)
    }
}

/// The parts of validate's JSON summary the tests look at, read with JSONSerialization (not the
/// command's own Codable types, so the test checks the format rather than the round trip).
private struct Summary {
    struct File {
        var role: String
        var path: String
        /// read, accepted, rejected, skipped
        var counts: [Int]
        var rejectGroupTotal: Int
        var fatal: String?
    }

    var exitCode: Int
    var rejectedRows: Int
    /// base, horizon, priority
    var years: [Int]
    var files: [File]

    init(json: String) throws {
        let root = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        exitCode = try #require(root["exit_code"] as? Int)
        rejectedRows = try #require(root["rejected_rows"] as? Int)
        let years = root["years"] as? [String: Int] ?? [:]
        self.years = ["base", "horizon", "priority"].compactMap { years[$0] }
        files = try #require(root["files"] as? [[String: Any]]).map { file in
            let rows = try #require(file["rows"] as? [String: Int])
            let groups = try #require(file["rejects"] as? [[String: Any]])
            return File(
                role: try #require(file["role"] as? String), path: try #require(file["path"] as? String),
                counts: try ["read", "accepted", "rejected", "skipped"].map { try #require(rows[$0]) },
                rejectGroupTotal: groups.compactMap { $0["count"] as? Int }.reduce(0, +),
                fatal: file["fatal"] as? String)
        }
    }
}
