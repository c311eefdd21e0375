import CapplanTestSupport
import Foundation
import Testing

@testable import XLSXSupport

@Suite("XLSXWorkbook")
struct XLSXWorkbookTests {
    @Test("close writes the workbook at its path, sheets in order, and leaves no temporary file")
    func close() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let workbook = try XLSXWorkbook(path: folder + "/plan.xlsx", properties: XLSXTestFiles.properties)
        _ = try workbook.addSheet(name: "Ringkasan")
        _ = try workbook.addSheet(name: "Kecamatan")
        #expect(workbook.sheetNames == ["Ringkasan", "Kecamatan"])
        // Nothing but, for an instant, a spool file the first sheet's compression has just made and is
        // about to unlink (mkstemp, then unlink): after close nothing at all is left (below).
        #expect(try XLSXTestFiles.contents(of: folder).filter { !$0.hasPrefix(".capplan-xlsx-") }.isEmpty)
        try workbook.close()
        #expect(workbook.isClosed)
        #expect(try XLSXTestFiles.contents(of: folder) == ["plan.xlsx"])
        let book = try XLSXTestFiles.unzip(folder + "/plan.xlsx")
        #expect(
            book["xl/workbook.xml"].contains(
                #"<sheets><sheet name="Ringkasan" sheetId="1" r:id="rId1"/>"#
                    + #"<sheet name="Kecamatan" sheetId="2" r:id="rId2"/></sheets>"#))
        #expect(book.names.contains("xl/worksheets/sheet2.xml"))
    }

    @Test("a workbook without sheets gets an empty Sheet1, as libxlsxwriter's")
    func noSheets() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let workbook = try XLSXWorkbook(path: folder + "/empty.xlsx", properties: XLSXTestFiles.properties)
        try workbook.close()
        #expect(try XLSXTestFiles.unzip(folder + "/empty.xlsx")["xl/workbook.xml"].contains(#"<sheet name="Sheet1""#))
    }

    @Test("once closed, the workbook and its sheets take nothing more")
    func afterClose() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let workbook = try XLSXWorkbook(path: folder + "/done.xlsx", properties: XLSXTestFiles.properties)
        let sheet = try workbook.addSheet(name: "Data")
        try workbook.close()
        let closed = XLSXError.workbookClosed(path: folder + "/done.xlsx")
        #expect(throws: closed) { try workbook.close() }
        #expect(throws: closed) { _ = try workbook.addSheet(name: "More") }
        #expect(throws: closed) { try sheet.writeNumber(1, row: 0, column: 0) }
        #expect(throws: closed) { try sheet.addComment("late", row: 0, column: 0) }
        #expect(throws: closed) { try sheet.freezePanes(topRows: 1, leftColumns: 0) }
        #expect(
            closed.description
                == "\(folder)/done.xlsx: the workbook is already closed — create a new XLSXWorkbook to write again")
    }

    @Test("a workbook never closed writes nothing and keeps no file open")
    func neverClosed() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        do {
            let workbook = try XLSXWorkbook(path: folder + "/lost.xlsx", properties: XLSXTestFiles.properties)
            let first = try workbook.addSheet(name: "First")
            try first.writeNumber(1, row: 0, column: 0)
            let sheet = try workbook.addSheet(name: "Data")
            for row in 0..<100 { try sheet.writeNumber(Double(row), row: row, column: 0) }
            try sheet.addComment("note", row: 99, column: 0)
            // At most the second sheet's row file and, while the first sheet's compression runs on the
            // other thread, its row file and its compressed output (fewer once that compression is done).
            #expect(try XLSXTestFiles.openFiles(under: folder).count <= 3)
        }
        // deinit waits for the first sheet's compression and closes every sheet's row file.
        #expect(try XLSXTestFiles.openFiles(under: folder).isEmpty)
        #expect(try XLSXTestFiles.contents(of: folder).isEmpty)
    }

    @Test("a missing output folder fails at once, not on close")
    func missingFolder() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let error = try #require(throws: XLSXError.self) {
            try XLSXWorkbook(path: folder + "/no/such/plan.xlsx", properties: XLSXTestFiles.properties)
        }
        #expect(
            error.description
                == "\(folder)/no/such/plan.xlsx: the output folder \(folder)/no/such is missing or not writable"
                + " — create it or choose another folder")
    }

    @Test("a failed close leaves nothing at the path and says why")
    func failedClose() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let path = folder + "/taken.xlsx"
        let workbook = try XLSXWorkbook(path: path, properties: XLSXTestFiles.properties)
        try FileManager.default.createDirectory(atPath: path + "/inside", withIntermediateDirectories: true)
        let error = try #require(throws: XLSXError.self) { try workbook.close() }
        #expect(
            error.description
                == "\(path): cannot put the finished workbook in place (Is a directory) — check that nothing else"
                + " is at that path and that the folder is writable")
        #expect(try XLSXTestFiles.contents(of: folder) == ["taken.xlsx"])
        #expect(throws: XLSXError.workbookClosed(path: path)) { try workbook.close() }
    }
}
