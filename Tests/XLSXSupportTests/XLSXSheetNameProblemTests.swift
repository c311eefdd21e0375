import CapplanTestSupport
import Foundation
import Testing

@testable import XLSXSupport

@Suite("XLSXSheetNameProblem")
struct XLSXSheetNameProblemTests {
    @Test(
        "Excel's rules for sheet names",
        arguments: [
            ("Kecamatan", nil),
            (String(repeating: "x", count: 31), nil),
            ("Rencana 2025–2030 (TKSK, PSM)", nil),
            ("", .empty),
            (String(repeating: "x", count: 32), .tooLong(length: 32)),
            (String(repeating: "😀", count: 16), .tooLong(length: 32)),
            ("a/b", .forbiddenCharacter("/")),
            ("a\\b", .forbiddenCharacter("\\")),
            ("[x]", .forbiddenCharacter("[")),
            ("q?", .forbiddenCharacter("?")),
            ("a*", .forbiddenCharacter("*")),
            ("12:30", .forbiddenCharacter(":")),
            ("'quoted", .apostropheAtEdge),
            ("it's", nil),
            ("HISTORY", .reserved),
            ("DATA", .duplicate(existing: "Data")),
            ("a\0b", .nulCharacter),
        ] as [(String, XLSXSheetNameProblem?)])
    func rules(name: String, problem: XLSXSheetNameProblem?) {
        #expect(XLSXSheetNameProblem.check(name, existing: ["Data"]) == problem)
    }

    @Test(
        "addSheet refuses a bad name with the exact message",
        arguments: [
            ("Kabupaten Kutai Timur: semua kecamatan", "has 38 characters; Excel allows at most 31"),
            ("Kec/Desa", "contains '/'; Excel forbids [ ] : * ? / \\ in sheet names"),
            ("data", "is already used by sheet 'Data' (Excel ignores case)"),
            ("", "is empty; Excel needs 1 to 31 characters"),
            ("'x'", "starts or ends with an apostrophe, which Excel forbids"),
            ("History", "is reserved by Excel"),
        ])
    func addSheet(name: String, problem: String) throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let folder = scratch.path
        let workbook = try XLSXWorkbook(path: folder + "/names.xlsx", properties: XLSXTestFiles.properties)
        _ = try workbook.addSheet(name: "Data")
        let error = try #require(throws: XLSXError.self) { try workbook.addSheet(name: name) }
        #expect(error.description == "\(folder)/names.xlsx: sheet name '\(name)' \(problem) — choose another name")
        #expect(workbook.sheetNames == ["Data"])
        try workbook.close()
        #expect(try XLSXTestFiles.unzip(folder + "/names.xlsx").names.contains("xl/worksheets/sheet2.xml") == false)
    }
}
