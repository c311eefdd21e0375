import CapplanTestSupport
import Foundation
import Testing

/// docs/CLI.md "Where outputs go" on the built binary: no command writes over an input, a folder holding one,
/// a non-empty folder capplan did not write (without `--force`) or a file another program wrote; every refusal
/// exits 73 with its message and leaves the inputs byte for byte.
@Suite("outputs never overwrite what capplan did not write, end to end")
struct OutputSafetyEndToEndTests {
    static let asOf = RunEndToEndTests.asOf
    static let config = ["--config", "Data/plan.toml"]
    static let scenario = "Data/scenarios/scenario.csv"

    /// The `run` fixture laid out as the repository's Data/: the config on top, the tables in raw/ and
    /// reference/, the scenario in scenarios/.
    static func layout() throws -> FixtureFolder {
        let folder = try FixtureFolder("run")
        let manager = FileManager.default
        for sub in ["Data/raw", "Data/reference", "Data/scenarios"] {
            try manager.createDirectory(at: folder.url.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let plan = try folder.read("plan.toml")
            .replacingOccurrences(of: "\"regions.csv\"", with: "\"reference/regions.csv\"")
            .replacingOccurrences(of: "\"population.csv\"", with: "\"raw/population.csv\"")
            .replacingOccurrences(of: "\"roster.csv\"", with: "\"raw/roster.csv\"")
        try folder.write(plan, to: "Data/plan.toml")
        try manager.removeItem(at: folder.url.appendingPathComponent("plan.toml"))
        for (name, place) in [
            ("population.csv", "raw"), ("roster.csv", "raw"), ("regions.csv", "reference"),
            ("scenario.csv", "scenarios"),
        ] {
            try manager.moveItem(
                at: folder.url.appendingPathComponent(name),
                to: folder.url.appendingPathComponent("Data/\(place)/\(name)"))
        }
        return folder
    }

    /// Every file under `path` in the folder, by relative path, with its bytes.
    static func snapshot(_ folder: borrowing FixtureFolder, _ path: String = "Data") throws -> [String: Data] {
        let root = folder.url.appendingPathComponent(path)
        var files: [String: Data] = [:]
        let names = try FileManager.default.subpathsOfDirectory(atPath: root.path)
        for name in names {
            var isFolder: ObjCBool = false
            let file = root.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[name] = try Data(contentsOf: file)
            }
        }
        return files
    }

    /// Runs `arguments` in `folder` and expects exit 73, exactly `message` on stderr, and Data/ unchanged.
    static func expectRefusal(
        _ arguments: [String], _ message: String, in folder: borrowing FixtureFolder,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = try snapshot(folder)
        #expect(before.count >= 5, sourceLocation: sourceLocation)
        let result = try folder.run(arguments, sourceLocation: sourceLocation)
        #expect(result.exitCode == 73, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr == message, sourceLocation: sourceLocation)
        #expect(try snapshot(folder) == before, "an input changed", sourceLocation: sourceLocation)
        #expect(
            try folder.listing().filter { $0.hasPrefix(".") }.isEmpty, "a staging folder was left behind",
            sourceLocation: sourceLocation)
    }

    /// The refusal of a folder that holds an input.
    static func holds(_ path: String, _ input: String) -> String {
        "capplan: \(path): holds an input of this command (\(input)) and would be replaced whole — "
            + "choose another --out folder, outside the inputs' folders\n"
    }

    /// The refusal of a destination that is an input.
    static func isInput(_ path: String, _ input: String, option: String = "--out", kind: String = "folder") -> String {
        "capplan: \(path): is an input of this command (\(input)) — choose another \(option) \(kind); "
            + "capplan never writes over its inputs\n"
    }

    /// The refusal of an existing file another program wrote.
    static func foreignFile(_ path: String, command: String, option: String = "--out") -> String {
        "capplan: \(path): the file exists and was not written by \(command) — choose another \(option) file, "
            + "or remove this one first\n"
    }

    @Test(
        "run refuses an --out that is or holds an input, --force or not",
        arguments: [
            (["--out", "Data"], holds("Data", "Data/plan.toml")),
            (["--out", "Data", "--force"], holds("Data", "Data/plan.toml")),
            (["--out", "Data/raw"], holds("Data/raw", "Data/raw/population.csv")),
            (["--out", "Data/reference/"], holds("Data/reference/", "Data/reference/regions.csv")),
            (["--out", "."], holds(".", "Data/plan.toml")),
            (["--out", "Data/raw/roster.csv"], isInput("Data/raw/roster.csv", "Data/raw/roster.csv")),
            (["--out", "Data/raw/roster.csv", "--force"], isInput("Data/raw/roster.csv", "Data/raw/roster.csv")),
            (["--out", "Data/plan.toml"], isInput("Data/plan.toml", "Data/plan.toml")),
            (
                ["--out", "Data/raw/../scenarios", "--scenario", scenario],
                holds("Data/raw/../scenarios", scenario)
            ),
        ] as [([String], String)])
    func runRefuses(arguments: [String], message: String) throws {
        let folder = try Self.layout()
        try Self.expectRefusal(["run", "--quiet"] + Self.config + arguments + Self.asOf, message, in: folder)
    }

