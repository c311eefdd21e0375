import CapplanTestSupport
import Foundation
import Testing

@testable import XLSXSupport

@Suite("XLSXSheet layout: widths, heights, panes, autofilter, merges, comments")
struct XLSXSheetLayoutTests {
    /// The sheet part of every test workbook.
    static let sheetPart = XLSXSheetTests.sheetPart

    @Test("column widths per range and a row height")
    func sizes() throws {
        let book = try XLSXTestFiles.write { sheet in
            try sheet.setColumnWidth(30, columns: 0...0)
            try sheet.setColumnWidth(12, columns: 1...19)
            try sheet.setRowHeight(30, row: 0)
            try sheet.writeString("Kecamatan", row: 0, column: 0)
        }
        let xml = book[Self.sheetPart]
        #expect(
            xml.contains(
                #"<cols><col min="1" max="1" width="30.7109375" customWidth="1"/>"#
                    + #"<col min="2" max="20" width="12.7109375" customWidth="1"/></cols>"#))
        #expect(xml.contains(#"<row r="1" ht="30" customHeight="1">"#))
    }

    @Test("sizes outside Excel's range are errors")
    func badSizes() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let workbook = try XLSXWorkbook(path: folder + "/s.xlsx", properties: XLSXTestFiles.properties)
        let sheet = try workbook.addSheet(name: "Data")
        let wide = try #require(throws: XLSXError.self) { try sheet.setColumnWidth(256, columns: 0...1) }
        #expect(
            wide.description
                == "\(folder)/s.xlsx: sheet 'Data': column width 256.0 is not between 0 and 255.0"
                + " — use a size in that range")
        #expect(throws: XLSXError.self) { try sheet.setRowHeight(-1, row: 0) }
        #expect(throws: XLSXError.self) { try sheet.setRowHeight(.nan, row: 0) }
        #expect(throws: XLSXError.self) { try sheet.setColumnWidth(10, columns: 0...16_384) }
    }

    @Test("frozen header row and first column; zero freezes nothing")
    func panes() throws {
        let frozen = try XLSXTestFiles.write { sheet in try sheet.freezePanes(topRows: 1, leftColumns: 1) }
        #expect(
            frozen[Self.sheetPart].contains(
                #"<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>"#))
        let header = try XLSXTestFiles.write { sheet in try sheet.freezePanes(topRows: 1, leftColumns: 0) }
        #expect(
            header[Self.sheetPart].contains(
                #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        let none = try XLSXTestFiles.write { sheet in try sheet.freezePanes(topRows: 0, leftColumns: 0) }
        #expect(!none[Self.sheetPart].contains("<pane"))
    }

    @Test("an autofilter over the header and the rows below")
    func autofilter() throws {
        let book = try XLSXTestFiles.write { sheet in
            try sheet.writeString("kode", row: 0, column: 0)
            try sheet.setAutofilter(rows: 0...41_999, columns: 0...19)
        }
        #expect(book[Self.sheetPart].contains(#"<autoFilter ref="A1:T42000"/>"#))
        #expect(
            book["xl/workbook.xml"].contains(
                #"<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">"#
                    + "Data!$A$1:$T$42000</definedName>"))
    }

    @Test("a merged title: the text in the first cell, formatted blanks in the others")
    func merge() throws {
        let title = XLSXFormat(bold: true, horizontalAlignment: .center)
        let book = try XLSXTestFiles.write { sheet in
            try sheet.mergeCells(rows: 0...0, columns: 0...2, text: "=Rencana 2025", format: title)
        }
        let xml = book[Self.sheetPart]
        #expect(
            xml.contains(
                #"<c r="A1" s="1" t="inlineStr"><is><t>=Rencana 2025</t></is></c><c r="B1" s="1"/><c r="C1" s="1"/>"#))
        #expect(xml.contains(#"<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>"#))
        #expect(!xml.contains("<f>"))
    }

    @Test("a merge of one cell, or overlapping an earlier merge, is an error")
    func badMerges() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let workbook = try XLSXWorkbook(path: folder + "/m.xlsx", properties: XLSXTestFiles.properties)
        let sheet = try workbook.addSheet(name: "Data")
        let one = try #require(throws: XLSXError.self) { try sheet.mergeCells(rows: 2...2, columns: 1...1, text: "x") }
        #expect(
            one.description
                == "\(folder)/m.xlsx: sheet 'Data': merging B3 alone — Excel merges two cells or more;"
                + " write the cell")
        try sheet.mergeCells(rows: 0...1, columns: 0...3, text: "Title")
        let overlap = try #require(throws: XLSXError.self) {
            try sheet.mergeCells(rows: 1...2, columns: 3...4, text: "x")
        }
        #expect(
            overlap.description
                == "\(folder)/m.xlsx: sheet 'Data': merging D2:E3 overlaps A1:D2, merged before — Excel would"
                + " repair the file; merge ranges that do not overlap")
        try sheet.mergeCells(rows: 2...2, columns: 0...3, text: "Subtitle")
    }

    @Test("a comment (note) on a cell")
    func comment() throws {
        let book = try XLSXTestFiles.write { sheet in
            try sheet.writeNumber(12, row: 1, column: 1)
            try sheet.addComment("Estimated: no census for 2024", row: 1, column: 1)
        }
        #expect(book.names.contains("xl/comments1.xml"))
        #expect(book["xl/comments1.xml"].contains(#"<comment ref="B2" authorId="0">"#))
        #expect(book["xl/comments1.xml"].contains("<t>Estimated: no census for 2024</t>"))
        #expect(book[Self.sheetPart].contains(#"<legacyDrawing r:id="rId1"/>"#))
    }
}
