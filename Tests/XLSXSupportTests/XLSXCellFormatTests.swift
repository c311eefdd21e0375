import CapplanTestSupport
import Foundation
import Testing

@testable import XLSXSupport

/// Formats resolved once (`XLSXCellFormat`) inside `withCLocale`: the same workbook, byte for byte, as
/// cell-by-cell formats.
@Suite("XLSXCellFormat and withCLocale")
struct XLSXCellFormatTests {
    /// Writes `book.xlsx` in a new folder with one sheet filled by `fill` and returns its bytes.
    static func bytes(_ fill: (XLSXWorkbook, XLSXSheet) throws -> Void) throws -> [UInt8] {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let directory = scratch.path
        let path = directory + "/book.xlsx"
        let workbook = try XLSXWorkbook(path: path, properties: XLSXTestFiles.properties)
        try fill(workbook, workbook.addSheet(name: "Data"))
        if !workbook.isClosed { try workbook.close() }
        return try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The formats of the tests, in the order a row uses them.
    static let formats = [
        XLSXFormat(numberFormat: "#,##0"), XLSXFormat(), XLSXFormat(numberFormat: "0.0%", bold: true),
    ]

    @Test("resolved formats and a held locale write the bytes of per-cell formats")
    func sameBytes() throws {
        let values: [Double] = [0, 1.5, -2.25, 1234567.125, 0.1 + 0.2, 1e-7]
        let perCell = try Self.bytes { _, sheet in
            for (row, value) in values.enumerated() {
                for (column, format) in Self.formats.enumerated() {
                    try sheet.writeNumber(value, row: row, column: column, format: format)
                }
                try sheet.writeString("r\(row)", row: row, column: 3, format: Self.formats[row % 3])
            }
        }
        let resolved = try Self.bytes { workbook, sheet in
            try workbook.withCLocale {
                var made: [XLSXCellFormat?] = Array(repeating: nil, count: Self.formats.count)
                func format(_ index: Int) throws -> XLSXCellFormat {
                    if let format = made[index] { return format }
                    let format = try sheet.cellFormat(Self.formats[index])
                    made[index] = format
                    return format
                }
                for (row, value) in values.enumerated() {
                    for column in Self.formats.indices {
                        try sheet.writeNumber(value, row: row, column: column, format: format(column))
                    }
                    try sheet.writeString("r\(row)", row: row, column: 3, format: format(row % 3))
                }
                try workbook.close()
            }
        }
        #expect(perCell == resolved)
    }

    @Test("a format resolved in another workbook is resolved again in the sheet's own")
    func otherWorkbook() throws {
        let format = XLSXFormat(numberFormat: "0.00", italic: true)
        let perCell = try Self.bytes { _, sheet in try sheet.writeNumber(2.5, row: 0, column: 0, format: format) }
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let other = try XLSXWorkbook(path: folder + "/other.xlsx", properties: XLSXTestFiles.properties)
        let foreign = try other.addSheet(name: "Other").cellFormat(format)
        let resolved = try Self.bytes { _, sheet in try sheet.writeNumber(2.5, row: 0, column: 0, format: foreign) }
        #expect(resolved == perCell)
    }

    @Test("a resolved format checks the cell like the per-cell one")
    func checksCells() throws {
        _ = try Self.bytes { _, sheet in
            let format = try sheet.cellFormat(XLSXFormat(bold: true))
            #expect(throws: XLSXError.self) { try sheet.writeNumber(.nan, row: 0, column: 0, format: format) }
            #expect(throws: XLSXError.self) { try sheet.writeNumber(1, row: -1, column: 0, format: format) }
            let long = String(repeating: "x", count: XLSXSheet.maximumStringLength + 1)
            #expect(throws: XLSXError.self) { try sheet.writeString(long, row: 0, column: 0, format: format) }
        }
    }
}
