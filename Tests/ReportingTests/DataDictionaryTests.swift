import Foundation
import Testing

@testable import Reporting

@Suite("DataDictionary: docs/OUTPUTS.md generated from the record declarations")
struct DataDictionaryTests {
    /// The repository's root, from this file's place in the source tree.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("the committed docs/OUTPUTS.md is what the declarations give (make docs rewrites it)")
    func inStep() throws {
        let committed = try String(contentsOf: Self.root.appendingPathComponent("docs/OUTPUTS.md"), encoding: .utf8)
        #expect(
            committed == DataDictionary.render(),
            "docs/OUTPUTS.md is out of step with Sources/Reporting/Records: run `make docs` and commit it")
    }

    @Test("every column of every CSV record is listed, with its rounding")
    func everyColumn() {
        let text = DataDictionary.render()
        let headers =
            PriorityRecord.schema.header + ProjectionRecord.schema.header + TrainingNeedsCSV.headerWithNames
            + AllocationCSV.header + RejectsCSV.header + ComparisonCSV.header
        for name in headers { #expect(text.contains("| `\(name)` |"), "\(name) is missing") }
        #expect(
            text.contains(
                "| `score` | Skor prioritas | Priority score | score 0–1 | 6 decimals | `0.000000` "
                    + "| The weighted priority score; the sum of the four contributions. |"))
        #expect(
            text.contains(
                "| `readiness` | Kesiapan | Readiness | share 0–1 | 6 decimals | `0.0%` |"))
    }
}
