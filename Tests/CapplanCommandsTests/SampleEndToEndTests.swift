import CapplanTestSupport
import Foundation
import Testing

/// `capplan sample` as a planner runs it: the built binary, writing into a scratch folder.
@Suite("capplan sample, end to end")
struct SampleEndToEndTests {
    static let tiny = ["sample", "--out", "data", "--kecamatan", "3", "--workers", "10", "--seed", "1", "--quiet"]
    static let files = ["README.md", "plan.toml", "population.csv", "regions.csv", "roster.csv"]

    @Test("a tiny run (3 kecamatan, 10 workers, seed 1) writes exactly these rows")
    func tinyRows() throws {
        let folder = try ScratchFolder()
        let result = try folder.run(Self.tiny)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(try folder.listing("data") == Self.files)
        #expect(
            try folder.read("data/regions.csv") == """
                kode,kecamatan,kabupaten,desa,kelurahan
                11.01.01,Kecamatan 11.01.01,Kabupaten 11.01,9,0
                11.01.02,Kecamatan 11.01.02,Kabupaten 11.01,15,2
                11.01.03,Kecamatan 11.01.03,Kabupaten 11.01,9,3

                """)
        #expect(
            try folder.read("data/population.csv") == """
                kode_kecamatan,kecamatan,kabupaten,tahun,penduduk,sumber
                11.01.01,Kecamatan 11.01.01,Kabupaten 11.01,2020,18014,synthetic
                11.01.01,Kecamatan 11.01.01,Kabupaten 11.01,2024,19184,synthetic
                11.01.02,Kecamatan 11.01.02,Kabupaten 11.01,2020,8162,synthetic
                11.01.02,Kecamatan 11.01.02,Kabupaten 11.01,2024,8248,synthetic
                11.01.03,Kecamatan 11.01.03,Kabupaten 11.01,2020,5977,synthetic
                11.01.03,Kecamatan 11.01.03,Kabupaten 11.01,2024,6545,synthetic

                """)
        #expect(
            try folder.read("data/roster.csv") == """
                id,nama,peran,kode_kecamatan,status,tahun_mulai,kebijakan_sosial,komunikasi,penanganan_kasus
                SYN-0000001,Towi Nato,TKSK,11.01.01,aktif,2012,2025,2023,2017
                SYN-0000002,Injapu Korawi,PSM,11.01.01,aktif,,2016,2016,2023
                SYN-0000003,Yaka Miko,PSM,11.01.01,aktif,2025,2025,2025,2025
                SYN-0000004,Nabu Dipu,TKSK,11.01.02,aktif,2024,2024,2024,
                SYN-0000005,Lisa Niti,PSM,11.01.02,aktif,2017,2024,,
                SYN-0000006,Najojo Niniti,PSM,11.01.02,aktif,2010,,2018,
                SYN-0000007,Tamama Tona,PSM,11.01.02,aktif,,2025,,
                SYN-0000008,Sekasa Harta,TKSK,11.01.03,aktif,2016,2023,2020,2016
                SYN-0000009,Dwiradi Libusa,PSM,11.01.03,aktif,2017,,,2019
                SYN-0000010,Tora Lisajo,PSM,11.01.03,aktif,2020,2024,2024,2024

                """)
        let plan = try folder.read("data/plan.toml").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            Array(plan.prefix(10)) == [
                "# Synthetic sample written by `capplan sample` (seed 1): invented kecamatan, figures",
                "# and workers — no real places' figures, no real people. See README.md in this folder.",
                "",
                "regions    = \"regions.csv\"",
                "population = [\"population.csv\"]",
                "roster     = \"roster.csv\"",
                "base_year  = 2025",
                "horizon    = 2030",
                "default_growth = 0.0",
                "attrition  = 0.0",
            ])
        #expect(plan.contains("seats_per_year = 1"))
        #expect(plan.contains("batch_size = 30"))
        let readme = try folder.read("data/README.md")
        #expect(readme.hasPrefix("# Synthetic capplan sample\n\n**Everything in this folder is synthetic.**"))
        #expect(readme.contains("- Seed: 1 — the same arguments always give byte-identical files."))
        #expect(
            readme.contains(
                "- Arguments: `capplan sample --out DIR --kecamatan 3 --workers 10 --seed 1 --years 2020,2024`"))
        #expect(readme.contains("| `roster.csv` | 10 workers: 3 TKSK, 7 PSM |"))
    }

    @Test("the same arguments give byte-identical files; another seed gives other data")
    func determinism() throws {
        let folder = try ScratchFolder()
        let arguments = ["sample", "--kecamatan", "300", "--workers", "4000", "--seed", "77", "--quiet", "--out"]
        for out in ["one", "two"] { #expect(try folder.run(arguments + [out]).exitCode == 0) }
        #expect(
            try folder.run([
                "sample", "--kecamatan", "300", "--workers", "4000", "--seed", "78", "--out", "three", "--quiet",
            ]).exitCode == 0)
        for file in Self.files {
            #expect(try folder.read("one/\(file)") == folder.read("two/\(file)"), "\(file)")
        }
        for file in ["regions.csv", "population.csv", "roster.csv"] {
            #expect(try folder.read("one/\(file)") != folder.read("three/\(file)"), "\(file)")
        }
    }

    @Test("sample country --out DIR writes the same files as sample --out DIR")
    func spellings() throws {
        let folder = try ScratchFolder()
        #expect(try folder.run(Self.tiny).exitCode == 0)
        let country = ["sample", "country"] + Self.tiny.dropFirst().map { $0 == "data" ? "new" : $0 }
        let result = try folder.run(country)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        for file in Self.files {
            #expect(try folder.read("new/\(file)") == folder.read("data/\(file)"), "\(file)")
        }
    }

    @Test(
        "capplan sample --help names both subcommands, country the default; each subcommand lists only its options"
    )
    func help() throws {
        let folder = try ScratchFolder()
        let group = try folder.run(["sample", "--help"])
        #expect(group.exitCode == 0)
        #expect(group.stdout.contains("USAGE: capplan sample <subcommand>"), "\(group.stdout)")
        #expect(group.stdout.contains("  country (default)"), "\(group.stdout)")
        #expect(group.stdout.contains("  roster "), "\(group.stdout)")
        let country = try folder.run(["sample", "country", "--help"])
        #expect(country.stdout.contains("--kecamatan <n>") && !country.stdout.contains("--regions"))
        let roster = try folder.run(["sample", "roster", "--help"])
        #expect(roster.stdout.contains("--out, --roster-out <file>"), "\(roster.stdout)")
        #expect(roster.stdout.contains("--id-prefix <text>") && !roster.stdout.contains("--kecamatan"))
    }

    @Test("row counts: one region row per kecamatan, one population row per kecamatan and year, --workers roster rows")
    func rowCounts() throws {
        let folder = try ScratchFolder()
        let result = try folder.run([
            "sample", "--out", "data", "--kecamatan", "250", "--workers", "3001", "--years", "2019,2022,2024",
            "--quiet",
        ])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(try folder.lines("data/regions.csv") == 1 + 250)
        #expect(try folder.lines("data/population.csv") == 1 + 250 * 3)
        #expect(try folder.lines("data/roster.csv") == 1 + 3001)
        #expect(try folder.read("data/plan.toml").contains("seats_per_year = 150\n"))
    }

    @Test("capplan validate --strict accepts every row of a generated set")
    func validateAccepts() throws {
        let folder = try ScratchFolder()
        let sample = try folder.run([
            "sample", "--out", "data", "--kecamatan", "400", "--workers", "6000", "--seed", "5", "--quiet",
        ])
        #expect(sample.exitCode == 0, "stderr: \(sample.stderr)")
        let result = try folder.run(["validate", "--config", "data/plan.toml", "--as-of", "2026", "--strict"])
        #expect(result.exitCode == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(result.stdout.contains("regions     data/regions.csv: read 400, accepted 400, rejected 0, skipped 0"))
        #expect(
            result.stdout.contains("population  data/population.csv: read 800, accepted 800, rejected 0, skipped 0"))
        #expect(result.stdout.contains("roster      data/roster.csv: read 6000, accepted 6000, rejected 0, skipped 0"))
    }

    @Test("a folder that is not empty is refused without --force (73) and left as it was")
    func refusesNonEmpty() throws {
        let folder = try ScratchFolder()
        try folder.write("my notes\n", to: "data/notes.txt")
        let result = try folder.run(Self.tiny)
        #expect(result.exitCode == 73)
        #expect(
            result.stderr
                == "capplan: data: the folder is not empty — choose an empty folder, or pass --force to overwrite "
                + "the sample files in it\n")
        #expect(try folder.listing("data") == ["notes.txt"])
    }

    @Test("--force overwrites the sample files and keeps other files")
    func force() throws {
        let folder = try ScratchFolder()
        try folder.write("my notes\n", to: "data/notes.txt")
        try folder.write("old\n", to: "data/roster.csv")
        let result = try folder.run(Self.tiny + ["--force"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(try folder.listing("data") == (Self.files + ["notes.txt"]).sorted())
        #expect(try folder.lines("data/roster.csv") == 11)
    }

    @Test("--out naming a file is refused (73)")
    func outIsAFile() throws {
        let folder = try ScratchFolder()
        try folder.write("x\n", to: "data")
        let result = try folder.run(Self.tiny)
        #expect(result.exitCode == 73)
        #expect(result.stderr == "capplan: data: exists and is not a folder — choose another --out folder\n")
    }

    @Test(
        "bad options are usage errors (64)",
        arguments: [["--years", "2024,2020"], ["--kecamatan", "0"], ["--workers", "-1"], ["--years", "20x0"]])
    func usage(options: [String]) throws {
        let folder = try ScratchFolder()
        let result = try folder.run(["sample", "--out", "data"] + options)
        #expect(result.exitCode == 64, "stderr: \(result.stderr)")
        #expect(try folder.listing(".") == [])
    }

    @Test("progress goes to stderr, one line per file and a total")
    func progress() throws {
        let folder = try ScratchFolder()
        let result = try folder.run(Array(Self.tiny.dropLast()))
        #expect(result.stdout == "")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let prefixes = [
            "sample regions.csv: 3 kecamatan in ", "sample population.csv: 6 rows in ",
            "sample roster.csv: 10 workers in ", "sample plan.toml and README.md: seed 1 in ",
            "sample: synthetic dataset in data in ",
        ]
        try #require(lines.count == prefixes.count, "stderr: \(result.stderr)")
        for (line, prefix) in zip(lines, prefixes) {
            #expect(line.hasPrefix(prefix) && line.hasSuffix(" s"), "\(line)")
        }
    }
}

/// An empty temporary folder to run `capplan` in, removed when the test is done with it.
struct ScratchFolder: ~Copyable {
    /// The folder (``CapplanTestSupport/TemporaryFolder``, removed with this value).
    let folder: TemporaryFolder

    /// The folder's location.
    var url: URL { folder.url }

    init() throws {
        folder = try TemporaryFolder("capplan-sample")
    }

    /// Runs `capplan ARGUMENTS` in the folder.
    func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> CapplanResult {
        try CapplanProcess.run(arguments, in: url, sourceLocation: sourceLocation)
    }

    /// The text of a file.
    func read(_ path: String) throws -> String { try folder.read(path) }

    /// The number of lines of a file.
    func lines(_ path: String) throws -> Int {
        try read(path).reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
    }

    /// Writes a file, creating its folder.
    func write(_ text: String, to path: String) throws { try folder.write(path, text) }

    /// The names in a subfolder, sorted.
    func listing(_ path: String) throws -> [String] { try folder.listing(path) }
}
