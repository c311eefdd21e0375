import Ingestion
import Testing

@Suite("Decimals and percentages (docs/INPUTS.md, Numbers and Scenario)")
struct DecimalParserTests {
    static let commaExamples = "write a number such as 3,5 or 1.234,5, or a percentage such as 4,5%"
    static let pointExamples = "write a number such as 3.5 or 1,234.5, or a percentage such as 4.5%"
    static let decimalPointInCommaFile = ValueError(
        "decimal point where this file uses a decimal comma",
        hint: "write 3,5 rather than 3.5: files separated by ; use , as the decimal mark")
    static let decimalCommaInPointFile = ValueError(
        "decimal comma where this file uses a decimal point",
        hint: "write 3.5 rather than 3,5: only files separated by ; use , as the decimal mark")
    static let misgroupedComma = ValueError(
        "thousands grouped wrongly",
        hint: "group digits in threes (1.234.567,5) or not at all (1234567,5)")
    static let misgroupedPoint = ValueError(
        "thousands grouped wrongly",
        hint: "group digits in threes (1,234,567.5) or not at all (1234567.5)")
    static let tooLarge = ValueError("number too large", hint: "check the value for extra digits")

    @Test(
        "reads numbers with a decimal comma (;-separated files)",
        arguments: [
            ("3,5%", 0.035),
            ("4,5%", 0.045),
            ("4,5 %", 0.045),
            ("-1,2%", -0.012),
            ("+1,2%", 0.012),
            ("12%", 0.12),
            ("1.234,5", 1234.5),
            ("1 234,5", 1234.5),
            ("1\u{00A0}234,5", 1234.5),
            ("1.234.567,25", 1_234_567.25),
            ("1.234", 1234),
            ("0,045", 0.045),
            ("12", 12),
            ("-3,25", -3.25),
            ("-0", 0),
            (" 7,5 ", 7.5),
        ])
    func readsWithComma(text: String, value: Double) {
        #expect(DecimalParser.parse(text, decimalMark: ",") == .success(value))
    }

    @Test(
        "reads numbers with a decimal point (other files)",
        arguments: [
            ("0.045", 0.045),
            ("4.5%", 0.045),
            ("3.5 %", 0.035),
            ("-1.2%", -0.012),
            ("1,234.5", 1234.5),
            ("1 234.5", 1234.5),
            ("1,234,567.25", 1_234_567.25),
            ("1,234", 1234),
            ("12", 12),
            ("+0.5", 0.5),
            ("100%", 1),
        ])
    func readsWithPoint(text: String, value: Double) {
        #expect(DecimalParser.parse(text, decimalMark: ".") == .success(value))
    }

    @Test(
        "rejects malformed numbers in a decimal-comma file",
        arguments: [
            ("", ValueError("no number given", hint: commaExamples)),
            ("abc", ValueError("not a number", hint: commaExamples)),
            ("%", ValueError("not a number", hint: commaExamples)),
            ("5%%", ValueError("not a number", hint: commaExamples)),
            ("1e3", ValueError("not a number", hint: commaExamples)),
            (",5", ValueError("not a number", hint: commaExamples)),
            ("5,", ValueError("not a number", hint: commaExamples)),
            ("5,a", ValueError("not a number", hint: commaExamples)),
            ("--5", ValueError("not a number", hint: commaExamples)),
            ("1,2,3", ValueError("more than one decimal mark", hint: "write one decimal comma, e.g. 1.234,5")),
            ("3.5", decimalPointInCommaFile),
            ("4.5%", decimalPointInCommaFile),
            ("0.045", decimalPointInCommaFile),
            ("1,234.5", decimalPointInCommaFile),
            ("1.23.456", misgroupedComma),
            ("1.23,5", misgroupedComma),
            ("12 5", misgroupedComma),
            (
                "1.234 567,5",
                ValueError(
                    "thousands grouped with mixed separators",
                    hint: "group thousands with one kind of separator: 1.234.567,5 or 1 234 567,5")
            ),
            (String(repeating: "9", count: 400), tooLarge),
        ])
    func rejectsWithComma(text: String, error: ValueError) {
        #expect(DecimalParser.parse(text, decimalMark: ",") == .failure(error))
    }

    @Test(
        "rejects malformed numbers in a decimal-point file",
        arguments: [
            ("", ValueError("no number given", hint: pointExamples)),
            ("abc", ValueError("not a number", hint: pointExamples)),
            ("1.2.3", ValueError("more than one decimal mark", hint: "write one decimal point, e.g. 1,234.5")),
            ("3,5", decimalCommaInPointFile),
            ("3,5%", decimalCommaInPointFile),
            ("1.234,5", decimalCommaInPointFile),
            ("1,2,3", misgroupedPoint),
            ("1234,567.5", misgroupedPoint),
            (
                "1,234 567",
                ValueError(
                    "thousands grouped with mixed separators",
                    hint: "group thousands with one kind of separator: 1,234,567.5 or 1 234 567.5")
            ),
            ("1" + String(repeating: "0", count: 309) + ".5", tooLarge),
        ])
    func rejectsWithPoint(text: String, error: ValueError) {
        #expect(DecimalParser.parse(text, decimalMark: ".") == .failure(error))
    }
}
