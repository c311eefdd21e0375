import XLSXSupport

/// The few styles of `capplan.xlsx`: a header band, a title, notes, and number formats by kind.
enum WorkbookStyle {
    /// Column headers: bold on a light band with a rule below, wrapped.
    static let header = XLSXFormat(
        bold: true, wrapText: true, fillColor: XLSXFormat.Color(rgb: 0xDDE7F0), bottomBorder: .thin)
    /// The cover's title.
    static let title = XLSXFormat(bold: true, fontColor: XLSXFormat.Color(rgb: 0x1F3864))
    /// A label on the cover.
    static let label = XLSXFormat(bold: true)
    /// A one-line note in grey italics (it runs on over the empty cells to its right).
    static let note = XLSXFormat(italic: true, fontColor: XLSXFormat.Color(rgb: 0x595959))
    /// A warning note (rejected rows).
    static let warning = XLSXFormat(bold: true, wrapText: true, fontColor: XLSXFormat.Color(rgb: 0x9C0006))
    /// How every sheet prints: A4, fitted to the page width (two pages across for a table of more
    /// than 12 columns, so the print stays legible), the header row on every page, and the sheet's
    /// name and page numbers in the footer.
    static func printLayout(_ language: ReportLanguage, columns: Int, header: Int?) -> XLSXSheet.PrintLayout {
        XLSXSheet.PrintLayout(
            landscape: columns > 6, pagesWide: columns > 12 ? 2 : 1, repeatedRows: header.map { $0...$0 },
            footer: "&L&A&R" + language.pick("halaman &P dari &N", "page &P of &N"))
    }

    /// Plain text.
    static let text = XLSXFormat()

    /// The format of a figure: its kind and unit's number format (whole values of counts as whole).
    /// Ranks, years and line numbers are centred, so they stand apart from the codes beside them.
    static func number(_ kind: FigureKind, _ unit: FigureUnit, value: Double) -> XLSXFormat {
        let centred = unit == .rank || unit == .year || unit == .position
        return XLSXFormat(
            numberFormat: WorkbookNumberFormat.code(for: kind, unit: unit, value: value),
            horizontalAlignment: centred ? .center : .general)
    }
}
