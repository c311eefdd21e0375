import CapplanTestSupport
import Testing

@testable import Reporting

@Suite("NumberFormat: the one place numbers become text")
struct NumberFormatTests {
    @Test(
        "fixed rounds half away from zero on the decimal digits",
        arguments: [
            (0.5, 0, "1"), (-0.5, 0, "-1"), (2.5, 0, "3"), (-2.5, 0, "-3"), (1.5, 0, "2"), (0.49, 0, "0"),
            (2.675, 2, "2.68"), (1.005, 2, "1.01"), (-1.005, 2, "-1.01"), (0.125, 2, "0.13"), (3.61, 2, "3.61"),
            (2.5, 2, "2.50"), (0, 2, "0.00"), (9.995, 2, "10.00"), (99.5, 0, "100"), (0.1, 6, "0.100000"),
            (1e-7, 6, "0.000000"), (123_456.789, 1, "123456.8"),
        ] as [(Double, Int, String)])
    func fixed(value: Double, places: Int, text: String) {
        #expect(NumberFormat.fixed(value, places) == text)
    }

    @Test(
        "six-decimal edge cases",
        arguments: [
            (0.0000005, "0.000001"), (0.0000004999, "0.000000"), (-0.0000005, "-0.000001"), (0.9999995, "1.000000"),
            (0.1234565, "0.123457"), (1.0 / 3.0, "0.333333"), (2.0 / 3.0, "0.666667"), (1, "1.000000"),
            (0.000001, "0.000001"), (1.5e-6, "0.000002"),
        ] as [(Double, String)])
    func share(value: Double, text: String) {
        #expect(NumberFormat.share(value) == text)
    }

    @Test(
        "a value that rounds to zero prints without a minus sign",
        arguments: [(-0.0, 6), (-0.0000001, 6), (-0.004, 2), (-0.4, 0), (-0.0, 0)] as [(Double, Int)])
    func negativeZero(value: Double, places: Int) {
        #expect(!NumberFormat.fixed(value, places).hasPrefix("-"))
        #expect(NumberFormat.fixed(value, places) == NumberFormat.fixed(0, places))
    }

    @Test(
        "integer rounds half away from zero, large populations included",
        arguments: [
            (28_450.4999, "28450"), (28_450.5, "28451"), (-28_450.5, "-28451"), (12_345_678.5, "12345679"),
            (1e15 + 0.5, "1000000000000001"), (1e16, "10000000000000000"), (1.2345e20, "123450000000000000000"),
            (0, "0"),
        ] as [(Double, String)])
    func integer(value: Double, text: String) {
        #expect(NumberFormat.integer(value) == text)
    }

    @Test("counts have 2 decimals, shares 6")
    func columnKinds() {
        #expect(NumberFormat.count(3.6100000000000003) == "3.61")
        #expect(NumberFormat.count(4.5125) == "4.51")
        #expect(NumberFormat.share(0.034) == "0.034000")
    }

    @Test("a value that is not finite gives an empty text", arguments: [Double.nan, .infinity, -.infinity])
    func notFinite(value: Double) {
        #expect(NumberFormat.fixed(value, 2) == "")
        #expect(NumberFormat.prose(value, .english) == "")
    }

    @Test(
        "prose whole numbers group thousands by language",
        arguments: [
            (12_345, "12.345", "12,345"), (1_234_567.5, "1.234.568", "1,234,568"), (999, "999", "999"),
            (1000, "1.000", "1,000"), (-12_345, "-12.345", "-12,345"), (0, "0", "0"),
        ] as [(Double, String, String)])
    func proseWhole(value: Double, indonesian: String, english: String) {
        #expect(NumberFormat.prose(value, .indonesian) == indonesian)
        #expect(NumberFormat.prose(value, .english) == english)
    }

    @Test(
        "prose percentages use the language's decimal mark",
        arguments: [
            (0.035, "3,5%", "3.5%"), (0.0125, "1,3%", "1.3%"), (0.145, "14,5%", "14.5%"), (1, "100,0%", "100.0%"),
            (-0.0004, "0,0%", "0.0%"), (-0.012, "-1,2%", "-1.2%"), (12.345, "1.234,5%", "1,234.5%"),
        ] as [(Double, String, String)])
    func percent(share: Double, indonesian: String, english: String) {
        #expect(NumberFormat.percent(share, .indonesian) == indonesian)
        #expect(NumberFormat.percent(share, .english) == english)
    }

    @Test(
        "prose decimals drop trailing zeros up to the places given",
        arguments: [
            (9.5, 1, "9,5", "9.5"), (12, 1, "12", "12"), (4.5125, 1, "4,5", "4.5"), (0.15, 6, "0,15", "0.15"),
            (2500, 6, "2.500", "2,500"), (0.04, 1, "0", "0"), (1234.25, 2, "1.234,25", "1,234.25"),
        ] as [(Double, Int, String, String)])
    func proseUpTo(value: Double, places: Int, indonesian: String, english: String) {
        #expect(NumberFormat.prose(value, upTo: places, .indonesian) == indonesian)
        #expect(NumberFormat.prose(value, upTo: places, .english) == english)
    }

    @Test("prose with fixed places keeps them")
    func proseFixed() {
        #expect(NumberFormat.prose(0.852, places: 3, .indonesian) == "0,852")
        #expect(NumberFormat.prose(1234.5, places: 2, .english) == "1,234.50")
    }
}

@Suite("NumberFormat: the binary fast path agrees with the decimal rounding")
struct NumberFormatFastPathTests {
    @Test("a million seeded values at every place count give the same text both ways")
    func agrees() {
        var generator = SeededGenerator(seed: 2025)
        var firstMismatch: String?
        for index in 0..<1_000_000 {
            let places = index % 7
            let magnitude = [1.0, 10, 1_000, 100_000, 1e9, 1e12][index % 6]
            var value = Double(bitPattern: generator.next() >> 12 | 0x3FF0_0000_0000_0000) - 1.0
            value *= magnitude
            if index % 3 == 0 { value = -value }
            // Ties and near-ties: values with few decimals, which sit exactly on a half more often.
            if index % 5 == 0 { value = (value * 1_000).rounded() / 1_000 + 0.0005 }
            if NumberFormat.fixed(value, places) != NumberFormat.decimalFixed(value, places) {
                firstMismatch = "\(value) with \(places) places: \(NumberFormat.fixed(value, places))"
                break
            }
        }
        #expect(firstMismatch == nil)
    }

    @Test("ties are left to the decimal path, huge values too")
    func declines() {
        #expect(NumberFormat.fastFixed(2.675, 2) == nil)
        #expect(NumberFormat.fastFixed(0.5, 0) == nil)
        #expect(NumberFormat.fastFixed(1e300, 0) == nil)
        #expect(NumberFormat.fastFixed(.nan, 2) == nil)
        #expect(NumberFormat.fastFixed(0.05, 2) == "0.05")
        #expect(NumberFormat.fastFixed(-0.001, 2) == "0.00")
        #expect(NumberFormat.fastFixed(-12.3456, 3) == "-12.346")
        #expect(NumberFormat.fastFixed(28_450.4, 0) == "28450")
    }
}
