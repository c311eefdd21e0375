import Testing

@testable import Ingestion

/// The optional `map` key: the kecamatan boundary file the brief's map is drawn from (docs/INPUTS.md "Plan config").
@Suite("PlanConfigLoader map key")
struct PlanConfigMapTests {
    /// The two required keys, then `body`.
    static func config(_ body: String) -> String {
        "population = \"raw/population.csv\"\nroster = \"raw/roster.csv\"\n" + body
    }

    /// The message `text` fails with, parsed as `plan.toml`.
    static func message(_ text: String) -> String? {
        thrownMessage { () throws(ConfigError) in _ = try PlanConfigLoader.parse(text, path: "plan.toml") }
    }

    @Test("map resolves against the config file's folder, like regions")
    func resolved() throws {
        let config = try PlanConfigLoader.parse(
            Self.config("map = \"reference/kecamatan.geojson\""), path: "Data/plan.toml")
        #expect(config.map == "Data/reference/kecamatan.geojson")
    }

    @Test("an absolute map path is kept")
    func absolute() throws {
        let config = try PlanConfigLoader.parse(
            Self.config("map = \"/srv/geo/./kecamatan.geojson\""), path: "plan.toml")
        #expect(config.map == "/srv/geo/kecamatan.geojson")
    }

    @Test("map is optional")
    func absent() throws {
        let config = try PlanConfigLoader.parse(Self.config(""), path: "Data/plan.toml")
        #expect(config.map == nil)
    }

    @Test("the repository's plan names the boundary file")
    func repositoryPlan() throws {
        let text = """
            regions    = "reference/kecamatan.csv"
            map        = "reference/kecamatan.geojson"
            population = ["raw/population.csv"]
            roster     = "raw/roster.csv"
            """
        let config = try PlanConfigLoader.parse(text, path: "Data/plan.toml")
        #expect(config.regions == "Data/reference/kecamatan.csv")
        #expect(config.map == "Data/reference/kecamatan.geojson")
    }

    @Test("a map that is not a string names the key and its type")
    func notAString() {
        #expect(
            Self.message(Self.config("map = 5"))
                == "plan.toml: `map` must be a string, not an integer — change its value to a string")
        #expect(
            Self.message(Self.config("map = [\"a.geojson\"]"))
                == "plan.toml: `map` must be a string, not an array — change its value to a string")
        #expect(
            Self.message(Self.config("[map]\nfile = \"a.geojson\""))
                == "plan.toml: `map` must be a string, not a table — change its value to a string")
    }

    @Test("an empty map is an error, as for any file")
    func empty() {
        #expect(
            Self.message(Self.config("map = \"\""))
                == "plan.toml: `map` is empty — name a file, relative to the config file's folder")
    }

    @Test("a misspelt map key is unknown, with the suggestion")
    func misspelt() {
        #expect(
            Self.message(Self.config("maps = \"a.geojson\"")) == "plan.toml: unknown key `maps` — did you mean `map`?")
    }
}
