import Testing

/// Usage errors of the subcommands (docs/CLI.md "Exit codes": 64), each with its exact message on stderr.
@Suite("Usage errors: exit 64 with the exact message")
struct UsageErrorTests {
    @Test(
        "each usage error names what to give instead",
        arguments: [
            (["whatif", "--config", "plan.toml"], "give at least one --scenario FILE or --variant FILE"),
            (["whatif", "--scenario", "scenario.csv", "--top", "0"], "--top must be at least 1"),
            (
                ["whatif", "--variant", "scenario.csv", "--baseline", "out"],
                "--baseline compares one scenario run; it cannot be used with --variant"
            ),
            (
                ["whatif", "--variant", "scenario.csv", "--variant", "sub/scenario.csv"],
                "two variants would both be named scenario — give the files distinct names"
            ),
            (["compare", "a", "b", "--top", "0"], "--top must be at least 1"),
            (["validate", "--as-of=-1"], "--as-of must be a year between 1900 and 2100"),
            (["run", "--as-of", "2101"], "--as-of must be a year between 1900 and 2100"),
            (["sample"], "give --out DIR for a dataset, or --regions FILE --roster-out FILE for a roster"),
            (["sample", "--out", "s", "--as-of", "2025"], "--as-of and --id-prefix go with --regions"),
            (["sample", "--out", "s", "--kecamatan", "0"], "--kecamatan must be between 1 and 50000"),
            (["sample", "--out", "s", "--workers=-1"], "--workers must be between 0 and 9999999"),
            (
                ["sample", "--out", "s", "--years", "2024,2020"],
                "--years must be ascending years between 1900 and 2100, such as 2020,2024"
            ),
            (["sample", "--regions", "regions.csv"], "--regions and --roster-out go together: give both"),
            (
                ["sample", "--regions", "regions.csv", "--roster-out", "r.csv", "--workers", "5"],
                "--out, --kecamatan, --workers and --years make a dataset; leave them out with --regions"
            ),
            (
                ["sample", "--regions", "regions.csv", "--roster-out", "r.csv", "--as-of", "1850"],
                "--as-of must be a year between 1900 and 2100"
            ),
            (
                ["sample", "--regions", "regions.csv", "--roster-out", "r.csv", "--id-prefix", "K-1"],
                "--id-prefix must be ASCII letters and digits, such as KTR"
            ),
        ] as [([String], String)])
    func usage(arguments: [String], message: String) throws {
        let folder = try FixtureFolder("run")
        let result = try folder.run(arguments)
        #expect(result.exitCode == 64, "stderr: \(result.stderr)")
        #expect(result.stderr.hasPrefix("Error: \(message)\n"), "\(result.stderr)")
    }
}
