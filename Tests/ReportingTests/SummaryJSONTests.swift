import CapplanTestSupport
import Foundation
import Testing

@testable import Reporting

@Suite("SummaryJSON: summary.json")
struct SummaryJSONTests {
    @Test("the fixture's summary matches the golden file")
    func golden() {
        Golden.check(
            SummaryJSON.render(ReportFixture.analysis(), context: ReportFixture.context()), matches: "summary.json")
    }

    @Test("rendering twice, with previous ranks inserted in another order, gives the same bytes")
    func deterministic() {
        let other = Dictionary(uniqueKeysWithValues: ReportFixture.context().previousRanks!.sorted { $0.key > $1.key })
        #expect(
            SummaryJSON.render(ReportFixture.analysis(), context: ReportFixture.context())
                == SummaryJSON.render(ReportFixture.analysis(), context: ReportFixture.context(previousRanks: other)))
    }

    @Test("it is valid JSON whose keys are sorted snake_case and whose figures are the CSVs' rounded values")
    func figures() throws {
        let text = SummaryJSON.render(ReportFixture.analysis(), context: ReportFixture.context())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(
            object.keys.sorted() == [
                "allocation", "config", "kabupaten", "kecamatan", "no_population_data", "projection", "provinces",
                "rejected_rows", "sources", "years",
            ])
        #expect(text.contains("\"active_per_10k\" : "))
        #expect(!text.contains("per10k"))
        // Weights are written as their rounded decimal text, not a binary expansion.
        #expect(text.contains("\"readiness_gap\" : 0.4,"))
        #expect(!text.contains("0000000000"))
        let first = try #require((object["kecamatan"] as? [[String: Any]])?.first)
        #expect(first["kode_kecamatan"] as? String == "65.02.04")
        #expect(first["rank"] as? Int == 1)
    }

    @Test("no allocation plan gives empty lists, no previous run changes nothing")
    func noPlan() {
        var config = ReportFixture.config
        config.seatsPerYear = 0
        let text = SummaryJSON.render(ReportFixture.analysis(config: config), context: ReportFixture.context())
        #expect(text.contains("\"allocation\" : {\n    \"entries\" : [\n\n    ],\n    \"years\" : [\n\n    ]\n  }"))
        #expect(
            SummaryJSON.render(ReportFixture.analysis(), context: ReportFixture.context(previousRanks: nil))
                == SummaryJSON.render(ReportFixture.analysis(), context: ReportFixture.context()))
    }
}