    @Test("run refuses an --out that reaches an input's folder through a symbolic link")
    func runRefusesSymlink() throws {
        let folder = try Self.layout()
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("alias").path, withDestinationPath: "Data/raw")
        try Self.expectRefusal(
            ["run", "--quiet", "--out", "alias"] + Self.config + Self.asOf,
            Self.holds("alias", "Data/raw/population.csv"),
            in: folder)
        try Self.expectRefusal(
            ["run", "--quiet", "--out", "alias/roster.csv"] + Self.config + Self.asOf,
            Self.isInput("alias/roster.csv", "Data/raw/roster.csv"), in: folder)
    }

    @Test(
        "whatif refuses an --out that is or holds the scenario, a variant or the baseline",
        arguments: [
            (["--scenario", scenario, "--out", "Data/scenarios"], holds("Data/scenarios", scenario)),
            (["--scenario", scenario, "--out", scenario], isInput(scenario, scenario)),
            (["--variant", scenario, "--out", "Data/scenarios"], holds("Data/scenarios", scenario)),
            (["--variant", scenario, "--out", "Data/scenarios", "--force"], holds("Data/scenarios", scenario)),
            (["--scenario", scenario, "--out", "Data"], holds("Data", "Data/plan.toml")),
        ] as [([String], String)])
    func whatifRefuses(arguments: [String], message: String) throws {
        let folder = try Self.layout()
        try Self.expectRefusal(["whatif", "--quiet"] + Self.config + arguments + Self.asOf, message, in: folder)
    }

    @Test("whatif --baseline DIR --out DIR is refused: the baseline is an input")
    func whatifRefusesBaseline() throws {
        let folder = try Self.layout()
        #expect(try folder.run(["run", "--quiet", "--out", "Data/base"] + Self.config + Self.asOf).exitCode == 0)
        try Self.expectRefusal(
            ["whatif", "--quiet", "--scenario", Self.scenario, "--baseline", "Data/base", "--out", "Data/base"]
                + Self.config + Self.asOf,
            Self.isInput("Data/base", "Data/base"), in: folder)
    }

    @Test("validate --rejects refuses an input, a link to one, a folder and a file it did not write")
    func validateRefuses() throws {
        let folder = try Self.layout()
        let manager = FileManager.default
        try manager.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("link.toml").path, withDestinationPath: "Data/plan.toml")
        try manager.linkItem(
            at: folder.url.appendingPathComponent("Data/raw/roster.csv"),
            to: folder.url.appendingPathComponent("hard.csv"))
        try folder.write("my notes\n", to: "Data/notes.txt")
        let validate = ["validate", "--quiet"] + Self.config + ["--scenario", Self.scenario] + Self.asOf
        for (rejects, message) in [
            (
                "Data/raw/roster.csv",
                Self.isInput(
                    "Data/raw/roster.csv", "Data/raw/roster.csv", option: "--rejects",
                    kind: "file")
            ),
            ("Data/plan.toml", Self.isInput("Data/plan.toml", "Data/plan.toml", option: "--rejects", kind: "file")),
            (Self.scenario, Self.isInput(Self.scenario, Self.scenario, option: "--rejects", kind: "file")),
            ("link.toml", Self.isInput("link.toml", "Data/plan.toml", option: "--rejects", kind: "file")),
            ("hard.csv", Self.isInput("hard.csv", "Data/raw/roster.csv", option: "--rejects", kind: "file")),
            ("Data", "capplan: Data: is a folder — give --rejects the name of a file\n"),
            (
                "Data/notes.txt",
                Self.foreignFile(
                    "Data/notes.txt", command: "capplan validate --rejects",
                    option: "--rejects")
            ),
        ] {
            try Self.expectRefusal(validate + ["--rejects", rejects], message, in: folder)
        }
        #expect(try folder.read("link.toml") == folder.read("Data/plan.toml"))
        // A listing it wrote, and an empty file, are replaced.
        #expect(try folder.run(validate + ["--rejects", "rejects.csv"]).exitCode == 0)
        #expect(try folder.run(validate + ["--rejects", "rejects.csv"]).exitCode == 0)
        try folder.write("", to: "empty.csv")
        #expect(try folder.run(validate + ["--rejects", "empty.csv"]).exitCode == 0)
        #expect(try folder.read("empty.csv").hasPrefix("file,line,column,reason,value\n"))
    }

    @Test("compare --out refuses a file of either run folder, a folder, and a file it did not write")
    func compareRefuses() throws {
        let folder = try Self.layout()
        #expect(try folder.run(["run", "--quiet", "--out", "runA"] + Self.config + Self.asOf).exitCode == 0)
        let before = try Self.snapshot(folder, "runA")
        for (out, message) in [
            ("runA/priorities.csv", Self.isInput("runA/priorities.csv", "runA/priorities.csv", kind: "file")),
            ("runA", Self.isInput("runA", "runA", kind: "file")),
            ("Data", "capplan: Data: is a folder — give --out the name of a file\n"),
            ("Data/raw/roster.csv", Self.foreignFile("Data/raw/roster.csv", command: "capplan compare")),
        ] {
            try Self.expectRefusal(["compare", "runA", "runA", "--out", out], message, in: folder)
        }
        #expect(try Self.snapshot(folder, "runA") == before)
        #expect(try folder.run(["compare", "runA", "runA", "--out", "compared.csv"]).exitCode == 0)
        #expect(try folder.run(["compare", "runA", "runA", "--out", "compared.csv"]).exitCode == 0)
    }

    @Test("outputs --out refuses a folder and a file that is not a data dictionary; replaces its own")
    func outputsRefuses() throws {
        let folder = try Self.layout()
        try Self.expectRefusal(
            ["outputs", "--out", "Data/plan.toml"], Self.foreignFile("Data/plan.toml", command: "capplan outputs"),
            in: folder)
        try Self.expectRefusal(
            ["outputs", "--out", "Data"], "capplan: Data: is a folder — give --out the name of a file\n", in: folder)
        #expect(try folder.run(["outputs", "--out", "OUTPUTS.md"]).exitCode == 0)
        #expect(try folder.run(["outputs", "--out", "OUTPUTS.md"]).exitCode == 0)
        #expect(try folder.read("OUTPUTS.md").hasPrefix("# capplan's outputs\n"))
    }

    @Test("a non-empty folder capplan did not write is refused without --force and replaced with it")
    func foreignFolder() throws {
        let folder = try Self.layout()
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("Data/processed"), withIntermediateDirectories: false)
        try folder.write("keep me\n", to: "Data/processed/notes.txt")
        let run = ["run", "--quiet", "--out", "Data/processed"] + Self.config + Self.asOf
        try Self.expectRefusal(
            run,
            "capplan: Data/processed: the folder is not empty and is not a capplan run folder (no manifest.json) — "
                + "choose a new or empty --out folder, or pass --force to replace it and everything in it\n",
            in: folder)
        let result = try folder.run(run + ["--force"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(
            !FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Data/processed/notes.txt").path))
        #expect(try folder.read("Data/processed/manifest.json").contains("\"tool_version\""))
    }

    @Test("a previous run folder, an empty folder and a robustness folder are replaced as before")
    func capplanFolders() throws {
        let folder = try Self.layout()
        let run = ["run", "--quiet"] + Self.config + Self.asOf
        #expect(try folder.run(run + ["--out", "out"]).exitCode == 0)
        #expect(try folder.run(run + ["--out", "out"]).exitCode == 0)
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("empty"), withIntermediateDirectories: false)
        #expect(try folder.run(run + ["--out", "empty"]).exitCode == 0)
        let whatif = ["whatif", "--quiet"] + Self.config + Self.asOf
        #expect(try folder.run(whatif + ["--scenario", Self.scenario, "--out", "wi"]).exitCode == 0)
        #expect(try folder.run(whatif + ["--scenario", Self.scenario, "--out", "wi"]).exitCode == 0)
        #expect(try folder.run(whatif + ["--variant", Self.scenario, "--out", "rob"]).exitCode == 0)
        let again = try folder.run(whatif + ["--variant", Self.scenario, "--out", "rob"])
        #expect(again.exitCode == 0, "stderr: \(again.stderr)")
        // A what-if into a folder a run wrote, and back.
        #expect(try folder.run(whatif + ["--scenario", Self.scenario, "--out", "out"]).exitCode == 0)
        #expect(try folder.run(run + ["--out", "wi"]).exitCode == 0)
    }
}
