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
    /// Compute the file's SHA-256 in the pass that checks its encoding (`CSVReadSummary.sha256`), for the manifest.
    var hashing = false

    /// Reads the roster file.
    func read(_ path: String) -> (RosterTable, FileReport) {
        var table = RosterTable(moduleIDs: moduleIDs)
        let schema = Self.schema(moduleIDs: moduleIDs)
        let firstModule = Column.allCases.count
        var years: [Int16] = []  // one buffer for every row: no allocation per row
        years.reserveCapacity(moduleIDs.count)
        // Parse results by cell bytes: codes, roles, statuses and years repeat thousands of times.
        var roles = CellCache<Result<Role, ValueError>>()
        var codes = CellCache<Result<KecamatanCode, ValueError>>()
        var statuses = CellCache<Result<Bool, ValueError>>()
        var startYears = CellCache<Result<Int, ValueError>>()
        var completionYears = CellCache<Result<Int, ValueError>>()
        let report = TableReader(path: path, role: .roster, schema: schema, delimiter: delimiter, hashing: hashing)
            .read(
                subject: { row in row.text(Column.kode.rawValue).flatMap { try? resolver.parse($0).get() } }
            ) { row throws(RowRejection) in
                // The ID is hashed and looked up on its bytes; its string is made only for a new worker.
                let idBytes = row.bytes(Column.id.rawValue)
                guard let idBytes else {
                    _ = try row.required(Column.id.rawValue, schema) { .success($0) }  // throws: the cell is empty
                    preconditionFailure("an empty id cell is rejected")
                }
                let idHash = WorkerIDIndex.hash(idBytes)
                if let first = table.line(ofID: idBytes, hash: idHash) {
                    throw RowRejection(
                        column: Column.id.rawValue,
                        error: ValueError(
                            "id: duplicate of line \(first) in \(path)",
                            hint: "give every worker one row and a unique id"),
                        value: row.text(Column.id.rawValue), category: "id: duplicate")
                }
                let id = row.text(Column.id.rawValue)!
                let role = try row.required(Column.peran.rawValue, schema, cache: &roles, Role.parse)
                let code = try row.required(Column.kode.rawValue, schema, cache: &codes, resolver.parse)
                let active =
                    try row.optional(Column.status.rawValue, schema, cache: &statuses, StatusParser.parse) ?? true
                let start = try row.optional(Column.tahunMulai.rawValue, schema, cache: &startYears) {
                    YearParser.parse($0)
                }
                years.removeAll(keepingCapacity: true)
                for module in moduleIDs.indices {
                    let year = try row.optional(firstModule + module, schema, cache: &completionYears) { text in
                        CompletionYearParser.parse(text, currentYear: currentYear)
                    }
                    years.append(Int16(year ?? 0))
                }
                let name = keepNames ? row.text(Column.nama.rawValue) ?? "" : nil
                table.add(
                    Worker(kecamatan: code, role: role, isActive: active, startYear: start, line: row.line), id: id,
                    idHash: idHash, name: name, completionYears: years)
            }
        table.compact()
        return (table, report)
    }
}
