import CapplanTestSupport
import Testing

@testable import Reporting

@Suite("ManifestJSON: manifest.json")
struct ManifestJSONTests {
    static let outputs = [
        "priorities.csv", "projection.csv", "training_needs.csv", "allocation.csv", "summary.json", "brief.md",
        "manifest.json", "rejects.csv",
    ]

    @Test("the fixture's manifest matches the golden file")
    func golden() {
        Golden.check(ManifestJSON.render(ReportFixture.context(), outputs: Self.outputs), matches: "manifest.json")
    }

    @Test("each input is one object with role, path, sha256 and its row accounting")
    func input() {
        let text = ManifestJSON.render(ReportFixture.context(), outputs: [])
        #expect(
            text.contains(
                """
                    {
                      "path" : "raw/population.csv",
                      "role" : "population",
                      "rows" : {
                        "accepted" : 9,
                        "read" : 11,
                        "rejected" : 1,
                        "skipped" : 1
                      },
                      "sha256" : "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
                    },
                """))
    }
}
