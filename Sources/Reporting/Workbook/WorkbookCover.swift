import Analysis
import Foundation
import XLSXSupport

/// The cover sheet: what the run is about, when it ran, what it read (with row counts), a warning
/// when input rows were rejected, and a guide to the other sheets.
struct WorkbookCover {
    var analysis: PlanAnalysis
    var context: RunContext
    var language: ReportLanguage
    var created: Date
    /// The sheets cut at Excel's row limit, with their full row counts.
    var cut: [(sheet: CapplanWorkbook.Sheet, rows: Int)] = []
    /// The rows a cut sheet holds.
    var rowLimit = XLSXSheet.rowCount - 1

    func write(to sheet: XLSXSheet) throws {
        let pick = language.pick
        var row = 0
        try sheet.writeString(
            pick("Rencana pelatihan dan rekrutmen TKSK dan PSM", "Training and recruitment plan for TKSK and PSM"),
            row: row, column: 0, format: WorkbookStyle.title)
        row += 2
        let years = analysis.years
        let facts: [(String, String)] = [
            (pick("Provinsi", "Province"), CapplanWorkbook.provinceLabel(analysis, language)),
            (pick("Tahun dasar", "Base year"), String(years.base)),
            (pick("Tahun horizon", "Horizon year"), String(years.horizon)),
            (pick("Tahun prioritas", "Priority year"), String(years.priority)),
            (pick("Tanggal run", "Run date"), Self.day(created)),
            (pick("Kecamatan diberi peringkat", "Kecamatan ranked"), String(analysis.ranking.count)),
            (pick("Dibuat oleh", "Made by"), "capplan \(context.toolVersion)"),
        ]
        for (label, value) in facts {
            try sheet.writeString(label, row: row, column: 0, format: WorkbookStyle.label)
            try sheet.writeString(value, row: row, column: 1)
            row += 1
        }
        row += 1
        let rejected = context.inputs.reduce(0) { $0 + $1.rows.rejected }
        if rejected > 0 {
            let files = context.inputs.filter { $0.rows.rejected > 0 }.map { "\($0.path) (\($0.rows.rejected))" }
            try sheet.setRowHeight(32, row: row)
            try sheet.mergeCells(
                rows: row...row, columns: 0...6,
                text: pick(
                    "Perhatian: \(rejected) baris input ditolak (\(files.joined(separator: ", "))). Angka kecamatan "
                        + "yang terkait bisa tidak lengkap; lihat lembar Data ditolak.",
                    "Note: \(rejected) input rows were rejected (\(files.joined(separator: ", "))). Figures of the "
                        + "kecamatan concerned may be incomplete; see the Rejected rows sheet."),
                format: WorkbookStyle.warning)
            row += 2
        }
        let secondHand = analysis.dataQuality.secondHand.count
        if secondHand > 0 {
            let counts = "\(secondHand) / \(analysis.dataQuality.analysed)"
            try sheet.writeString(
                pick(
                    "Asal angka penduduk: \(counts) kecamatan bertumpu pada angka hasil alokasi atau turunan; lihat kolom "
                        + "Catatan data pada lembar Prioritas.",
                    "Population figures: \(counts) kecamatan rest on allocated or derived figures; see the Data note "
                        + "column of the Priorities sheet."),
                row: row, column: 0, format: WorkbookStyle.note)
            row += 2
        }
        for (cutSheet, rows) in cut {
            let shown = NumberFormat.prose(Double(rowLimit), language)
            let total = NumberFormat.prose(Double(rows), language)
            try sheet.writeString(
                pick(
                    "Lembar \(cutSheet.name(language)) memuat \(shown) baris pertama dari \(total) (batas baris per "
                        + "lembar buku kerja ini); daftar lengkap ada di \(cutSheet.file).",
                    "The \(cutSheet.name(language)) sheet holds the first \(shown) of \(total) rows (this workbook's "
                        + "limit per sheet); the whole list is in \(cutSheet.file)."),
                row: row, column: 0, format: WorkbookStyle.warning)
            row += 2
        }
        row = try inputs(sheet, from: row) + 1
        try sheet.writeString(pick("Lembar", "Sheet"), row: row, column: 0, format: WorkbookStyle.header)
        try sheet.writeString(pick("Isi", "Content"), row: row, column: 1, format: WorkbookStyle.header)
        row += 1
        for guide in CapplanWorkbook.Sheet.present(in: analysis).dropFirst() {
            try sheet.writeString(guide.name(language), row: row, column: 0)
            try sheet.writeString(guide.content(language), row: row, column: 1)
            row += 1
        }
        try sheet.writeString(
            pick(
                "Arti setiap kolom: arahkan tetikus ke judul kolom, atau baca docs/OUTPUTS.md.",
                "What each column means: hover over its header, or read docs/OUTPUTS.md."),
            row: row + 1, column: 0, format: WorkbookStyle.note)
        try sheet.setPrintLayout(WorkbookStyle.printLayout(language, columns: 7, header: nil))
        try sheet.setColumnWidth(30, columns: 0...0)
        try sheet.setColumnWidth(48, columns: 1...1)
        try sheet.setColumnWidth(12, columns: 2...5)
        try sheet.setColumnWidth(66, columns: 6...6)
    }

    /// The inputs table; returns the next free row.
    private func inputs(_ sheet: XLSXSheet, from top: Int) throws -> Int {
        let pick = language.pick
        let header = [
            pick("Input", "Input"), pick("Berkas", "File"), pick("Dibaca", "Read"), pick("Diterima", "Accepted"),
            pick("Ditolak", "Rejected"), pick("Kosong", "Blank"), "SHA-256",
        ]
        for (column, label) in header.enumerated() {
            try sheet.writeString(label, row: top, column: column, format: WorkbookStyle.header)
        }
        var row = top + 1
        let count = XLSXFormat(numberFormat: "#,##0")
        for input in context.inputs {
            try sheet.writeString(input.role.rawValue, row: row, column: 0)
            try sheet.writeString(input.path, row: row, column: 1)
            for (column, value) in [input.rows.read, input.rows.accepted, input.rows.rejected, input.rows.skipped]
                .enumerated()
            {
                try sheet.writeNumber(Double(value), row: row, column: 2 + column, format: count)
            }
            try sheet.writeString(input.sha256, row: row, column: 6, format: XLSXFormat(indent: 1))
            row += 1
        }
        return row
    }

    /// `2026-11-30`, the day in UTC.
    static func day(_ date: Date) -> String { BriefDate.iso(date) }
}
