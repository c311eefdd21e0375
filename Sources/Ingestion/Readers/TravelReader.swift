/// Reads the travel table of the class plan (docs/INPUTS.md "Travel"): one row per pair of kecamatan with the
/// hours and/or the cost of the trip per trainee, one way, either direction. A pair given twice (in either
/// direction) keeps its first row; the later one is rejected.
struct TravelReader {
    private enum Column: Int {
        case dari, ke, jam, biaya
    }

    static let schema = TableSchema([
        ColumnSpec("dari", aliases: ["from", "asal", "kode_asal"], required: true, shape: .code),
        ColumnSpec("ke", aliases: ["to", "tujuan", "kode_tujuan"], required: true, shape: .code),
        ColumnSpec("jam", aliases: ["hours", "waktu_jam"]),
        ColumnSpec("biaya", aliases: ["cost", "biaya_rp"]),
    ])

    /// The most hours a trip may take: a week.
    static let maximumHours = 168.0
    /// The largest cost of a trip, in rupiah: a billion.
    static let maximumCost = 1e9

    /// Translates BPS codes and checks that both ends are kecamatan of the run.
    let resolver: KecamatanResolver
    /// A forced delimiter, or nil.
    let delimiter: UInt8?
    /// Compute the file's SHA-256 in the pass that checks its encoding, for the manifest.
    var hashing = false

    /// Reads the file at `path` into a table and its report.
    func read(_ path: String) -> (TravelTable, FileReport) {
        var table = TravelTable()
        let schema = Self.schema
        let report = TableReader(path: path, role: .travel, schema: schema, delimiter: delimiter, hashing: hashing)
            .read { row throws(RowRejection) in
                let from = try row.required(Column.dari.rawValue, schema) { text in
                    RegionCodeParser.parse(text).flatMap(resolver.resolve)
                }
                let to = try row.required(Column.ke.rawValue, schema) { text in
                    RegionCodeParser.parse(text).flatMap(resolver.resolve)
                }
                let hours = try row.optional(Column.jam.rawValue, schema) { text in
                    DecimalParser.parse(text, decimalMark: row.decimalMark).flatMap {
                        Self.bounded($0, Self.maximumHours, "hours", "write the hours of the trip, such as 1.5")
                    }
                }
                let cost = try row.optional(Column.biaya.rawValue, schema) { text in
                    DecimalParser.parse(text, decimalMark: row.decimalMark).flatMap {
                        Self.bounded($0, Self.maximumCost, "rupiah", "write the cost in rupiah, such as 350000")
                    }
                }
                guard hours != nil || cost != nil else {
                    throw RowRejection(
                        column: nil,
                        error: ValueError(
                            "row gives neither jam nor biaya", hint: "fill in one of them, or delete the row"),
                        value: nil)
                }
                if let first = table.add(from, to, TravelTable.Figures(hours: hours, cost: cost, line: row.line)) {
                    throw RowRejection(
                        column: Column.ke.rawValue,
                        error: ValueError(
                            "dari–ke: the same pair as line \(first) (either direction counts)",
                            hint: "keep one row per pair of kecamatan"),
                        value: nil, category: "dari–ke: duplicate")
                }
            }
        return (table, report)
    }

    /// A figure from 0 to `maximum` in `unit`.
    private static func bounded(
        _ value: Double, _ maximum: Double, _ unit: String, _ hint: String
    ) -> Result<
        Double, ValueError
    > {
        guard value >= 0 else { return .failure(ValueError("negative number", hint: hint)) }
        guard value <= maximum else {
            return .failure(ValueError("more than \(Int(maximum)) \(unit)", hint: hint))
        }
        return .success(value)
    }
}
