import Analysis
import Foundation
import Ingestion
import XLSXSupport

/// `capplan.xlsx`: the run as a workbook of real numbers for planners who work in Excel, labelled in
/// the brief's language: a cover, then one sheet per record of the run folder, each derived from the
/// record's declaration. Text is always written as text (never a formula); worker names never appear.
///
/// The same run gives the same bytes: the document's creation date is the run's day (or
/// `SOURCE_DATE_EPOCH`), given by the caller, and every zip entry is dated 1980-01-01 (as libxlsxwriter did).
package enum CapplanWorkbook {
    /// Every sheet name a workbook may have, in order, in the workbook's language (Kelas only with a class plan).
    package static func sheetNames(_ language: ReportLanguage) -> [String] {
        Sheet.allCases.map { $0.name(language) }
    }

    /// The most data rows a sheet holds: 20,000. The workbook is for reading and pivoting by the people
    /// planners report to, and every single province's run fits whole (the largest, Jawa Timur, has
    /// 666 kecamatan, 7,326 projection rows to a 2035 horizon, and about 9,200 workers). A run of
    /// several provinces cuts its longest sheets there (a national projection has 42,000 rows and its
    /// training needs 190,000): the workbook stays quick to write and to open, and the CSV files hold
    /// every row. Far below Excel's own limit of 1,048,575.
    package static let rowLimit = 20_000

    /// Writes the workbook to `path`; `created` is the date in its properties and on its cover. A sheet
    /// holds at most `rowLimit` data rows (``rowLimit`` unless a test asks for less); the cover says
    /// which sheet was cut and where the whole list is.
    package static func write(
        _ analysis: PlanAnalysis, context: RunContext, language: ReportLanguage, created: Date, to path: String,
        rowLimit: Int = Self.rowLimit
    ) throws {
        let workbook = try XLSXWorkbook(
            path: path,
            properties: XLSXDocumentProperties(
                title: language.pick("Rencana pelatihan TKSK dan PSM", "TKSK and PSM training plan"),
                subject: provinceLabel(analysis, language), author: "capplan \(context.toolVersion)",
                created: created))
        let cut = Sheet.present(in: analysis).compactMap { sheet in
            sheet.rows(analysis, context).map { (sheet: sheet, rows: $0) }
        }.filter { $0.rows > rowLimit }
        try workbook.withCLocale {
            for sheet in Sheet.present(in: analysis) {
                let handle = try workbook.addSheet(name: sheet.name(language))
                let writer = SheetWriter(
                    analysis: analysis, context: context, language: language, created: created, rowLimit: rowLimit,
                    cut: cut)
                try writer.write(sheet, to: handle)
            }
            try workbook.close()
        }
    }

    /// The (first) province as the cover and the document properties name it (``RegionLabel``), or "".
    static func provinceLabel(_ analysis: PlanAnalysis, _ language: ReportLanguage) -> String {
        analysis.provinces.first.map { RegionLabel.province($0, language: language) } ?? ""
    }

    /// The sheets, in order.
    enum Sheet: CaseIterable {
        case cover, priorities, explain, projection, totals, allocation, allocationYears, classes, trainingNeeds,
            rejects, sources

        /// The sheets of `analysis`'s workbook: every one but Kelas, which only a run with a class plan has.
        static func present(in analysis: PlanAnalysis) -> [Sheet] {
            allCases.filter { $0 != .classes || analysis.classRows != nil }
        }

        func name(_ language: ReportLanguage) -> String {
            switch self {
            case .cover: language.pick("Sampul", "Cover")
            case .priorities: language.pick("Prioritas", "Priorities")
            case .explain: language.pick("Penjelasan", "Explain")
            case .projection: language.pick("Proyeksi", "Projection")
            case .totals: language.pick("Ringkasan wilayah", "Regional totals")
            case .allocation: language.pick("Alokasi", "Allocation")
            case .allocationYears: language.pick("Alokasi per tahun", "Allocation by year")
            case .classes: language.pick("Kelas", "Classes")
            case .trainingNeeds: language.pick("Kebutuhan pelatihan", "Training needs")
            case .rejects: language.pick("Data ditolak", "Rejected rows")
            case .sources: language.pick("Sumber data", "Data sources")
            }
        }

        /// The data rows of a table sheet (nil for the cover and the sources).
        func rows(_ analysis: PlanAnalysis, _ context: RunContext) -> Int? {
            switch self {
            case .cover, .sources: nil
            case .priorities, .explain: analysis.ranking.count
            case .projection: analysis.kecamatan.reduce(0) { $0 + $1.years.count }
            case .totals: (analysis.provinces + analysis.kabupaten).reduce(0) { $0 + $1.years.count }
            case .allocation: analysis.allocation.entries.count
            case .allocationYears: analysis.allocation.years.count
            case .classes: analysis.classRows?.count ?? 0
            case .trainingNeeds: analysis.trainingNeeds.count
            case .rejects: context.rejects.count
            }
        }

        /// The CSV file that holds a table sheet's every row.
        var file: String {
            switch self {
            case .priorities: "priorities.csv"
            case .projection: "projection.csv"
            case .allocation: "allocation.csv"
            case .classes: "classes.csv"
            case .trainingNeeds: "training_needs.csv"
            case .rejects: "rejects.csv"
            case .explain: "capplan explain"
            case .cover, .sources, .totals, .allocationYears: "summary.json"
            }
        }

        /// What the sheet holds, for the cover's guide.
        func content(_ language: ReportLanguage) -> String {
            switch self {
            case .cover: language.pick("ringkasan run ini", "this run at a glance")
            case .priorities:
                language.pick(
                    "kecamatan menurut peringkat, dengan skor dan komponennya (priorities.csv)",
                    "kecamatan in rank order with the score and its components (priorities.csv)")
            case .explain:
                language.pick(
                    "jalan dari angka ke peringkat: komponen skor mentah dan diskalakan, norma penentu, tetangga",
                    "from figures to rank: score components raw and rescaled, binding norms, neighbours")
            case .projection:
                language.pick(
                    "setiap kecamatan dan tahun: penduduk, pekerja, kekurangan (projection.csv)",
                    "every kecamatan and year: population, workers, gaps (projection.csv)")
            case .totals:
                language.pick(
                    "jumlah per provinsi dan kabupaten/kota per tahun", "province and kabupaten totals by year")
            case .allocation:
                language.pick(
                    "kursi pelatihan per tahun dan kecamatan (allocation.csv)",
                    "training seats by year and kecamatan (allocation.csv)")
            case .allocationYears:
                language.pick(
                    "kursi, kelas dan kebutuhan belum terpenuhi per tahun", "seats, classes and unmet need by year")
            case .classes:
                language.pick(
                    "kelas per tahun: tempat, peserta per kecamatan, perjalanan (classes.csv)",
                    "classes by year: venue, trainees per kecamatan, travel (classes.csv)")
            case .trainingNeeds:
                language.pick(
                    "pekerja aktif yang belum memiliki modul (ID saja; training_needs.csv)",
                    "active workers missing a module (IDs only; training_needs.csv)")
            case .rejects:
                language.pick(
                    "baris input yang ditolak, dengan alasannya (rejects.csv)",
                    "rejected input rows with reasons (rejects.csv)")
            case .sources: language.pick("sumber angka penduduk dan berkas input", "population sources and input files")
            }
        }
    }
}

