import Ingestion
import Testing

@Suite("Whole numbers (docs/INPUTS.md, Numbers)")
struct IntegerParserTests {
    static let digitsHint = "write digits only, grouping thousands with . , or a space (12.345)"
    static let notWhole = ValueError("not a whole number", hint: digitsHint)
    /// A count above ``PlanBounds/maximumCount``.
    static let aboveBound = ValueError(
        "number above 100,000,000", hint: "no kecamatan count comes near it: check the value for extra digits")
    static let misgrouped = ValueError(
        "thousands grouped wrongly",
        hint: "group digits in threes (1.234.567) or not at all (1234567)")
    static let mixed = ValueError(
        "thousands grouped with mixed separators",
        hint: "group thousands with one kind of separator: 1.234.567, 1,234,567 or 1 234 567")

    @Test(
        "reads plain and grouped numbers",
        arguments: [
            ("12345", 12345),
            ("0", 0),
            ("007", 7),
            ("12.345", 12345),
            ("12,345", 12345),
            ("12 345", 12345),
            ("12\u{00A0}345", 12345),
            ("12\u{202F}345", 12345),
            ("1.234.567", 1_234_567),
            ("1,234,567", 1_234_567),
            ("1 234 567", 1_234_567),
            ("100.000", 100_000),
            ("  42\t", 42),
            ("\u{00A0}42\u{00A0}", 42),
            ("100.000.000", 100_000_000),
            ("100000000", 100_000_000),
        ])
    func reads(text: String, value: Int) {
        #expect(IntegerParser.parse(text) == .success(value))
    }

    @Test(
        "reads a leading minus only when negatives are allowed",
        arguments: [("-5", -5), ("-12.345", -12345), ("-1 234 567", -1_234_567), ("-0", 0), ("42", 42)])
    func readsNegative(text: String, value: Int) {
        #expect(IntegerParser.parse(text, allowNegative: true) == .success(value))
    }

    /// A caller may widen the bound up to `Int`.
    @Test("reads up to Int.max when the caller allows it")
    func readsWideMaximum() {
        #expect(IntegerParser.parse("9.223.372.036.854.775.807", maximum: .max) == .success(Int.max))
        #expect(IntegerParser.parse("-100000001", allowNegative: true) == .failure(Self.aboveBound))
    }

    @Test(
        "rejects what is not a whole number",
        arguments: [
            ("", ValueError("no number given", hint: digitsHint)),
            ("   ", ValueError("no number given", hint: digitsHint)),
            ("abc", notWhole),
            ("1e3", notWhole),
            ("12.5", notWhole),
            ("12,34", notWhole),
            ("12345.0", notWhole),
            ("0.045", notWhole),
            ("12 5", notWhole),
            ("+5", notWhole),
            ("-", notWhole),
            ("- 5", notWhole),
            ("12.", notWhole),
            (".345", notWhole),
            ("12..345", notWhole),
            ("12  345", notWhole),
            ("12_345", notWhole),
            ("12'345", notWhole),
            ("١٢", notWhole),
            ("1.23.456", misgrouped),
            ("1234.567", misgrouped),
            ("1.234.56", misgrouped),
            ("012.345.678", misgrouped),
            ("1,234.567", mixed),
            ("1.234,567", mixed),
            ("1 234.567", mixed),
            ("-5", ValueError("negative number", hint: "write a number of 0 or more")),
            ("-12.345", ValueError("negative number", hint: "write a number of 0 or more")),
            ("9223372036854775808", ValueError("number too large", hint: "check the value for extra digits")),
            ("100000001", Self.aboveBound),
            ("1.000.000.000.000.000", Self.aboveBound),
            ("9223372036854775807", Self.aboveBound),
            ("99.999.999.999.999.999.999", ValueError("number too large", hint: "check the value for extra digits")),
        ])
    func rejects(text: String, error: ValueError) {
        #expect(IntegerParser.parse(text) == .failure(error))
    }

    @Test("a malformed negative number is reported for its form, not its sign")
    func malformedNegative() {
        #expect(IntegerParser.parse("-abc") == .failure(Self.notWhole))
        #expect(IntegerParser.parse("-12.5", allowNegative: true) == .failure(Self.notWhole))
    }

    /// Plain digits take a short path (1 to 18 digits, nothing else); these are its edges, each read
    /// exactly as the general path reads them.
    @Test("plain digits at the edges of the short path read as grouped ones do")
    func plainDigitEdges() {
        #expect(IntegerParser.parse("100000001") == .failure(Self.aboveBound))
        #expect(IntegerParser.parse("000000000000000042") == .success(42))  // 18 digits
        #expect(IntegerParser.parse("0000000000000000042") == .success(42))  // 19: the general path
        #expect(IntegerParser.parse("999999999999999999", maximum: .max) == .success(999_999_999_999_999_999))
        #expect(IntegerParser.parse("9999999999999999999", maximum: .max) == .failure(Self.tooLarge))
        #expect(IntegerParser.parse("999999999999999999") == .failure(Self.aboveBound))
        #expect(IntegerParser.parse("4\u{0662}") == .failure(Self.notWhole))  // an Arabic-Indic digit
        #expect(IntegerParser.parse("12 ") == .success(12))
    }

    static let tooLarge = ValueError("number too large", hint: "check the value for extra digits")
}
