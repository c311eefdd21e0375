/// Reads the worker roster (docs/INPUTS.md "Roster"): one row per worker, with a column per training module.
///
/// `nama` is recognised but never decoded unless `keepNames` is set (`--with-names`); `nik` and `no_ktp` are never decoded either. A rejected
/// row shows only the offending cell.
struct RosterReader {
    private enum Column: Int, CaseIterable {
        case id, nama, peran, kode, status, tahunMulai
    }

    /// The fixed columns followed by one column per module (its id, or `pelatihan_` + id).
    static func schema(moduleIDs: [String]) -> TableSchema {
        TableSchema(
            [
                ColumnSpec("id", aliases: ["id_pekerja", "worker_id", "no"], required: true),
                ColumnSpec("nama", aliases: ["name"]),
                ColumnSpec("peran", aliases: ["role", "jabatan"], required: true),
                ColumnSpec(
                    "kode_kecamatan", aliases: ["kode", "kode_wilayah", "kd_kec", "district_code"], required: true),
                ColumnSpec("status", aliases: ["aktif", "active"]),
                ColumnSpec("tahun_mulai", aliases: ["start_year"]),
            ] + moduleIDs.map { ColumnSpec($0, aliases: ["pelatihan_" + $0]) })
    }

    /// The config's module ids.
    let moduleIDs: [String]
    /// Codes must be known (master list, or population data without one).
    let resolver: KecamatanResolver
    /// Completion years after this are rejected (docs/INPUTS.md "Roster"); the run's "now" is an input.
    let currentYear: Int
    /// A forced delimiter, or nil.
    let delimiter: UInt8?
    /// Decode and keep `nama` (only for `training_needs.csv --with-names`).
    var keepNames = false

    /// Reads the roster file.
    func read(_ path: String) -> (RosterTable, FileReport) {
        var table = RosterTable(moduleIDs: moduleIDs)
        let schema = Self.schema(moduleIDs: moduleIDs)
        let firstModule = Column.allCases.count
        var years: [Int?] = []  // one buffer for every row: no allocation per row
        years.reserveCapacity(moduleIDs.count)
        let report = TableReader(path: path, role: .roster, schema: schema, delimiter: delimiter).read(
            subject: { row in row.text(Column.kode.rawValue).flatMap { try? resolver.parse($0).get() } }
        ) { row throws(RowRejection) in
            let id = try row.required(Column.id.rawValue, schema) { .success($0) }
            if let first = table.line(ofID: id) {
                throw RowRejection(
                    column: Column.id.rawValue,
                    error: ValueError(
                        "id: duplicate of line \(first) in \(path)", hint: "give every worker one row and a unique id"),
                    value: id, category: "id: duplicate")
            }
            let role = try row.required(Column.peran.rawValue, schema, Role.parse)
            let code = try row.required(Column.kode.rawValue, schema, resolver.parse)
            let active = try row.optional(Column.status.rawValue, schema, StatusParser.parse) ?? true
            let start = try row.optional(Column.tahunMulai.rawValue, schema) { YearParser.parse($0) }
            years.removeAll(keepingCapacity: true)
            for module in moduleIDs.indices {
                years.append(
                    try row.optional(firstModule + module, schema) { text in
                        CompletionYearParser.parse(text, currentYear: currentYear)
                    })
            }
            let name = keepNames ? row.text(Column.nama.rawValue) ?? "" : nil
            table.add(
                Worker(kecamatan: code, role: role, isActive: active, startYear: start, line: row.line), id: id,
                name: name, years: years)
        }
        table.compact()
        return (table, report)
    }
}
