/// Reads the regions master list (docs/INPUTS.md "Regions"): one row per kecamatan with its Kemendagri code,
/// names, desa and kelurahan counts, and optionally its province name, BPS code, area and whether it is its
/// kabupaten's capital.
///
/// A province's name is the first its rows give; a row naming it otherwise is kept, with one warning per other name.
struct RegionsReader {
    private enum Column: Int {
        case kode, kecamatan, kabupaten, desa, kelurahan, kodeBPS, luas, provinsi, ibukota
    }

    static let schema = TableSchema([
        ColumnSpec("kode", aliases: ["kode_kecamatan"], required: true),
        ColumnSpec("kecamatan", aliases: ["nama_kecamatan", "nama"], required: true),
        ColumnSpec("kabupaten", aliases: ["nama_kabupaten", "kabupaten_nama", "kabupaten_kota"]),
        ColumnSpec("desa", aliases: ["jumlah_desa"]),
        ColumnSpec("kelurahan", aliases: ["jumlah_kelurahan"]),
        ColumnSpec("kode_bps"),
        ColumnSpec("luas_km2", aliases: ["luas"]),
        ColumnSpec("provinsi", aliases: ["nama_provinsi", "provinsi_nama", "province_name"]),
        ColumnSpec("ibukota", aliases: ["ibu_kota", "ibukota_kabupaten", "capital"], shape: .word),
    ])

    /// The file, as named in the config.
    let path: String
    /// A forced delimiter, or nil.
    let delimiter: UInt8?
    /// Compute the file's SHA-256 in the pass that checks its encoding (`CSVReadSummary.sha256`), for the manifest.
    var hashing = false

    /// Reads the file into a table and its report.
    func read() -> (RegionsTable, FileReport) {
        var table = RegionsTable()
        var conflicts: [Diagnostic] = []
        var reported: Set<[String]> = []
        let schema = Self.schema
        var report = TableReader(path: path, role: .regions, schema: schema, delimiter: delimiter, hashing: hashing)
            .read {
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
                            "kode_bps: duplicate of line \(first) in \(path)", hint: "each BPS code names one kecamatan"
                        ),
                        value: bps, category: "kode_bps: duplicate")
                }
                let name = try row.required(Column.kecamatan.rawValue, schema, CellText.kept)
                let count: (String) -> Result<Int, ValueError> = { IntegerParser.parse($0) }
                var region = Region(
                    code: kecamatan, name: name,
                    kabupaten: try row.optional(Column.kabupaten.rawValue, schema, CellText.kept),
                    desa: try row.optional(Column.desa.rawValue, schema, count),
                    kelurahan: try row.optional(Column.kelurahan.rawValue, schema, count), bpsCode: bps,
                    areaKm2: try row.optional(Column.luas.rawValue, schema) { text in
                        DecimalParser.parse(text, decimalMark: row.decimalMark).flatMap(Self.area)
                    }, line: row.line)
                region.province = try row.optional(Column.provinsi.rawValue, schema, CellText.kept)
                region.isCapital = try row.optional(Column.ibukota.rawValue, schema, Self.flag) ?? false
                if let name = region.province, let first = table.provinceName(kecamatan.province), first.name != name,
                    reported.insert([String(kecamatan.province), name]).inserted
                {
                    conflicts.append(
                        Diagnostic(
                            severity: .warning, file: path, line: row.line,
                            column: row.fieldNumber(Column.provinsi.rawValue),
                            reason:
                                "provinsi: \(CellEcho.quoted(name)) differs from \(CellEcho.quoted(first.name)) on line \(first.line) "
                                + "for province "
                                + "\(RegionCode.province(kecamatan.province)); the first is used",
                            value: nil, hint: "give each province one name"))
                }
                table.add(region)
            }
        report.warnings += conflicts
        return (table, report)
    }

    /// `ibukota`: ya, yes, y, true or 1 marks the kabupaten's capital; tidak, no, n, false or 0 (or an empty
    /// cell) does not.
    static func flag(_ text: String) -> Result<Bool, ValueError> {
        switch text.lowercased() {
        case "ya", "yes", "y", "true", "1": .success(true)
        case "tidak", "no", "n", "false", "0": .success(false)
        default:
            .failure(
                ValueError(
                    "not ya or tidak", hint: "write ya for the kabupaten's capital, else tidak or nothing"))
        }
    }

    /// An area is 0 km² or more.
    private static func area(_ value: Double) -> Result<Double, ValueError> {
        value >= 0 ? .success(value) : .failure(ValueError("negative number", hint: "write the area in km², 0 or more"))
    }
}
