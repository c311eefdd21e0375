/// What an output figure counts, in words for the data dictionary and the workbook's headers.
package enum FigureUnit: String, Sendable, CaseIterable {
    /// No unit: names, codes, reasons, flags.
    case none
    /// A calendar year.
    case year
    /// A position in a ranking, 1 first.
    case rank
    /// Residents.
    case residents
    /// Social-assistance cases.
    case cases
    /// Workers (TKSK and PSM).
    case workers
    /// Training seats (one worker taking one module).
    case seats
    /// Training classes.
    case classes
    /// Kecamatan.
    case kecamatan
    /// A share between 0 and 1.
    case share
    /// A growth rate per year, as a fraction (0.01 is 1 % a year).
    case ratePerYear
    /// Residents per active worker.
    case residentsPerWorker
    /// Active workers per 10,000 residents.
    case workersPer10k
    /// A score between 0 and 1.
    case score
    /// Rows of an input file.
    case rows
    /// A line or column number of an input file.
    case position
    /// Travel per trainee, one way, in the unit its row names (km, jam or rupiah).
    case travel

    /// The unit in Bahasa Indonesia and in English.
    package var words: (id: String, en: String) {
        switch self {
        case .none: ("", "")
        case .year: ("tahun", "year")
        case .rank: ("peringkat", "rank")
        case .residents: ("jiwa", "residents")
        case .cases: ("kasus", "cases")
        case .workers: ("orang", "workers")
        case .seats: ("kursi", "seats")
        case .classes: ("kelas", "classes")
        case .kecamatan: ("kecamatan", "kecamatan")
        case .share: ("proporsi 0–1", "share 0–1")
        case .ratePerYear: ("per tahun", "per year")
        case .residentsPerWorker: ("jiwa per pekerja", "residents per worker")
        case .workersPer10k: ("per 10.000 jiwa", "per 10,000 residents")
        case .score: ("skor 0–1", "score 0–1")
        case .rows: ("baris", "rows")
        case .position: ("posisi", "position")
        case .travel: ("satuan di kolom travel_unit", "unit in the travel_unit column")
        }
    }
}
