import Testing

@testable import Reporting

@Suite("ReportJSON: rounded numbers written exactly")
struct ReportJSONTests {
    struct Figures: Encodable {
        var values: [ReportNumber]
        var activePer10k = 1
    }

    @Test("a rounded figure's JSON text is exactly the rounded value")
    func exactText() {
        let text = ReportJSON.text(
            Figures(values: [
                .share(0.1), .share(0.1 + 0.2), .count(3.6100000000000003), .integer(28_450.5), .share(-0.0000001),
                .share(0.0000005), .count(1_234_567.891), .integer(1e16),
            ]))
        #expect(
            text == """
                {
                  "active_per10k" : 1,
                  "values" : [
                    0.1,
                    0.3,
                    3.61,
                    28451,
                    0,
                    0.000001,
                    1234567.89,
                    10000000000000000
                  ]
                }

                """)
    }

    @Test("a value that is not finite becomes null, not a failure")
    func notFinite() {
        #expect(ReportJSON.text([ReportNumber.share(.nan)]) == "[\n  null\n]\n")
    }
}
