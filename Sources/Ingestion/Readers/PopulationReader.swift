/// Reads population files (docs/INPUTS.md "Population"): one row per kecamatan and year, merged across files; a
/// (kecamatan, year) already given by an earlier accepted row is rejected.
struct PopulationReader {
    private enum Column: Int {
        case kode, kecamatan, kabupaten, tahun, penduduk, desa, kasus, sumber, jenis
    }

    static let schema = TableSchema([
        ColumnSpec("kode_kecamatan", aliases: ["kode", "kode_wilayah", "kd_kec", "district_code"], required: true),
        ColumnSpec("kecamatan", aliases: ["nama_kecamatan", "nama", "district"], required: true),
        ColumnSpec("kabupaten", aliases: ["nama_kabupaten", "kabupaten_kota", "regency"]),
        ColumnSpec("tahun", aliases: ["year"], required: true),
        ColumnSpec("penduduk", aliases: ["jumlah_penduduk", "population"], required: true),
        ColumnSpec("desa", aliases: ["jumlah_desa", "desa_kelurahan", "villages"]),
        ColumnSpec("kasus", aliases: ["caseload", "pmks", "jumlah_kasus"]),
        ColumnSpec("sumber", aliases: ["source"]),
        ColumnSpec("jenis", aliases: ["jenis_angka", "jenis_data", "kind"]),
    ])

    /// Codes are checked against the master list when there is one.
    let resolver: KecamatanResolver
    /// A forced delimiter, or nil.
    let delimiter: UInt8?
    /// Compute the file's SHA-256 in the pass that checks its encoding (`CSVReadSummary.sha256`), for the manifest.
    var hashing = false

    /// Reads one file into `table`, which holds the rows of earlier files.
    func read(_ path: String, into table: inout PopulationTable) -> FileReport {
        let schema = Self.schema
        // Parse results by cell bytes: codes, years, kabupaten, sources and kinds repeat from row to row.
        var codes = CellCache<Result<KecamatanCode, ValueError>>()
        var years = CellCache<Result<Int, ValueError>>()
        var texts = CellCache<Result<String, ValueError>>()
        var kinds = CellCache<Result<PopulationKind, ValueError>>()
        return TableReader(path: path, role: .population, schema: schema, delimiter: delimiter, hashing: hashing).read(
            subject: { row in row.text(Column.kode.rawValue).flatMap { try? resolver.parse($0).get() } }
        ) { row throws(RowRejection) in
            let code = try row.required(Column.kode.rawValue, schema, cache: &codes, resolver.parse)
            let year = try row.required(Column.tahun.rawValue, schema, cache: &years) { YearParser.parse($0) }
            if let first = table.figure(code, year: year) {
                throw RowRejection(
                    column: Column.tahun.rawValue,
                    error: ValueError(
                        "tahun: duplicate of line \(first.line) in \(first.file) (same kecamatan and year)",
                        hint: "keep one figure per kecamatan and year"),
                    value: row.text(Column.tahun.rawValue), category: "tahun: duplicate kecamatan and year")
            }
            let name = try row.required(Column.kecamatan.rawValue, schema, CellText.kept)
            let population = try row.required(Column.penduduk.rawValue, schema) { IntegerParser.parse($0) }
            let desa = try row.optional(Column.desa.rawValue, schema) { text in
                IntegerParser.parse(text).flatMap { $0 >= 1 ? .success($0) : .failure(Self.noDesa) }
            }
            let caseload = try row.optional(Column.kasus.rawValue, schema) { IntegerParser.parse($0) }
            let kind = try row.optional(Column.jenis.rawValue, schema, cache: &kinds, PopulationKind.parse)
            let figure = PopulationFigure(
                year: year, population: population, file: path, line: row.line,
                source: try row.optional(Column.sumber.rawValue, schema, cache: &texts, CellText.kept), kind: kind)
            table.add(
                figure, code: code, name: name,
                kabupaten: try row.optional(Column.kabupaten.rawValue, schema, cache: &texts, CellText.kept),
                desa: desa,
                caseload: caseload)
        }
    }

    private static let noDesa = ValueError(
        "must be at least 1", hint: "give the number of desa and kelurahan, or leave the cell empty")
}
