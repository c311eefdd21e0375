import Analysis

/// The workforce figures a kecamatan-year (``Analysis/YearFigures``) and a region-year
/// (``Analysis/TotalFigures``) both have, so their columns are declared once.
package protocol WorkforceFigures: SendableMetatype {
    /// Residents.
    var population: Double { get }
    /// Projected caseload.
    var caseload: Double { get }
    /// Workers required, TKSK and PSM.
    var required: Double { get }
    /// Active workers expected.
    var active: Double { get }
    /// Active workers fully trained.
    var trained: Double { get }
    /// Workers to recruit.
    var staffingGap: Double { get }
    /// Module seats needed.
    var trainingSeats: Double { get }
    /// Share of the needed training held.
    var readiness: Double { get }
    /// Residents per active worker.
    var pressure: Double { get }
    /// Active workers per 10,000 residents.
    var activePer10k: Double { get }
}

extension YearFigures: WorkforceFigures {}
extension TotalFigures: WorkforceFigures {}

/// The columns of the workforce figures, in the order every record writes them: `required`,
/// `active`, `trained`, `staffing_gap`, `training_seats`, `readiness`, `pressure`, `active_per_10k`.
enum WorkforceColumns {
    /// Whose figures the columns hold, for their meanings.
    enum Scope {
        /// A kecamatan at the priority year Y.
        case priorityYear
        /// A kecamatan in the row's year.
        case year
        /// A province or kabupaten in the row's year: sums over its kecamatan.
        case region
    }

    /// The eight columns over `figures(row)`; `requiredJSON` nests `required` in JSON when given.
    static func columns<Row, Figures: WorkforceFigures>(
        _ scope: Scope, requiredJSON: [String]? = nil, _ figures: @escaping @Sendable (Row) -> Figures
    ) -> [OutputColumn<Row>] {
        let at = scope == .priorityYear ? " at Y" : ""
        let summed = scope == .region ? " Summed over its kecamatan, so a surplus never offsets a gap." : ""
        let fromSums = scope == .region ? " Worked out from the sums." : ""
        return [
            .init(
                "required", id: "Kebutuhan pekerja", en: "Workers required", unit: .workers, kind: .required,
                meaning: "TKSK and PSM the norms require\(at).", json: requiredJSON
            ) { .real(figures($0).required) },
            .init(
                "active", id: "Pekerja aktif", en: "Active workers", unit: .workers, kind: .count,
                meaning: "Active workers expected\(at) (after attrition)."
            ) { .real(figures($0).active) },
            .init(
                "trained", id: "Pekerja terlatih", en: "Trained workers", unit: .workers, kind: .count,
                meaning: "Active workers with every applicable module current\(at)."
            ) { .real(figures($0).trained) },
            .init(
                "staffing_gap", id: "Kekurangan pekerja", en: "Staffing gap", unit: .workers, kind: .count,
                meaning: "Workers to recruit\(at): required minus active where positive, per role.\(summed)"
            ) { .real(figures($0).staffingGap) },
            .init(
                "training_seats", id: "Kebutuhan kursi pelatihan", en: "Training seats needed", unit: .seats,
                kind: .count,
                meaning: "Module seats needed\(at): missing modules of active workers plus every module of the "
                    + "workers still to recruit.\(summed)"
            ) { .real(figures($0).trainingSeats) },
            .init(
                "readiness", id: "Kesiapan", en: "Readiness", unit: .share, kind: .share,
                meaning: "Share of the training the required workforce needs that active workers already hold\(at) "
                    + "(at most 1; 1 when nothing is required).\(fromSums)"
            ) { .real(figures($0).readiness) },
            .init(
                "pressure", id: "Penduduk per pekerja aktif", en: "Residents per active worker",
                unit: .residentsPerWorker, kind: .whole,
                meaning: "Population\(at) divided by the active workers (at least 1).\(fromSums)"
            ) { .real(figures($0).pressure) },
            .init(
                "active_per_10k", id: "Pekerja aktif per 10.000 jiwa", en: "Active workers per 10,000",
                unit: .workersPer10k, kind: .count, meaning: "Active workers per 10,000 residents\(at).\(fromSums)"
            ) { .real(figures($0).activePer10k) },
        ]
    }

    /// `population` and `caseload` of the row's year.
    static func population<Row, Figures: WorkforceFigures>(
        _ scope: Scope, _ figures: @escaping @Sendable (Row) -> Figures
    ) -> [OutputColumn<Row>] {
        let summed = scope == .region ? ", summed over its kecamatan" : ""
        return [
            .init(
                "population", id: "Penduduk", en: "Population", unit: .residents, kind: .whole,
                meaning: "Projected population P(k,t)\(summed)."
            ) { .real(figures($0).population) },
            .init(
                "caseload", id: "Kasus", en: "Caseload", unit: .cases, kind: .count,
                meaning: "Projected caseload C(k,t)\(summed); 0 when the population file has no `kasus`."
            ) { .real(figures($0).caseload) },
        ]
    }
}
