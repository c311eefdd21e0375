import Ingestion
import Testing

@Suite("Years (docs/INPUTS.md, Population, Roster and Scenario)")
struct YearParserTests {
    static let fourDigits = "write the year in four digits, e.g. 2024"
    static let outOfRange = ValueError("year outside 1900–2100", hint: "check the year: it must be from 1900 to 2100")

    @Test("reads plain years", arguments: [("2024", 2024), ("1900", 1900), ("2100", 2100), (" 2025\t", 2025)])
    func reads(text: String, year: Int) {
        #expect(YearParser.parse(text) == .success(year))
    }

    @Test(
        "rejects what is not a year in range",
        arguments: [
            ("", ValueError("no year given", hint: fourDigits)),
            ("tahun", ValueError("not a year", hint: fourDigits)),
            ("2.024", ValueError("not a year", hint: fourDigits)),
            ("2,024", ValueError("not a year", hint: fourDigits)),
            ("2024.0", ValueError("not a year", hint: fourDigits)),
            ("-2024", ValueError("not a year", hint: fourDigits)),
            ("+2024", ValueError("not a year", hint: fourDigits)),
            ("20 24", ValueError("not a year", hint: fourDigits)),
            ("2024-05-17", ValueError("not a year", hint: fourDigits)),
            ("1899", outOfRange),
            ("2101", outOfRange),
            ("24", outOfRange),
            ("0", outOfRange),
            ("99999999999999999999999", outOfRange),
        ])
    func rejects(text: String, error: ValueError) {
        #expect(YearParser.parse(text) == .failure(error))
    }

    @Test("takes the range from the caller")
    func customRange() {
        #expect(YearParser.parse("2030", range: 2020...2040) == .success(2030))
        let outside = ValueError("year outside 2020–2040", hint: "check the year: it must be from 2020 to 2040")
        #expect(YearParser.parse("2019", range: 2020...2040) == .failure(outside))
        #expect(YearParser.parse("2041", range: 2020...2040) == .failure(outside))
    }
}
