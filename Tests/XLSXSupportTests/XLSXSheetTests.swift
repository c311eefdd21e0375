import CapplanTestSupport
import Foundation
import Testing

@testable import XLSXSupport

@Suite("XLSXSheet cells")
struct XLSXSheetTests {
    /// The sheet part of every test workbook.
    static let sheetPart = "xl/worksheets/sheet1.xml"

    @Test("a number is a number cell holding the value, with its format's style")
    func number() throws {
        let book = try XLSXTestFiles.write { sheet in
            try sheet.writeNumber(1234.5, row: 0, column: 0)
            try sheet.writeNumber(-0.125, row: 1, column: 2, format: XLSXFormat(numberFormat: "0.000000"))
        }
        let xml = book[Self.sheetPart]
        #expect(xml.contains(#"<c r="A1"><v>1234.5</v></c>"#))
        #expect(xml.contains(#"<c r="C2" s="1"><v>-0.125</v></c>"#))
        #expect(book["xl/styles.xml"].contains(#"<numFmt numFmtId="164" formatCode="0.000000"/>"#))
    }

    @Test("text starting with = is an inline string, never a formula", arguments: ["=1+1", "=SUM(A1:A9)", "+62", "@x"])
    func formulaLikeText(text: String) throws {
        let book = try XLSXTestFiles.write { sheet in
            try sheet.writeString(text, row: 0, column: 0)
        }
        #expect(book[Self.sheetPart].contains(#"<c r="A1" t="inlineStr"><is><t>"# + text + "</t></is></c>"))
        #expect(!book[Self.sheetPart].contains("<f>"))
        #expect(!book.names.contains("xl/sharedStrings.xml"))
    }

    @Test("a blank cell is written only with a format; an empty text is a blank")
    func blanks() throws {
        let fill = XLSXFormat(fillColor: XLSXFormat.Color(rgb: 0xDDEBF7))
        let book = try XLSXTestFiles.write { sheet in
            try sheet.writeBlank(row: 0, column: 0, format: fill)
            try sheet.writeBlank(row: 0, column: 1)
            try sheet.writeString("", row: 0, column: 2, format: fill)
            try sheet.writeString("", row: 0, column: 3)
        }
        #expect(book[Self.sheetPart].contains(#"<row r="1"><c r="A1" s="1"/><c r="C1" s="1"/></row>"#))
        #expect(book[Self.sheetPart].contains(#"<dimension ref="A1:C1"/>"#))
    }

    @Test("the last cell of Excel's sheet is writable; one past it, or a negative index, is an error")
    func limits() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let workbook = try XLSXWorkbook(path: folder + "/limits.xlsx", properties: XLSXTestFiles.properties)
        let sheet = try workbook.addSheet(name: "Data")
        try sheet.writeNumber(1, row: 1_048_575, column: 16_383)
        for (row, column) in [(1_048_576, 0), (0, 16_384), (-1, 0), (0, -1)] {
            #expect(throws: XLSXError.cellOutOfRange(path: workbook.path, sheet: "Data", row: row, column: column)) {
                try sheet.writeString("x", row: row, column: column)
            }
        }
        let error = try #require(throws: XLSXError.self) { try sheet.writeBlank(row: 0, column: 16_384) }
        #expect(
            error.description
                == "\(folder)/limits.xlsx: sheet 'Data': row 0, column 16384 (0-based) lies outside Excel's sheet of"
                + " 1,048,576 rows × 16,384 columns — split the data over several sheets")
        try workbook.close()
        #expect(try XLSXTestFiles.unzip(workbook.path)[Self.sheetPart].contains(#"<dimension ref="XFD1048576"/>"#))
    }

    @Test("text of 32,767 UTF-16 units is kept whole; one more is an error, counted as Excel counts")
    func stringLength() throws {
        let longest = String(repeating: "a", count: 32_765) + "😀"
        let book = try XLSXTestFiles.write { sheet in
            try sheet.writeString(longest, row: 0, column: 0)
            let error = try #require(throws: XLSXError.self) { try sheet.writeString(longest + "b", row: 0, column: 1) }
            #expect(error == .stringTooLong(path: sheet.path, sheet: "Data", cell: "B1", length: 32_768))
            #expect(
                error.description.hasSuffix(
                    "cell B1: text of 32768 characters is longer than Excel's 32,767 — shorten it"))
        }
        #expect(book[Self.sheetPart].contains("<t>\(longest)</t>"))
    }

    @Test(
        "NaN and the infinities are errors, not cells Excel cannot read",
        arguments: [Double.nan, .infinity, -.infinity])
    func nonFinite(value: Double) throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let workbook = try XLSXWorkbook(path: folder + "/n.xlsx", properties: XLSXTestFiles.properties)
        let sheet = try workbook.addSheet(name: "Data")
        let error = try #require(throws: XLSXError.self) { try sheet.writeNumber(value, row: 2, column: 1) }
        #expect(
            error.description
                == "\(folder)/n.xlsx: sheet 'Data' cell B3: \(value) is not a number Excel can store"
                + " — write a blank or a text instead")
    }

    @Test("a NUL in a text is an error rather than a text cut short")
    func nul() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let workbook = try XLSXWorkbook(path: folder + "/nul.xlsx", properties: XLSXTestFiles.properties)
        let sheet = try workbook.addSheet(name: "Data")
        let error = try #require(throws: XLSXError.self) { try sheet.writeString("a\0b", row: 0, column: 0) }
        #expect(
            error.description
                == "\(folder)/nul.xlsx: sheet 'Data' cell A1 holds a NUL character, which Excel cannot store"
                + " — remove it")
    }

    @Test("control characters and XML specials come back as written")
    func escaping() throws {
        let book = try XLSXTestFiles.write { sheet in
            try sheet.writeString("a<b & \"c\"\u{1}", row: 0, column: 0)
        }
        #expect(book[Self.sheetPart].contains("<t>a&lt;b &amp; \"c\"_x0001_</t>"))
    }

    @Test(
        "cell names",
        arguments: [
            (0, 0, "A1"), (6, 1, "B7"), (0, 25, "Z1"), (0, 26, "AA1"), (9, 701, "ZZ10"),
            (0, 702, "AAA1"), (1_048_575, 16_383, "XFD1048576"),
        ])
    func cellName(row: Int, column: Int, name: String) {
        #expect(XLSXSheet.cellName(row: row, column: column) == name)
    }
}
