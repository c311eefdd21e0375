extension XLSXSheet {
    /// How a sheet prints: paper, orientation, scaling, the rows repeated on every page and a footer.
    package struct PrintLayout: Hashable, Sendable {
        /// Landscape rather than portrait.
        package var landscape: Bool
        /// Shrink to fit this many pages across (any number of pages down); 0 prints at full size.
        package var pagesWide: Int
        /// Rows printed at the top of every page (a table's header), if any.
        package var repeatedRows: ClosedRange<Int>?
        /// The footer in Excel's header/footer codes (`&L` left, `&C` centre, `&R` right, `&P` page,
        /// `&N` pages, `&A` sheet name), at most 255 bytes; "" for none.
        package var footer: String

        /// A layout on A4 paper.
        package init(
            landscape: Bool = false, pagesWide: Int = 0, repeatedRows: ClosedRange<Int>? = nil, footer: String = ""
        ) {
            self.landscape = landscape
            self.pagesWide = pagesWide
            self.repeatedRows = repeatedRows
            self.footer = footer
        }
    }

    /// Sets how the sheet prints, on A4 paper.
    package func setPrintLayout(_ layout: PrintLayout) throws {
        try checkOpen()
        if let rows = layout.repeatedRows {
            try position(row: rows.lowerBound, column: 0, inOrder: false)
            try position(row: rows.upperBound, column: 0, inOrder: false)
        }
        if !layout.footer.isEmpty {
            guard !layout.footer.utf8.contains(0) else {
                throw XLSXError.nulCharacter(path: path, field: "the footer of sheet '\(name)'")
            }
            guard layout.footer.utf8.count <= 255 else {
                throw XLSXError.invalidSize(
                    path: path, sheet: name, what: "footer length in bytes",
                    value: Double(layout.footer.utf8.count), limit: 255)
            }
        }
        state.paperSize = 9
        if layout.landscape { state.landscape = true }
        if layout.pagesWide > 0 { state.fitToPages = (Int(UInt16(clamping: layout.pagesWide)), 0) }
        if let rows = layout.repeatedRows { state.repeatedRows = rows }
        if !layout.footer.isEmpty { state.footer = layout.footer }
    }
}