extension PlanAnalysis {
    /// The class plan's rows for the Kelas sheet; nil when the run has no class plan.
    var classRows: [ClassRow]? {
        guard case .success(let plan) = classPlan else { return nil }
        return ClassRow.rows(plan)
    }
}

/// One region in one year, for the totals sheet.
struct RegionYear: Sendable {
    var region: RegionTotals
    var figures: TotalFigures

    static func rows(of analysis: PlanAnalysis) -> [RegionYear] {
        (analysis.provinces + analysis.kabupaten).flatMap { region in
            region.years.map { RegionYear(region: region, figures: $0) }
        }
    }

    /// The region's code and name, then every column of ``Analysis/TotalFigures/schema``.
    static let schema = RecordSchema<RegionYear>(
        file: "summary.json: provinces, kabupaten", row: "region and year",
        columns: [
            .init(
                "kode", id: "Kode wilayah", en: "Region code", kind: .text,
                meaning: "Code of the province or kabupaten."
            ) {
                .text($0.region.code)
            },
            .init("nama", id: "Wilayah", en: "Region", kind: .text, meaning: "Name of the province or kabupaten.") {
                .text($0.region.name.isEmpty ? $0.region.code : $0.region.name)
            },
        ] + TotalFigures.schema.columns.map { $0.lifted { $0.figures } })
}

/// Writes one sheet of the workbook.
struct SheetWriter {
    var analysis: PlanAnalysis
    var context: RunContext
    var language: ReportLanguage
    var created: Date
    var rowLimit: Int
    /// The sheets cut at `rowLimit`, with their full row counts.
    var cut: [(sheet: CapplanWorkbook.Sheet, rows: Int)]

    func write(_ sheet: CapplanWorkbook.Sheet, to handle: XLSXSheet) throws {
        switch sheet {
        case .cover:
            try WorkbookCover(
                analysis: analysis, context: context, language: language, created: created, cut: cut,
                rowLimit: rowLimit
            )
            .write(to: handle)
        case .priorities:
            try WorkbookTable(schema: PriorityRecord.schema, language: language, rowLimit: rowLimit)
                .write(PriorityRecord.records(of: analysis), to: handle, freezeColumns: 3)
        case .explain:
            try WorkbookTable(schema: PriorityExplanation.schema, language: language, rowLimit: rowLimit)
                .write(PriorityExplanation.all(in: analysis), to: handle, freezeColumns: 3)
        case .projection:
            try WorkbookTable(schema: ProjectionRecord.schema, language: language, rowLimit: rowLimit)
                .write(ProjectionRecord.records(of: analysis), to: handle, freezeColumns: 3)
        case .totals:
            try WorkbookTable(schema: RegionYear.schema, language: language, rowLimit: rowLimit)
                .write(RegionYear.rows(of: analysis), to: handle, freezeColumns: 3)
        case .allocation:
            try WorkbookTable(schema: AllocationEntry.schema, language: language, rowLimit: rowLimit)
                .write(analysis.allocation.entries, to: handle, freezeColumns: 1)
        case .allocationYears:
            try WorkbookTable(schema: AllocationYear.schema, language: language, rowLimit: rowLimit)
                .write(analysis.allocation.years, to: handle, freezeColumns: 1)
        case .classes:
            try WorkbookTable(schema: ClassRow.schema, language: language, rowLimit: rowLimit)
                .write(analysis.classRows ?? [], to: handle, freezeColumns: 2)
        case .trainingNeeds:
            // Roster IDs only: the workbook never holds a name, with or without --with-names.
            try WorkbookTable(schema: TrainingNeed.schema, language: language, rowLimit: rowLimit)
                .write(analysis.trainingNeeds, to: handle, freezeColumns: 1)
        case .rejects:
            try WorkbookTable(schema: Diagnostic.rejectSchema, language: language, rowLimit: rowLimit)
                .write(context.rejects, to: handle, freezeColumns: 1)
        case .sources:
            try WorkbookSources(context: context, language: language).write(to: handle)
        }
    }
}
