import ArgumentParser

extension Capplan {
    /// `capplan sample`: seeded synthetic data for trying and benchmarking capplan — a whole country
    /// (`sample country`, the default) or a roster for the kecamatan of a real regions file (`sample roster`).
    /// No real people: ids are `SYN-…` or `PREFIX-…`, family names random syllables.
    ///
    /// The spellings without a subcommand name (`sample --out DIR`, `sample --regions F --roster-out G`)
    /// still work: see ``Capplan/withModeNames(_:)``.
    struct Sample: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write seeded synthetic data (no real people): a whole country, or a roster for real regions.",
            discussion: """
                The same arguments always give byte-identical files. Without a subcommand, country applies, \
                so capplan sample --out DIR ... still works; so does the spelling \
                capplan sample --regions FILE --roster-out FILE ... for roster.
                """,
            subcommands: [Country.self, Roster.self],
            defaultSubcommand: Country.self)
    }
}

/// A `--years` value: comma-separated years, such as `2020,2024`.
struct SampleYears: ExpressibleByArgument {
    /// The years in the order given.
    let values: [Int]

    init(values: [Int]) {
        self.values = values
    }

    init?(argument: String) {
        let parts = argument.split(separator: ",", omittingEmptySubsequences: false)
        let years = parts.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !years.isEmpty, years.count == parts.count else { return nil }
        values = years
    }

    var defaultValueDescription: String { values.map(String.init).joined(separator: ",") }
}
