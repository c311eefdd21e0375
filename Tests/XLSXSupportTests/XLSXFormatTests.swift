import Foundation
import Testing

@testable import XLSXSupport

@Suite("XLSXFormat")
struct XLSXFormatTests {
    @Test("every property reaches xl/styles.xml")
    func styles() throws {
        let format = XLSXFormat(
            numberFormat: "0.00", bold: true, italic: true, wrapText: true, horizontalAlignment: .right, indent: 1,
            fontColor: XLSXFormat.Color(red: 0x1F, green: 0x4E, blue: 0x79),
            fillColor: XLSXFormat.Color(rgb: 0xDDEBF7), bottomBorder: .medium)
        let book = try XLSXTestFiles.write { sheet in try sheet.writeNumber(3.14159, row: 0, column: 0, format: format)
        }
        let styles = book["xl/styles.xml"]
        #expect(styles.contains(#"<numFmt numFmtId="164" formatCode="0.00"/>"#))
        #expect(styles.contains(#"<font><b/><i/><sz val="11"/><color rgb="FF1F4E79"/>"#))
        #expect(styles.contains(#"<patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/>"#))
        #expect(styles.contains(#"<bottom style="medium"><color auto="1"/></bottom>"#))
        #expect(styles.contains(#"<alignment horizontal="right" indent="1" wrapText="1"/>"#))
    }

    @Test(
        "alignments and borders",
        arguments: [
            (XLSXFormat(horizontalAlignment: .left), #"<alignment horizontal="left"/>"#),
            (XLSXFormat(horizontalAlignment: .center), #"<alignment horizontal="center"/>"#),
            (XLSXFormat(horizontalAlignment: .centerAcrossSelection), #"<alignment horizontal="centerContinuous"/>"#),
            (XLSXFormat(bottomBorder: .thin), #"<bottom style="thin">"#),
            (XLSXFormat(bottomBorder: .thick), #"<bottom style="thick">"#),
            (XLSXFormat(bottomBorder: .double), #"<bottom style="double">"#),
        ])
    func variants(format: XLSXFormat, xml: String) throws {
        let book = try XLSXTestFiles.write { sheet in try sheet.writeString("x", row: 0, column: 0, format: format) }
        #expect(book["xl/styles.xml"].contains(xml))
    }

    @Test("equal values are equal and hash alike; the default is Excel's style")
    func values() {
        let percent = XLSXFormat(numberFormat: "0.0%")
        #expect(percent == XLSXFormat(numberFormat: "0.0%"))
        #expect(Set([percent, XLSXFormat(numberFormat: "0.0%"), XLSXFormat()]).count == 2)
        #expect(XLSXFormat().isDefault)
        #expect(!percent.isDefault)
        #expect(XLSXFormat.Color(rgb: 0x12_345678).rgb == 0x345678)
    }

    @Test("the description names what differs from the default")
    func description() {
        #expect(XLSXFormat().description == "[]")
        let format = XLSXFormat(
            numberFormat: "#,##0", bold: true, horizontalAlignment: .center, fontColor: XLSXFormat.Color(rgb: 0xFF),
            fillColor: XLSXFormat.Color(rgb: 0xABCDEF), bottomBorder: .thin)
        #expect(
            format.description
                == "[numberFormat \"#,##0\", bold, horizontalAlignment center, fontColor #0000FF,"
                + " fillColor #ABCDEF, bottomBorder thin]")
    }
}
