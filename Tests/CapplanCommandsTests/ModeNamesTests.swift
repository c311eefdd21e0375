import Testing

@testable import CapplanCommands

/// The rewrite that keeps the spellings of `sample` and `whatif` without a subcommand name working.
@Suite("Capplan.withModeNames: the earlier spellings of sample and whatif")
struct ModeNamesTests {
    @Test(
        "the mode is named when the first word after sample or whatif is an option, and only then",
        arguments: [
            ("sample --regions r.csv --roster-out x.csv", "sample roster --regions r.csv --roster-out x.csv"),
            ("sample --seed 3 --roster-out=x.csv", "sample roster --seed 3 --roster-out=x.csv"),
            ("sample --out d --kecamatan 3", "sample --out d --kecamatan 3"),
            ("sample roster --regions r.csv --out x.csv", "sample roster --regions r.csv --out x.csv"),
            ("sample country --out d --regions r.csv", "sample country --out d --regions r.csv"),
            ("sample --help", "sample --help"),
            (
                "whatif --quiet --variant a.csv --variant b.csv",
                "whatif variants --quiet --variant a.csv --variant b.csv"
            ),
            ("whatif --variant=a.csv", "whatif variants --variant=a.csv"),
            ("whatif --scenario a.csv", "whatif --scenario a.csv"),
            ("whatif --scenario a.csv -- --variant", "whatif --scenario a.csv -- --variant"),
            ("run --regions r.csv", "run --regions r.csv"),
            ("sample", "sample"),
        ])
    func rewrite(given: String, expected: String) {
        let words = { (text: String) in text.split(separator: " ").map(String.init) }
        #expect(Capplan.withModeNames(words(given)) == words(expected))
    }
}
