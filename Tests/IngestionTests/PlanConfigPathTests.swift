import Testing

@testable import Ingestion

@Suite("ConfigPath")
struct PlanConfigPathTests {
    @Test(
        "a path in the config resolves against the config file's folder",
        arguments: [
            ("Data/plan.toml", "raw/roster.csv", "Data/raw/roster.csv"),
            ("plan.toml", "raw/x.csv", "raw/x.csv"),
            ("./plan.toml", "./raw/x.csv", "raw/x.csv"),
            ("Data/plan.toml", "../common/x.csv", "common/x.csv"),
            ("Data/plan.toml", "../../x.csv", "../x.csv"),
            ("../plan.toml", "raw/x.csv", "../raw/x.csv"),
            ("Data/./conf/../plan.toml", "raw//x.csv", "Data/raw/x.csv"),
            ("Data/plan.toml", "/srv/data/x.csv", "/srv/data/x.csv"),
            ("Data/plan.toml", "/srv/./data/../x.csv", "/srv/x.csv"),
            ("/etc/capplan/plan.toml", "raw/x.csv", "/etc/capplan/raw/x.csv"),
            ("/etc/capplan/plan.toml", "../../../x.csv", "/x.csv"),
            ("/plan.toml", "x.csv", "/x.csv"),
            ("Data/plan.toml", "raw/a/../x.csv", "Data/raw/x.csv"),
            ("Data/plan.toml", "..", "."),
        ])
    func resolve(config: String, written: String, expected: String) {
        #expect(ConfigPath.resolve(written, relativeTo: config) == expected)
    }

    @Test("the parsed config holds resolved paths")
    func parsedPaths() throws {
        let text = """
            regions = "/srv/reference/kecamatan.csv"
            population = ["raw/p1.csv", "../common/p2.csv"]
            roster = "./raw/roster.csv"
            """
        let config = try PlanConfigLoader.parse(text, path: "Data/plan.toml")
        #expect(config.regions == "/srv/reference/kecamatan.csv")
        #expect(config.population == ["Data/raw/p1.csv", "common/p2.csv"])
        #expect(config.roster == "Data/raw/roster.csv")
    }

    @Test(
        "suggestions allow two edits, a swap counting one",
        arguments: [
            ("per_desa", "per_desa", 0), ("per_dsea", "per_desa", 1), ("per_desaa", "per_desa", 1),
            ("PKH", "PSM", 2), ("", "abc", 3), ("kitten", "sitting", 3),
        ])
    func editDistance(lhs: String, rhs: String, distance: Int) {
        #expect(KeySuggestion.editDistance(lhs, rhs) == distance)
    }
}
