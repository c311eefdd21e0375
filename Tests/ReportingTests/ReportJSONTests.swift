import Foundation
import Testing

@testable import Reporting

@Suite("ReportJSON: the commands' --json encoder")
struct ReportJSONTests {
    struct Figures: Encodable {
        var activePer10k = 1
        var rowsRead = 2
    }

    @Test("keys are snake_case and sorted, slashes unescaped, the text ends in a newline")
    func layout() {
        #expect(ReportJSON.text(Figures()) == "{\n  \"active_per10k\" : 1,\n  \"rows_read\" : 2\n}\n")
        #expect(ReportJSON.text(["a/b"]) == "[\n  \"a/b\"\n]\n")
    }
}
