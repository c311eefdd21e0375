import CapplanTestSupport
import Foundation
import Testing

@testable import XLSXSupport

@Suite("XMLBytes: numbers as %.16G, text escaped as libxlsxwriter escapes it")
struct XMLBytesTests {
    @Test(
        "numbers are written as C's printf(\"%.16G\") writes them",
        arguments: [
            (9.7, "9.699999999999999"), (0.1, "0.1"), (0.1 + 0.2, "0.3"), (1e15, "1000000000000000"),
            (1e16, "1E+16"), (-0.0, "-0"), (0, "0"), (Double("123456789012345678")!, "1.234567890123457E+17"),
            (1e-5, "1E-05"), (0.000123, "0.000123"), (1e-7, "1E-07"), (999_999_999_999_999, "999999999999999"),
            (-123_456_789_012_345, "-123456789012345"), (2.5, "2.5"), (1234.5, "1234.5"), (-7, "-7"),
            (4_503_599_627_370_496, "4503599627370496"),
        ])
    func numbers(value: Double, expected: String) {
        #expect(NumberText.string(value) == expected)
    }

    /// The shortcut through Swift's shortest form must give `snprintf`'s text whenever it answers: checked
    /// on the decimals the workbook writes (CSV cells of up to 6 places, and up to 8) and on random doubles,
    /// with the share it answers for the decimals, which is its point.
    @Test("the shortest-form shortcut writes what snprintf(\"%.16G\") writes, for most decimals")
    func shortestShortcut() {
        var generator = SystemRandomNumberGenerator()
        var decimals: [Double] = [0.032584, -0.5, 8.5, 100.5, 0.0001234, 123_456.789, 99.99, 9.7, 0.3, 1e-4 + 1e-9]
        for _ in 0..<200_000 {
            let places = Int.random(in: 1...8, using: &generator)
            let units = Double(Int64.random(in: -10_000_000_000...10_000_000_000, using: &generator))
            decimals.append(units / pow(10, Double(places)))
        }
        let randoms = (0..<200_000).map { _ in Double.random(in: -1e6...1e6, using: &generator) }
        var answered = 0
        var fractions = 0
        for (index, value) in (decimals + randoms).enumerated() {
            var reference: [UInt8] = []
            NumberText.printf16G(value) { reference.append(contentsOf: $0) }
            var shortcut: [UInt8] = []
            let answers = NumberText.appendShortest(value, to: &shortcut)
            if answers { #expect(shortcut == reference, "\(value)") }
            if index < decimals.count, value != value.rounded() {
                fractions += 1
                if answers { answered += 1 }
            }
        }
        #expect(answered * 10 > fractions * 8, "answered \(answered) of \(fractions) decimals")
        var nine: [UInt8] = []
        #expect(!NumberText.appendShortest(9.7, to: &nine) && nine.isEmpty)
    }

    @Test("a cell's text: control characters as _xHHHH_, then & < > escaped; quotes and non-ASCII as they are")
    func cellText() {
        func text(_ string: String) -> String {
            String(decoding: XMLBytes.cellText(string).text, as: UTF8.self)
        }
        #expect(text(#"a & b < c > d "q" 'a'"#) == #"a &amp; b &lt; c &gt; d "q" 'a'"#)
        #expect(text("bell\u{07}\u{1F}\r end") == "bell_x0007__x001F__x000D_ end")
        #expect(text("tab\there\nline") == "tab\there\nline")
        #expect(text("Kalimantan Utara — é 日本") == "Kalimantan Utara — é 日本")
        #expect(!XMLBytes.cellText("a b").preserve)
        #expect(XMLBytes.cellText(" lead").preserve)
        #expect(XMLBytes.cellText("trail\n").preserve)
        #expect(!XMLBytes.cellText("\rx").preserve)  // escaped to _x000D_ first
    }

    @Test("element data escapes & < > only; attributes also quotes and newlines")
    func dataAndAttributes() {
        var data = XMLBytes()
        data.data("&L&A \"x\" <y>\n")
        #expect(String(decoding: data.bytes, as: UTF8.self) == "&amp;L&amp;A \"x\" &lt;y&gt;\n")
        var attribute = XMLBytes()
        attribute.attribute("a&b \"c\" <d>\n")
        #expect(String(decoding: attribute.bytes, as: UTF8.self) == "a&amp;b &quot;c&quot; &lt;d&gt;&#xA;")
    }

    @Test("cells keep those escapes in the sheet's XML")
    func inSheet() throws {
        let book = try XLSXTestFiles.write { sheet in
            try sheet.writeString("<b>&\u{01} ", row: 0, column: 0)
            try sheet.writeNumber(9.7, row: 0, column: 1)
            try sheet.writeNumber(-0.0, row: 0, column: 2)
        }
        #expect(
            book[XLSXSheetTests.sheetPart].contains(
                #"<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">&lt;b&gt;&amp;_x0001_ </t></is></c>"#
                    + #"<c r="B1"><v>9.699999999999999</v></c><c r="C1"><v>-0</v></c></row>"#))
    }

    /// A compiled id_ID locale (decimal comma), made with localedef; nil where Debian's locales data is absent.
    nonisolated(unsafe) static let indonesian: locale_t? = {
        guard FileManager.default.fileExists(atPath: "/usr/share/i18n/locales/id_ID"),
            let folder = try? TemporaryFolder("capplan-xlsx-locales"),
            (try? XLSXTestFiles.run("/usr/bin/localedef", ["-i", "id_ID", "-f", "UTF-8", folder.file("id_ID.UTF-8")]))
                != nil
        else { return nil }
        setenv("LOCPATH", folder.path, 1)
        defer {
            unsetenv("LOCPATH")
            folder.remove()  // newlocale has read (mapped) the files
        }
        return newlocale(1 << LC_NUMERIC, "id_ID.UTF-8", nil)
    }()

    @Test(
        "numbers are written with a decimal point even when the thread's locale uses a comma",
        .enabled(if: indonesian != nil, "needs Debian's locales data and localedef"))
    func decimalPoint() throws {
        let indonesian: locale_t = try #require(Self.indonesian)
        let previous = uselocale(indonesian)
        defer { uselocale(previous) }
        #expect(String(cString: localeconv().pointee.decimal_point) == ",")
        let book = try XLSXTestFiles.write { sheet in
            try sheet.writeNumber(1234.5, row: 0, column: 0)
            try sheet.setRowHeight(20.5, row: 0)
        }
        #expect(book[XLSXSheetTests.sheetPart].contains("<v>1234.5</v>"))
        #expect(book[XLSXSheetTests.sheetPart].contains(#"ht="20.5""#))
    }
}
