import CapplanTestSupport
import Foundation
import Testing

@testable import XLSXSupport

@Suite("XLSXStyles")
struct XLSXStylesTests {
    @Test("equal formats share one style, made in the order of first use; the default style adds none")
    func sharing() throws {
        let book = try XLSXTestFiles.write { sheet in
            for row in 0..<10 {
                try sheet.writeNumber(Double(row), row: row, column: 0, format: XLSXFormat(numberFormat: "#,##0"))
                try sheet.writeNumber(Double(row), row: row, column: 1, format: XLSXFormat(numberFormat: "0.0%"))
                try sheet.writeNumber(Double(row), row: row, column: 2, format: XLSXFormat())
            }
            #expect(try sheet.workbook().formatCount == 2)
        }
        let styles = book["xl/styles.xml"]
        #expect(
            styles.contains(
                ##"<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0"/>"##
                    + #"<numFmt numFmtId="165" formatCode="0.0%"/></numFmts>"#))
        #expect(styles.contains(#"<cellXfs count="3">"#))
        #expect(
            book[XLSXSheetTests.sheetPart].contains(
                #"<c r="A2" s="1"><v>1</v></c><c r="B2" s="2"><v>1</v></c><c r="C2"><v>1</v></c>"#))
    }

    @Test("styles are numbered as cells are written out: each sheet's last row at close, sheet after sheet")
    func numberingOrder() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let path = scratch.file("order.xlsx")
        let workbook = try XLSXWorkbook(path: path, properties: XLSXTestFiles.properties)
        let first = try workbook.addSheet(name: "First")
        try first.writeNumber(1, row: 0, column: 0, format: XLSXFormat(bold: true))  // its last row: at close
        let second = try workbook.addSheet(name: "Second")
        try second.writeNumber(2, row: 0, column: 0, format: XLSXFormat(italic: true))  // out when row 2 starts
        try second.writeNumber(3, row: 1, column: 0, format: XLSXFormat(italic: true))  // last row, style known
        try workbook.close()
        let book = try XLSXTestFiles.unzip(path)
        #expect(book["xl/worksheets/sheet1.xml"].contains(#"<c r="A1" s="2"><v>1</v></c>"#))
        #expect(
            book["xl/worksheets/sheet2.xml"].contains(#"<c r="A1" s="1"><v>2</v></c></row><row r="2"><c r="A2" s="1">"#)
        )
        #expect(book["xl/styles.xml"].contains(#"<font><i/><sz val="11"/>"#))
        #expect(
            book["xl/styles.xml"].contains(
                #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="2""#
            ))
    }

    @Test("a number format longer than libxlsxwriter kept is an error, not cut short")
    func longNumberFormat() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let workbook = try XLSXWorkbook(path: folder + "/f.xlsx", properties: XLSXTestFiles.properties)
        let sheet = try workbook.addSheet(name: "Data")
        let longest = String(repeating: "0", count: 127)
        try sheet.writeNumber(1, row: 0, column: 0, format: XLSXFormat(numberFormat: longest))
        let error = try #require(throws: XLSXError.self) {
            try sheet.writeNumber(1, row: 0, column: 1, format: XLSXFormat(numberFormat: longest + "0", bold: true))
        }
        #expect(
            error.description
                == "\(folder)/f.xlsx: cell format [numberFormat \"\(longest)0\", bold]: the number format has 128 UTF-8"
                + " bytes; Excel's files keep 127 — use a shorter number format")
        try workbook.close()
        #expect(try XLSXTestFiles.unzip(folder + "/f.xlsx")["xl/styles.xml"].contains("formatCode=\"\(longest)\""))
    }

    @Test("an indent outside 0...15 is an error", arguments: [-1, 16])
    func badIndent(indent: Int) throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let workbook = try XLSXWorkbook(path: folder + "/i.xlsx", properties: XLSXTestFiles.properties)
        let sheet = try workbook.addSheet(name: "Data")
        let error = try #require(throws: XLSXError.self) {
            try sheet.writeString("x", row: 0, column: 0, format: XLSXFormat(indent: indent))
        }
        #expect(
            error.description
                == "\(folder)/i.xlsx: cell format [indent \(indent)]: indent \(indent) is not between 0 and 15"
                + " — use an indent in that range")
    }

    @Test("black is written as black, not as libxlsxwriter's unset colour 0")
    func black() throws {
        let book = try XLSXTestFiles.write { sheet in
            try sheet.writeString("x", row: 0, column: 0, format: XLSXFormat(fontColor: XLSXFormat.Color(rgb: 0)))
        }
        #expect(book["xl/styles.xml"].contains(#"<color rgb="FF000000"/>"#))
    }
}
