import Testing

@testable import Ingestion

/// `[quality] max_rejected_share` (docs/INPUTS.md "Plan config", "Bounds").
@Suite("PlanConfigLoader [quality]")
struct PlanConfigQualityTests {
    static let files = "population = \"p.csv\"\nroster = \"r.csv\"\n"

    @Test("without [quality], or without the key, a file may reject at most 0.10 of its rows")
    func defaultShare() throws {
        #expect(try PlanConfigLoader.parse(Self.files, path: "plan.toml").maxRejectedShare == 0.10)
        #expect(try PlanConfigLoader.parse(Self.files + "[quality]\n", path: "plan.toml").maxRejectedShare == 0.10)
        #expect(PlanConfig(path: "plan.toml", population: ["p.csv"], roster: "r.csv").maxRejectedShare == 0.10)
    }

    @Test(
        "a share from 0 to 1 is read as written, an integer too",
        arguments: [("0", 0.0), ("0.0", 0.0), ("0.25", 0.25), ("1", 1.0), ("1.0", 1.0), ("0.10", 0.10)])
    func share(written: String, expected: Double) throws {
        let text = Self.files + "[quality]\nmax_rejected_share = \(written)\n"
        #expect(try PlanConfigLoader.parse(text, path: "plan.toml").maxRejectedShare == expected)
    }

    static let bad: [BadConfig] = [
        BadConfig(
            "above 1", "[quality]\nmax_rejected_share = 1.5",
            "plan.toml: `quality.max_rejected_share` is 1.5, must be from 0 to 1 — give the largest share of a "
                + "file's rows that may be rejected, such as 0.10"),
        BadConfig(
            "a percentage", "[quality]\nmax_rejected_share = 10",
            "plan.toml: `quality.max_rejected_share` is 10, must be from 0 to 1 — give the largest share of a "
                + "file's rows that may be rejected, such as 0.10"),
        BadConfig(
            "negative", "[quality]\nmax_rejected_share = -0.1",
            "plan.toml: `quality.max_rejected_share` is -0.1, must be from 0 to 1 — give the largest share of a "
                + "file's rows that may be rejected, such as 0.10"),
        BadConfig(
            "not a number", "[quality]\nmax_rejected_share = nan",
            "plan.toml: `quality.max_rejected_share` is nan — give a finite number"),
        BadConfig(
            "a string", "[quality]\nmax_rejected_share = \"10%\"",
            "plan.toml: `quality.max_rejected_share` must be a number, not a string — change its value to a number"),
        BadConfig(
            "unknown key, with suggestion", "[quality]\nmax_reject_share = 0.2",
            "plan.toml: unknown key `quality.max_reject_share` — did you mean `quality.max_rejected_share`?"),
        BadConfig(
            "unknown key, far off", "[quality]\nstrict = true",
            "plan.toml: unknown key `quality.strict` — remove it or correct it to a key of docs/INPUTS.md "
                + "\"Plan config\""),
        BadConfig(
            "not a table", "quality = 0.1",
            "plan.toml: `quality` must be a table, not a decimal number — change its value to a table"),
        BadConfig(
            "misspelt table", "[qualty]\nmax_rejected_share = 0.2",
            "plan.toml: unknown key `qualty` — did you mean `quality`?"),
    ]

    @Test("an out-of-bounds share, another type or an unknown key is a config error", arguments: bad)
    func badQuality(config: BadConfig) {
        #expect(
            thrownMessage { () throws(ConfigError) in _ = try PlanConfigLoader.parse(config.toml, path: "plan.toml") }
                == config.message)
    }
}
