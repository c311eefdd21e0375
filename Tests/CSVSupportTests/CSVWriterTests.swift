import Foundation
import Testing

@testable import CSVSupport

@Suite("CSVWriter")
struct CSVWriterTests {
    @Test("RFC 4180 quoting: delimiter, quote, CR and LF are quoted, quotes doubled, LF line ends")
    func quoting() {
        var writer = CSVWriter()
        writer.appendRow(text: ["plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", "crlf\r\n", "a;b", ""])
        writer.appendRow(text: [])
        #expect(writer.text == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\"crlf\r\n\",a;b,\n\n")
    }

    @Test(
        "the formula guard prefixes text cells starting with = + - @ TAB CR",
        arguments: [
            ("=SUM(A1)", "'=SUM(A1)"), ("+62", "'+62"), ("-2", "'-2"), ("@x", "'@x"), ("\tt", "'\tt"),
            ("\rr", "\"'\rr\""), ("=a,b", "\"'=a,b\""), ("a=b", "a=b"), (" =x", " =x"), ("", ""),
        ])
    func formulaGuard(cell: String, written: String) {
        var writer = CSVWriter()
        writer.appendRow([.text(cell)])
        #expect(writer.text == written + "\n")
    }

    @Test("numbers are written as given, never guarded")
    func numbers() {
        var writer = CSVWriter()
        writer.appendRow([.number("-3.5"), .number("+1"), .text("-3.5"), .number("1e3")])
        #expect(writer.text == "-3.5,+1,'-3.5,1e3\n")
    }

    @Test("a ; delimiter quotes ; and leaves , alone")
    func semicolonDelimiter() {
        var writer = CSVWriter(delimiter: ";")
        writer.appendRow([.text("a;b"), .number("3,5"), .text("c,d")])
        #expect(writer.text == "\"a;b\";3,5;c,d\n")
    }

    @Test("what the writer writes, the reader reads back")
    func roundTrip() throws {
        let rows = [
            ["kode", "nama"], ["65.02.01", "Sangatta \"Utara\", Kutai"], ["x", "two\r\nlines"], ["-1", "ok"],
        ]
        var writer = CSVWriter()
        for row in rows { writer.appendRow(text: row) }
        let (records, _) = try TestFiles.read(writer.text)
        #expect(records.map(\.fields) == rows.map { $0.map { $0.hasPrefix("-") ? "'" + $0 : $0 } })
    }
}
