import Analysis
import Ingestion

extension AllocationEntry {
    /// `allocation.csv`, `summary.json` (`allocation.entries`) and the workbook's Alokasi sheet.
    package static let schema = RecordSchema<AllocationEntry>(
        file: "allocation.csv",
        row: "kecamatan given seats in a year, by year then rank (header only when `seats_per_year` is 0)",
        columns: [
            .init("tahun", id: "Tahun", en: "Year", unit: .year, kind: .integer, meaning: "The year of training.") {
                .integer($0.year)
            },
            .init(
                "rank", id: "Peringkat", en: "Rank", unit: .rank, kind: .integer,
                meaning: "The kecamatan's rank; seats go in rank order."
            ) { .integer($0.rank) },
            .init(
                "kode_kecamatan", id: "Kode kecamatan", en: "Kecamatan code", kind: .text,
                meaning: "Kemendagri code of the kecamatan."
            ) { .text($0.code.description) },
            .init(
                "seats", id: "Kursi pelatihan", en: "Training seats", unit: .seats, kind: .integer,
                meaning: "Whole training seats allocated to the kecamatan that year."
            ) { .integer($0.seats) },
        ])
}

extension AllocationYear {
    /// One year of the allocation plan: `summary.json` (`allocation.years`) and the workbook.
    package static let schema = RecordSchema<AllocationYear>(
        file: "summary.json: allocation.years", row: "year of the allocation plan, B to H",
        columns: [
            .init("tahun", id: "Tahun", en: "Year", unit: .year, kind: .integer, meaning: "The year.") {
                .integer($0.year)
            },
            .init(
                "seats", id: "Kursi dialokasikan", en: "Seats allocated", unit: .seats, kind: .integer,
                meaning: "Seats handed out that year (at most `seats_per_year`)."
            ) { .integer($0.seats) },
            .init(
                "classes", id: "Kelas", en: "Classes", unit: .classes, kind: .integer,
                meaning: "Classes needed: seats ÷ `batch_size`, rounded up."
            ) { .integer($0.classes) },
            .init(
                "unmet_need", id: "Kebutuhan belum terpenuhi", en: "Unmet need", unit: .seats, kind: .integer,
                meaning: "Whole seats still needed after the year's allocation, over all kecamatan."
            ) {
                .integer($0.unmetNeed)
            },
            .init(
                "kecamatan", id: "Kecamatan menerima kursi", en: "Kecamatan served", unit: .kecamatan, kind: .integer,
                meaning: "Kecamatan that received seats that year."
            ) { .integer($0.kecamatan) },
        ])
}
