/// Reads the regions master list (docs/INPUTS.md "Regions"): one row per kecamatan with its Kemendagri code,
/// names, desa and kelurahan counts, and optionally its BPS code and area.
struct RegionsReader {
    private enum Column: Int {
        case kode, kecamatan, kabupaten, desa, kelurahan, kodeBPS, luas
    }

    static let schema = TableSchema([
        ColumnSpec("kode", aliases: ["kode_kecamatan"], required: true),
        ColumnSpec("kecamatan", aliases: ["nama_kecamatan", "nama"], required: true),
        ColumnSpec("kabupaten", aliases: ["nama_kabupaten", "kabupaten_nama", "kabupaten_kota"]),
        ColumnSpec("desa", aliases: ["jumlah_desa"]),
        ColumnSpec("kelurahan", aliases: ["jumlah_kelurahan"]),
        ColumnSpec("kode_bps"),
        ColumnSpec("luas_km2", aliases: ["luas"]),
    ])

    /// The file, as named in the config.
    let path: String
    /// A forced delimiter, or nil.
    let delimiter: UInt8?

    /// Reads the file into a table and its report.
    func read() -> (RegionsTable, FileReport) {
        var table = RegionsTable()
        let schema = Self.schema
        let report = TableReader(path: path, role: .regions, schema: schema, delimiter: delimiter).read {
            row throws(RowRejection) in
            let code = try row.required(Column.kode.rawValue, schema, RegionCodeParser.parse)
            guard case .kecamatan(let kecamatan) = code else {
                throw RowRejection(
                    column: Column.kode.rawValue,
                    error: ValueError(
                        "kode: not a Kemendagri kecamatan code",
                        hint: "write the Kemendagri code as 65.02.01 and put a BPS code in kode_bps"),
                    value: row.text(Column.kode.rawValue))
            }
            if let first = table.line(of: kecamatan) {
                throw RowRejection(
                    column: Column.kode.rawValue,
                    error: ValueError(
                        "kode: duplicate of line \(first) in \(path)", hint: "keep one row per kecamatan"),
                    value: row.text(Column.kode.rawValue), category: "kode: duplicate")
            }
            let bps = try row.optional(Column.kodeBPS.rawValue, schema, RegionCodeParser.parseBPS)
            if let bps, let first = table.line(ofBPS: bps) {
                throw RowRejection(
                    column: Column.kodeBPS.rawValue,
                    error: ValueError(
                        "kode_bps: duplicate of line \(first) in \(path)", hint: "each BPS code names one kecamatan"),
                    value: bps, category: "kode_bps: duplicate")
            }
            let name = try row.required(Column.kecamatan.rawValue, schema) { .success($0) }
            let count: (String) -> Result<Int, ValueError> = { IntegerParser.parse($0) }
            let region = Region(
                code: kecamatan, name: name, kabupaten: row.text(Column.kabupaten.rawValue),
                desa: try row.optional(Column.desa.rawValue, schema, count),
                kelurahan: try row.optional(Column.kelurahan.rawValue, schema, count), bpsCode: bps,
                areaKm2: try row.optional(Column.luas.rawValue, schema) { text in
                    DecimalParser.parse(text, decimalMark: row.decimalMark).flatMap(Self.area)
                }, line: row.line)
            table.add(region)
        }
        return (table, report)
    }

    /// An area is 0 km² or more.
    private static func area(_ value: Double) -> Result<Double, ValueError> {
        value >= 0 ? .success(value) : .failure(ValueError("negative number", hint: "write the area in km², 0 or more"))
    }
}
