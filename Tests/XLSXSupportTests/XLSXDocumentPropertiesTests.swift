import CapplanTestSupport
import Foundation
import Testing

@testable import XLSXSupport

@Suite("XLSXDocumentProperties and reproducible workbooks")
struct XLSXDocumentPropertiesTests {
    /// Writes the same small workbook at `path` with `created`.
    static func write(_ path: String, created: Date) throws {
        let properties = XLSXDocumentProperties(
            title: "Rencana pelatihan", subject: "TKSK & PSM", author: "capplan", company: "Dinas Sosial",
            created: created)
        let workbook = try XLSXWorkbook(path: path, properties: properties)
        let sheet = try workbook.addSheet(name: "Data")
        try sheet.writeString("=1+1", row: 0, column: 0, format: XLSXFormat(bold: true))
        try sheet.writeNumber(0.25, row: 1, column: 0, format: XLSXFormat(numberFormat: "0.0%"))
        try sheet.addComment("note", row: 1, column: 0)
        try sheet.setAutofilter(rows: 0...1, columns: 0...0)
        try workbook.close()
    }

    @Test("title, subject, author, company and the fixed creation date are written")
    func properties() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let path = folder + "/p.xlsx"
        try Self.write(path, created: Date(timeIntervalSince1970: 1_735_689_599.9))
        let book = try XLSXTestFiles.unzip(path)
        let core = book["docProps/core.xml"]
        #expect(core.contains("<dc:title>Rencana pelatihan</dc:title><dc:subject>TKSK &amp; PSM</dc:subject>"))
        #expect(core.contains("<dc:creator>capplan</dc:creator><cp:lastModifiedBy>capplan</cp:lastModifiedBy>"))
        #expect(core.contains(#"<dcterms:created xsi:type="dcterms:W3CDTF">2024-12-31T23:59:59Z</dcterms:created>"#))
        #expect(core.contains(#"<dcterms:modified xsi:type="dcterms:W3CDTF">2024-12-31T23:59:59Z</dcterms:modified>"#))
        #expect(book["docProps/app.xml"].contains("<Company>Dinas Sosial</Company>"))
    }

    @Test("the same workbook written twice, seconds apart, is the same bytes; every ZIP entry dates from 1980")
    func sameBytes() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        try Self.write(folder + "/first.xlsx", created: XLSXTestFiles.created)
        Thread.sleep(forTimeInterval: 2.1)  // the ZIP's DOS timestamps count in 2-second steps
        try Self.write(folder + "/second.xlsx", created: XLSXTestFiles.created)
        let first = try Data(contentsOf: URL(fileURLWithPath: folder + "/first.xlsx"))
        #expect(first == (try Data(contentsOf: URL(fileURLWithPath: folder + "/second.xlsx"))))
        let book = try XLSXTestFiles.unzip(folder + "/first.xlsx")
        #expect(book.names.count == 12)
        #expect(Set(book.dates.values) == [[1980, 1, 1, 0, 0, 0]])
    }

    @Test("another creation date changes docProps/core.xml and nothing else")
    func onlyTheDate() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        try Self.write(folder + "/a.xlsx", created: XLSXTestFiles.created)
        try Self.write(folder + "/b.xlsx", created: XLSXTestFiles.created.addingTimeInterval(86_400))
        let a = try XLSXTestFiles.unzip(folder + "/a.xlsx")
        let b = try XLSXTestFiles.unzip(folder + "/b.xlsx")
        #expect(a.names == b.names)
        #expect(a.parts.filter { part in b[part.name] != part.text }.map(\.name) == ["docProps/core.xml"])
        #expect(b["docProps/core.xml"].contains("2024-05-02T00:00:00Z"))
    }

    @Test(
        "a creation date of 0 (\"now\" to libxlsxwriter) or after 9999 is an error",
        arguments: [0, 0.5, -1, 253_402_300_800])
    func badDate(seconds: Double) throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let properties = XLSXDocumentProperties(created: Date(timeIntervalSince1970: seconds))
        #expect(throws: XLSXError.invalidCreationDate(path: folder + "/d.xlsx", secondsSince1970: seconds)) {
            try XLSXWorkbook(path: folder + "/d.xlsx", properties: properties)
        }
        #expect(try XLSXTestFiles.contents(of: folder).isEmpty)
    }

    @Test("the first and last seconds that can be written")
    func edgeDates() throws {
        for (seconds, text) in [(1.0, "1970-01-01T00:00:01Z"), (253_402_300_799, "9999-12-31T23:59:59Z")] {
            let scratch = try TemporaryFolder("capplan-xlsx")
            let folder = scratch.path
            let path = folder + "/e.xlsx"
            let workbook = try XLSXWorkbook(
                path: path, properties: XLSXDocumentProperties(created: Date(timeIntervalSince1970: seconds)))
            try workbook.close()
            #expect(try XLSXTestFiles.unzip(path)["docProps/core.xml"].contains(">\(text)</dcterms:created>"))
        }
    }

    @Test("a NUL in a property is an error")
    func nul() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let properties = XLSXDocumentProperties(author: "a\0b", created: XLSXTestFiles.created)
        #expect(throws: XLSXError.nulCharacter(path: folder + "/n.xlsx", field: "the document author")) {
            try XLSXWorkbook(path: folder + "/n.xlsx", properties: properties)
        }
    }
}
