import Testing

/// Usage errors of the subcommands (docs/CLI.md "Exit codes": 64), each with its exact message on stderr.
@Suite("Usage errors: exit 64 with the exact message")
struct UsageErrorTests {
    @Test(
        "each usage error names what to give instead",
        arguments: [
            (["whatif", "--config", "plan.toml"], "give at least one --scenario FILE"),
            (["whatif", "scenario", "--config", "plan.toml"], "give at least one --scenario FILE"),
            (["whatif", "variants", "--scenario", "scenario.csv"], "give at least one --variant FILE"),
            (["whatif", "--scenario", "scenario.csv", "--top", "0"], "--top must be at least 1"),
            (["whatif", "variants", "--variant", "scenario.csv", "--top", "0"], "--top must be at least 1"),
            (["whatif", "--variant", "scenario.csv", "--baseline", "out"], "Unknown option '--baseline'"),
            (
                ["whatif", "--variant", "scenario.csv", "--variant", "sub/scenario.csv"],
                "two variants would both be named scenario — give the files distinct names"
            ),
            (
                ["whatif", "variants", "--variant", "scenario.csv", "--variant", "sub/scenario.csv"],
                "two variants would both be named scenario — give the files distinct names"
            ),
            (["compare", "a", "b", "--top", "0"], "--top must be at least 1"),
            (["validate", "--as-of=-1"], "--as-of must be a year between 1900 and 2100"),
            (["run", "--as-of", "2101"], "--as-of must be a year between 1900 and 2100"),
            (["sample"], "Missing expected argument '--out <dir>'"),
            (["sample", "--out", "s", "--as-of", "2025"], "Unknown option '--as-of'"),
            (["sample", "--out", "s", "--kecamatan", "0"], "--kecamatan must be between 1 and 50000"),
            (["sample", "country", "--out", "s", "--kecamatan", "0"], "--kecamatan must be between 1 and 50000"),
            (["sample", "--out", "s", "--workers=-1"], "--workers must be between 0 and 9999999"),
            (
                ["sample", "--out", "s", "--years", "2024,2020"],
                "--years must be ascending years between 1900 and 2100, such as 2020,2024"
            ),
            (["sample", "--regions", "regions.csv"], "Missing expected argument '--out <file>'"),
            (["sample", "--roster-out", "r.csv"], "Missing expected argument '--regions <file>'"),
            (
                ["sample", "--regions", "regions.csv", "--roster-out", "r.csv", "--workers", "5"],
                "Unknown option '--workers'"
            ),
            (
                ["sample", "roster", "--regions", "regions.csv", "--out", ""],
                "--out must name the roster file to write"
            ),
            (
                ["sample", "--regions", "regions.csv", "--roster-out", "r.csv", "--as-of", "1850"],
                "--as-of must be a year between 1900 and 2100"
            ),
            (
                ["sample", "--regions", "regions.csv", "--roster-out", "r.csv", "--id-prefix", "K-1"],
                "--id-prefix must be ASCII letters and digits, such as KTR"
            ),
            (
                ["sample", "roster", "--regions", "regions.csv", "--out", "r.csv", "--as-of", "1850"],
                "--as-of must be a year between 1900 and 2100"
            ),
        ] as [([String], String)])
    func usage(arguments: [String], message: String) throws {
        let folder = try FixtureFolder("run")
        let result = try folder.run(arguments)
        #expect(result.exitCode == 64, "stderr: \(result.stderr)")
        #expect(result.stderr.hasPrefix("Error: \(message)\n"), "\(result.stderr)")
    }
}
