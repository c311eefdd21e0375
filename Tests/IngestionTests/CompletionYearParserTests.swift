import Ingestion
import Testing

@Suite("Module completion cells (docs/INPUTS.md, Roster)")
struct CompletionYearParserTests {
    static let formsHint = "write the year (2023) or the date (2023-05-17, or 17/5/2023 day first)"
    static let noDate = ValueError(
        "date does not exist", hint: "check day and month: dates are written YYYY-MM-DD or D/M/YYYY, day first")
    static let notYearOrDate = ValueError("not a year or date", hint: formsHint)
    static let future = ValueError(
        "completion year is after the current year (2026)",
        hint: "check the year: a module cannot be completed in the future")

    @Test(
        "reads a year or a date and keeps the year",
        arguments: [
            ("2023", 2023),
            ("2026", 2026),
            ("1900", 1900),
            ("2023-05-17", 2023),
            ("2023-5-7", 2023),
            ("17/5/2023", 2023),
            ("17/05/2023", 2023),
            ("1/1/2020", 2020),
            ("31/12/2025", 2025),
            ("2024-02-29", 2024),
            ("29/2/2024", 2024),
            ("29/2/2000", 2000),
            ("2023-04-30", 2023),
            (" 2023 ", 2023),
        ])
    func reads(text: String, year: Int) {
        #expect(CompletionYearParser.parse(text, currentYear: 2026) == .success(year))
    }

    @Test(
        "rejects dates that do not exist, future years and other text",
        arguments: [
            ("2023-02-30", noDate),
            ("31/4/2023", noDate),
            ("29/2/2023", noDate),
            ("29/2/1900", noDate),
            ("2023-13-01", noDate),
            ("2023-00-10", noDate),
            ("0/5/2023", noDate),
            ("5/17/2023", noDate),
            ("2027", future),
            ("2027-01-01", future),
            ("1/1/2027", future),
            ("1899", ValueError("completion year is before 1900", hint: "check the year")),
            ("31/12/1899", ValueError("completion year is before 1900", hint: "check the year")),
            ("", ValueError("no year or date given", hint: formsHint)),
            ("sudah", notYearOrDate),
            ("23", notYearOrDate),
            ("2023.0", notYearOrDate),
            ("17-05-2023", notYearOrDate),
            ("2023/05/17", notYearOrDate),
            ("17.5.2023", notYearOrDate),
            ("17/5/23", notYearOrDate),
            ("2023-05-17 00:00:00", notYearOrDate),
            ("20230517", notYearOrDate),
            ("2023-005-17", notYearOrDate),
        ])
    func rejects(text: String, error: ValueError) {
        #expect(CompletionYearParser.parse(text, currentYear: 2026) == .failure(error))
    }
}
