import XLSXSupport

/// The sources sheet: each `sumber` of the population figures with how many figures it gave, then
/// the config file with its SHA-256 (the inputs are on the cover).
struct WorkbookSources {
    var context: RunContext
    var language: ReportLanguage

    func write(to sheet: XLSXSheet) throws {
        let pick = language.pick
        try sheet.writeString(
            pick("Sumber angka penduduk", "Population source"), row: 0, column: 0, format: WorkbookStyle.header)
        try sheet.writeString(pick("Jumlah angka", "Figures"), row: 0, column: 1, format: WorkbookStyle.header)
        var row = 1
        var width = 24
        for source in context.sources {
            try sheet.writeString(source.source, row: row, column: 0)
            try sheet.writeNumber(
                Double(source.figures), row: row, column: 1, format: XLSXFormat(numberFormat: "#,##0"))
            width = max(width, min(source.source.count + 2, 100))
            row += 1
        }
        row += 1
        try sheet.writeString(pick("Berkas rencana", "Plan file"), row: row, column: 0, format: WorkbookStyle.label)
        try sheet.writeString(context.configPath, row: row, column: 1)
        try sheet.writeString("SHA-256", row: row + 1, column: 0, format: WorkbookStyle.label)
        try sheet.writeString(context.configSHA256, row: row + 1, column: 1)
        try sheet.setColumnWidth(Double(width), columns: 0...0)
        try sheet.setColumnWidth(66, columns: 1...1)
        try sheet.freezePanes(topRows: 1, leftColumns: 0)
        try sheet.setPrintLayout(WorkbookStyle.printLayout(language, columns: 2, header: 0))
    }
}
