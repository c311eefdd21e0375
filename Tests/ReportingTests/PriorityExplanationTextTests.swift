import Analysis
import CapplanTestSupport
import Foundation
import Ingestion
import Testing

@testable import Reporting

@Suite("PriorityExplanationText and the explanation's JSON")
struct PriorityExplanationTextTests {
    static func malinauKota() throws -> PriorityExplanation {
        try #require(PriorityExplanation(analysis: ReportFixture.analysis(), code: ReportFixture.code(1, 1)))
    }

    @Test("the fixture's rank 2 in both languages matches the golden files")
    func golden() throws {
        let explanation = try Self.malinauKota()
        Golden.check(
            PriorityExplanationText.render(explanation, language: .indonesian), matches: "explain_id.txt")
        Golden.check(PriorityExplanationText.render(explanation, language: .english), matches: "explain_en.txt")
    }

    @Test("the JSON document matches the golden file: sorted snake_case keys, figures rounded as in the files")
    func json() throws {
        let text = ReportJSON.text(try Self.malinauKota())
        Golden.check(text, matches: "explain.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(
            object.keys.sorted() == [
                "above", "below", "components", "kabupaten", "kecamatan", "kode_kecamatan", "modules", "population",
                "rank", "ranked_count", "roles", "score", "total", "villages", "years",
            ])
        #expect(text.contains("\"score\" : 0.464088,"))
        #expect(!text.contains("e-0"))
        #expect(!text.contains("0000000000"))
    }

    @Test("a scenario figure is named with its file and line; a replaced figure says so")
    func scenarioFigures() throws {
        var explanation = try Self.malinauKota()
        explanation.population.observed = [
            ObservedPopulation(
                origin: .data, year: 2024, population: 27010, source: "BPS proyeksi", file: "population.csv", line: 7,
                used: false),
            ObservedPopulation(
                origin: .scenario, year: 2024, population: 27500, source: nil, file: "scenario.csv", line: 3,
                used: true),
        ]
        let english = PriorityExplanationText.render(explanation, language: .english)
        #expect(english.contains("\n  2024  27,010  data: BPS proyeksi (replaced by a later figure)\n"))
        #expect(english.contains("\n  2024  27,500  scenario scenario.csv:3\n"))
        let indonesian = PriorityExplanationText.render(explanation, language: .indonesian)
        #expect(indonesian.contains("\n  2024  27.010  data: BPS proyeksi (diganti angka yang lebih akhir)\n"))
    }
}
