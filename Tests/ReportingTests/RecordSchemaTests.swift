import Analysis
import Foundation
import Testing

@testable import Reporting

@Suite("RecordSchema: each output record declared once")
struct RecordSchemaTests {
    @Test("priorities.csv keeps its columns, in order; components appear in JSON and the workbook only")
    func priorities() {
        #expect(
            PriorityRecord.schema.header == [
                "rank", "kode_kecamatan", "kecamatan", "kabupaten", "population_base", "population_year",
                "growth_rate", "required", "active", "trained", "staffing_gap", "training_seats", "readiness",
                "pressure", "active_per_10k", "untrained_share_base", "score", "data_note",
            ])
        let jsonOnly = PriorityRecord.schema.columns.filter { !$0.formats.contains(.csv) }.map(\.jsonPath)
        #expect(jsonOnly.count == 8)
        #expect(jsonOnly.first == ["components", "readiness_gap"])
        #expect(jsonOnly.last == ["contributions", "untrained_share"])
    }

    @Test(
        "data_note: counts of rejected rows and the second-hand kinds of figure, fixed words, empty when clean",
        arguments: [
            (KecamatanDataQuality(), ""),
            (KecamatanDataQuality(populationKinds: [.census, .projection, .registration]), ""),
            (KecamatanDataQuality(rejectedPopulationRows: 2), "rejected rows: population 2"),
            (KecamatanDataQuality(rejectedRosterRows: 1), "rejected rows: roster 1"),
            (KecamatanDataQuality(populationKinds: [.derived]), "population figures: derived"),
            (
                KecamatanDataQuality(
                    rejectedPopulationRows: 2, rejectedRosterRows: 1, populationKinds: [.census, .allocated, .derived]),
                "rejected rows: population 2, roster 1; population figures: allocated, derived"
            ),
        ])
    func dataNote(quality: KecamatanDataQuality, note: String) {
        #expect(PriorityRecord.dataNote(quality) == note)
    }

    @Test("column names are unique within each record")
    func unique() {
        let names = [
            PriorityRecord.schema.columns.map(\.name), ProjectionRecord.schema.columns.map(\.name),
            ComparisonRecord.schema.columns.map(\.name), TotalFigures.schema.columns.map(\.name),
        ]
        for list in names { #expect(Set(list).count == list.count) }
    }

    @Test("the comparison reads priorities.csv by names the schema declares, with the same kinds")
    func comparisonColumns() throws {
        for name in RankedFigures.columnNames { #expect(PriorityRecord.schema.column(name) != nil, "\(name)") }
        let pairs = [
            ("score_change", "score"), ("population_change", "population_year"), ("required_change", "required"),
            ("training_seats_change", "training_seats"),
        ]
        for (comparison, priority) in pairs {
            let kind = try #require(ComparisonRecord.schema.column(comparison)).kind
            #expect(kind == PriorityRecord.schema.column(priority)?.kind)
        }
    }

    @Test(
        "a figure's written text follows its kind",
        arguments: [
            (FigureKind.whole, FigureValue.real(2.5), "3"), (.count, .real(6), "6.00"),
            (.share, .real(0.1), "0.100000"),
            (.required, .real(17), "17"), (.required, .real(2.5), "2.50"), (.integer, .integer(2025), "2025"),
            (.flag, .flag(true), "true"), (.text, .text("=1+1"), "=1+1"), (.count, .missing, ""),
            (.share, .real(.infinity), ""),
        ])
    func text(kind: FigureKind, value: FigureValue, expected: String) {
        #expect(kind.text(value) == expected)
    }

    @Test("a text cell is formula-guarded in CSV, a number never is")
    func guarded() {
        struct Row: Sendable { var text: String }
        let schema = RecordSchema<Row>(
            file: "x.csv", row: "row",
            columns: [
                .init("t", id: "T", en: "T", kind: .text, meaning: "text") { .text($0.text) },
                .init("n", id: "N", en: "N", kind: .count, meaning: "number") { _ in .real(-1.5) },
            ])
        #expect(schema.csv([Row(text: "=SUM(A1)")]) == "t,n\n'=SUM(A1),-1.50\n")
    }

    @Test("workbook number formats: whole counts as whole, shares as percentages, years ungrouped")
    func workbookFormats() {
        #expect(WorkbookNumberFormat.code(for: .count, unit: .workers, value: 6) == "#,##0")
        #expect(WorkbookNumberFormat.code(for: .count, unit: .workers, value: 2.57) == "#,##0.00")
        #expect(WorkbookNumberFormat.code(for: .share, unit: .share) == "0.0%")
        #expect(WorkbookNumberFormat.code(for: .share, unit: .ratePerYear) == "0.00%")
        #expect(WorkbookNumberFormat.code(for: .share, unit: .score) == "0.000000")
        #expect(WorkbookNumberFormat.code(for: .integer, unit: .year) == "0")
        #expect(WorkbookNumberFormat.code(for: .whole, unit: .residents) == "#,##0")
        #expect(WorkbookNumberFormat.code(for: .text, unit: .none) == nil)
    }
}
