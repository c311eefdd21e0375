import CapplanTestSupport
import Foundation
import Testing

/// `capplan run` on the built binary: every output file against its golden file, determinism,
/// the previous run, and the promise that a failed run leaves the previous outputs untouched.
@Suite("capplan run, end to end")
struct RunEndToEndTests {
    static let asOf = ["--as-of", "2026"]
    static let run = ["run", "--config", "plan.toml", "--out", "out", "--quiet"] + asOf
    static let outputs = [
        "allocation.csv", "brief.html", "brief.md", "manifest.json", "priorities.csv", "projection.csv",
        "rejects.csv", "summary.json", "training_needs.csv",
    ]
    /// The binary outputs, compared through their unzipped parts.
    static let workbooks = ["capplan.xlsx"]

    /// The manifest with its two timestamps replaced, so it can be compared.
    static func stable(_ manifest: String) -> String {
        manifest.replacingOccurrences(
            of: #""(started|finished)" : "[0-9T:Z-]+""#, with: "\"$1\" : \"TIMESTAMP\"", options: .regularExpression)
    }

    /// Every output file of a run folder, the manifest made stable.
    static func outputs(in folder: borrowing FixtureFolder, at path: String = "out") throws -> [String: String] {
        var files: [String: String] = [:]
        for name in outputs {
            let text = try folder.read("\(path)/\(name)")
            files[name] = name == "manifest.json" ? stable(text) : text
        }
        return files
    }

    @Test("writes every file of docs/OUTPUTS.md, each as its golden file")
    func goldenOutputs() throws {
        let folder = try FixtureFolder("run")
        let result = try folder.run(Self.run)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.path + "/out").sorted()
                == (Self.outputs + Self.workbooks).sorted())
        for (name, text) in try Self.outputs(in: folder) {
            Golden.check(text, matches: "run/\(name)")
        }
        Golden.check(
            try WorkbookParts.dump(folder.url.path + "/out/capplan.xlsx"), matches: "run/capplan.xlsx.txt")
        Golden.check(result.stdout, matches: "run/stdout.txt")
    }

    @Test("--lang en writes the brief in English")
    func englishBrief() throws {
        let folder = try FixtureFolder("run")
        let result = try folder.run(Self.run + ["--lang", "en"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        Golden.check(try folder.read("out/brief.md"), matches: "run/brief_en.md")
    }

    @Test("a scenario changes the projection of the kecamatan it names")
    func scenario() throws {
        let folder = try FixtureFolder("run")
        let result = try folder.run(Self.run + ["--scenario", "scenario.csv"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        Golden.check(try folder.read("out/priorities.csv"), matches: "run/scenario_priorities.csv")
    }

    @Test("the same inputs give byte-identical files, the manifest's timestamps aside")
    func determinism() throws {
        let folder = try FixtureFolder("run")
        #expect(try folder.run(Self.run).exitCode == 0)
        #expect(
            try folder.run(["run", "--config", "plan.toml", "--out", "again", "--quiet"] + Self.asOf).exitCode == 0)
        let first = try Self.outputs(in: folder)
        let second = try Self.outputs(in: folder, at: "again")
        for name in Self.outputs where name != "brief.md" {
            #expect(first[name] == second[name], "\(name) differs")
        }
        // The brief of a second run into a fresh folder equals the first: neither had a previous run.
        #expect(first["brief.md"] == second["brief.md"])
        // The workbook too, byte for byte (its date is the run's day, fixed here by SOURCE_DATE_EPOCH).
        let workbooks = try ["out", "again"].map {
            try Data(contentsOf: folder.url.appendingPathComponent("\($0)/capplan.xlsx"))
        }
        #expect(workbooks[0] == workbooks[1])
    }

    @Test("a second run into the same folder reports the rank movers since the previous run")
    func previousRun() throws {
        let folder = try FixtureFolder("run")
        #expect(try folder.run(Self.run).exitCode == 0)
        #expect(try folder.run(Self.run + ["--scenario", "scenario.csv"]).exitCode == 0)
        Golden.check(try folder.read("out/brief.md"), matches: "run/brief_after_scenario.md")
    }

    @Test("--json prints the summary on stdout")
    func json() throws {
        let folder = try FixtureFolder("run")
        let result = try folder.run(Self.run + ["--json"])
        #expect(result.exitCode == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["ranked"] as? Int == 4)
        #expect(object["unranked"] as? Int == 1)
        #expect(object["rejected_rows"] as? Int == 1)
        let top = try #require(object["top"] as? [[String: Any]])
        #expect(top.map { $0["code"] as? String } == ["65.01.05", "65.02.01", "65.01.04", "65.02.02"])
    }

    @Test(
        "a failed run leaves the previous outputs byte for byte, with the exit code of docs/CLI.md",
        arguments: [
            (["--config", "missing.toml"], Int32(66)),
            (["--strict"], Int32(65)),
            (["--lang", "fr"], Int32(64)),
        ] as [([String], Int32)])
    func failedRunKeepsOutputs(extra: [String], code: Int32) throws {
        let folder = try FixtureFolder("run")
        #expect(try folder.run(Self.run).exitCode == 0)
        let before = try Self.outputs(in: folder)
        let manifest = try folder.read("out/manifest.json")
        let result = try folder.run(Self.run + extra)
        #expect(result.exitCode == code, "stderr: \(result.stderr)")
        #expect(try Self.outputs(in: folder) == before)
        #expect(try folder.read("out/manifest.json") == manifest)
        #expect(try folder.listing().filter { $0.hasPrefix(".out") }.isEmpty, "a staging folder was left behind")
    }

    @Test("a broken input (unterminated quote) exits 65 and changes nothing")
    func brokenInput() throws {
        let folder = try FixtureFolder("run")
        #expect(try folder.run(Self.run).exitCode == 0)
        let before = try Self.outputs(in: folder)
        try folder.write(try folder.read("roster.csv") + "P11,\"Nama,PSM,65.02.02,aktif,,,,\n", to: "roster.csv")
        let result = try folder.run(Self.run)
        #expect(result.exitCode == 65)
        #expect(
            result.stderr
                == "capplan: roster.csv:15:2: unterminated quoted field (libcsv: error parsing data while strict"
                + " checking enabled) — close the quote that opens here, or remove it\n")
        #expect(try Self.outputs(in: folder) == before)
    }

    @Test("an output folder that cannot be written exits 73 and leaves the previous run intact")
    func unwritableOutput() throws {
        let folder = try FixtureFolder("run")
        try folder.write("not a folder\n", to: "blocked")
        let result = try folder.run(["run", "--config", "plan.toml", "--out", "blocked/out", "--quiet"] + Self.asOf)
        #expect(result.exitCode == 73)
        #expect(result.stderr.hasPrefix("capplan: blocked/out: cannot write the output folder ("), "\(result.stderr)")
        #expect(try folder.read("blocked") == "not a folder\n")
    }

    @Test("--with-names puts names in training_needs.csv only, never in an aggregate output")
    func withNames() throws {
        let folder = try FixtureFolder("run")
        let result = try folder.run(Self.run + ["--with-names"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        let needs = try folder.read("out/training_needs.csv")
        #expect(needs.hasPrefix("id,nama,kode_kecamatan,peran,missing_modules\nT02,Budi Ajang,65.01.05,TKSK,"))
        let names = ["Lawing", "Ajang", "Usat", "Bilung", "Lahang", "Irang", "Anyeq", "Jalung", "Padan", "Ngau"]
        for name in Self.outputs where name != "training_needs.csv" {
            let text = try folder.read("out/\(name)")
            #expect(!names.contains { text.contains($0) }, "a name reached \(name)")
        }
        #expect(!names.contains { result.stdout.contains($0) || result.stderr.contains($0) })
    }
}
