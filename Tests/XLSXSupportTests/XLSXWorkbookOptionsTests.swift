import CapplanTestSupport
import Foundation
import Testing

@testable import XLSXSupport

@Suite("XLSXWorkbookOptions: rows in order, inline strings and the temporary folder")
struct XLSXWorkbookOptionsTests {
    @Test("strings are written inline, never as formulas")
    func inlineStrings() throws {
        let book = try XLSXTestFiles.write { sheet in
            try sheet.writeString("=1+1", row: 0, column: 0)
            try sheet.writeNumber(2, row: 0, column: 1)
        }
        #expect(book[XLSXSheetTests.sheetPart].contains(#"<c r="A1" t="inlineStr"><is><t>=1+1</t></is></c>"#))
        #expect(!book[XLSXSheetTests.sheetPart].contains("<f>"))
        #expect(!book.names.contains("xl/sharedStrings.xml"))
    }

    @Test("a row before the current one is an error, whatever writes to it")
    func rowOrder() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let workbook = try XLSXWorkbook(path: folder + "/o.xlsx", properties: XLSXTestFiles.properties)
        let sheet = try workbook.addSheet(name: "Data")
        try sheet.writeNumber(1, row: 5, column: 3)
        try sheet.writeNumber(1, row: 5, column: 1)
        #expect(sheet.currentRow == 5)
        let late = XLSXError.rowAlreadyWritten(path: folder + "/o.xlsx", sheet: "Data", row: 4, currentRow: 5)
        #expect(throws: late) { try sheet.writeNumber(1, row: 4, column: 0) }
        #expect(throws: late) { try sheet.writeString("x", row: 4, column: 0) }
        #expect(throws: late) { try sheet.setRowHeight(20, row: 4) }
        #expect(throws: late) { try sheet.addComment("x", row: 4, column: 0) }
        #expect(throws: late) { try sheet.setAutofilter(rows: 0...4, columns: 0...3) }
        #expect(throws: late) { try sheet.mergeCells(rows: 4...6, columns: 0...1, text: "x") }
        try sheet.setAutofilter(rows: 0...5, columns: 0...3)
        try sheet.freezePanes(topRows: 1, leftColumns: 0)
        try sheet.setColumnWidth(12, columns: 0...3)
        try workbook.close()
        #expect(try XLSXTestFiles.openFiles(under: folder).isEmpty)
        let xml = try XLSXTestFiles.unzip(folder + "/o.xlsx")[XLSXSheetTests.sheetPart]
        #expect(xml.contains(#"<row r="6"><c r="B6"><v>1</v></c><c r="D6"><v>1</v></c></row>"#))
        #expect(xml.contains(#"<autoFilter ref="A1:D6"/>"#))
    }

    @Test("a sheet is finished once a later one is added: writing to it is an error")
    func finishedSheet() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let workbook = try XLSXWorkbook(path: folder + "/f.xlsx", properties: XLSXTestFiles.properties)
        let first = try workbook.addSheet(name: "First")
        try first.writeNumber(1, row: 0, column: 0)
        _ = try workbook.addSheet(name: "Second")
        let finished = XLSXError.sheetFinished(path: folder + "/f.xlsx", sheet: "First")
        #expect(throws: finished) { try first.writeNumber(2, row: 1, column: 0) }
        #expect(throws: finished) { try first.setColumnWidth(10, columns: 0...0) }
        #expect(throws: finished) { try first.setPrintLayout(XLSXSheet.PrintLayout(landscape: true)) }
        try workbook.close()
        let xml = try XLSXTestFiles.unzip(folder + "/f.xlsx")[XLSXSheetTests.sheetPart]
        #expect(xml.contains(#"<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>"#))
    }

    @Test("each sheet's rows go to a file in the temporary folder, removed from it at once")
    func temporaryFolder() throws {
        let outputScratch = try TemporaryFolder("capplan-xlsx")
        let output = outputScratch.path
        let temporaryScratch = try TemporaryFolder("capplan-xlsx")
        let temporary = temporaryScratch.path
        let options = XLSXWorkbookOptions(temporaryDirectory: temporary)
        let workbook = try XLSXWorkbook(
            path: output + "/t.xlsx", properties: XLSXTestFiles.properties, options: options)
        _ = try workbook.addSheet(name: "Data")
        let open = try XLSXTestFiles.openFiles(under: temporary)
        #expect(open.count == 1 && open.allSatisfy { $0.hasSuffix(" (deleted)") })
        #expect(try XLSXTestFiles.contents(of: temporary).isEmpty)
        try workbook.close()
        #expect(try XLSXTestFiles.openFiles(under: temporary).isEmpty)
        #expect(try XLSXTestFiles.contents(of: temporary).isEmpty)
        #expect(try XLSXTestFiles.contents(of: output) == ["t.xlsx"])
    }

    @Test("a missing temporary folder fails at once")
    func missingTemporaryFolder() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let options = XLSXWorkbookOptions(temporaryDirectory: folder + "/gone")
        let error = try #require(throws: XLSXError.self) {
            try XLSXWorkbook(path: folder + "/t.xlsx", properties: XLSXTestFiles.properties, options: options)
        }
        #expect(
            error.description
                == "\(folder)/t.xlsx: the temporary folder \(folder)/gone is missing or not writable"
                + " — create it or choose another folder")
    }

    @Test("42,000 rows × 20 numbers, all there")
    func large() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let path = folder + "/large.xlsx"
        let workbook = try XLSXWorkbook(path: path, properties: XLSXTestFiles.properties)
        let sheet = try workbook.addSheet(name: "Data")
        let format = XLSXFormat(numberFormat: "#,##0.00")
        for row in 0..<42_000 {
            for column in 0..<20 {
                try sheet.writeNumber(Double(row * 20 + column) / 4, row: row, column: column, format: format)
            }
        }
        try workbook.close()
        let script = """
            import sys, zipfile
            xml = zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml").decode()
            dimension = xml.index("<dimension")
            print(xml.count("<row "), xml.count("<c "), xml[dimension:xml.index("/>", dimension) + 2])
            print(xml[xml.rindex("<c "):xml.rindex("</row>")])
            """
        let output = String(decoding: try XLSXTestFiles.run("/usr/bin/python3", ["-c", script, path]), as: UTF8.self)
        #expect(output == "42000 840000 <dimension ref=\"A1:T42000\"/>\n<c r=\"T42000\" s=\"1\"><v>209999.75</v></c>\n")
    }
}
