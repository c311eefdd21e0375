/// Reads what-if scenario files (docs/INPUTS.md "Scenario"): explicit populations for kecamatan, and growth rates
/// for a kecamatan, kabupaten or province from a start year.
struct ScenarioReader {
    private enum Column: Int {
        case kode, tahun, penduduk, pertumbuhan
    }

    static let schema = TableSchema([
        ColumnSpec("kode", aliases: ["kode_wilayah", "kode_kecamatan"], required: true),
        ColumnSpec("tahun", aliases: ["year"]),
        ColumnSpec("penduduk", aliases: ["population"]),
        ColumnSpec("pertumbuhan", aliases: ["growth"]),
    ])

    /// Translates BPS codes and checks kecamatan codes.
    let resolver: KecamatanResolver
    /// The kecamatan of the run: a kabupaten or province code must cover at least one.
    let kecamatan: Set<KecamatanCode>
    /// A forced delimiter, or nil.
    let delimiter: UInt8?
    /// Compute the file's SHA-256 in the pass that checks its encoding (`CSVReadSummary.sha256`), for the manifest.
    var hashing = false

    /// Reads one file into `set`, after the files before it.
    func read(_ path: String, into set: inout ScenarioSet) -> FileReport {
        let schema = Self.schema
        return TableReader(path: path, role: .scenario, schema: schema, delimiter: delimiter, hashing: hashing).read {
            row throws(RowRejection) in
            let code = try row.required(Column.kode.rawValue, schema) { text in
                RegionCodeParser.parse(text).flatMap(resolve)
            }
            let year = try row.optional(Column.tahun.rawValue, schema) { YearParser.parse($0) }
            let population = try row.optional(Column.penduduk.rawValue, schema) { IntegerParser.parse($0) }
            let rate = try row.optional(Column.pertumbuhan.rawValue, schema) { text in
                DecimalParser.parse(text, decimalMark: row.decimalMark).flatMap(Self.plausibleRate)
            }
            guard population != nil || rate != nil else {
                throw RowRejection(
                    column: nil,
                    error: ValueError(
                        "row gives neither penduduk nor pertumbuhan", hint: "fill in one of them, or delete the row"),
                    value: nil)
            }
            if let population {
                guard case .kecamatan(let kecamatan) = code else {
                    throw RowRejection(
                        column: Column.penduduk.rawValue,
                        error: ValueError(
                            "penduduk: explicit figures are for kecamatan codes only",
                            hint: "give a kabupaten or the province a growth rate (pertumbuhan) instead"),
                        value: row.text(Column.penduduk.rawValue))
                }
                guard let year else {
                    throw RowRejection(
                        column: Column.tahun.rawValue,
                        error: ValueError("tahun: empty", hint: "give the year of the penduduk figure"), value: nil)
                }
                set.populations.append(
                    ScenarioPopulation(code: kecamatan, year: year, population: population, file: path, line: row.line))
            }
            if let rate {
                set.rates.append(ScenarioRate(code: code, startYear: year, rate: rate, file: path, line: row.line))
            }
        }
    }

    /// A kecamatan code must be a kecamatan of the run; a kabupaten or province code must cover one.
    private func resolve(_ code: RegionCode) -> Result<RegionCode, ValueError> {
        switch code {
        case .kecamatan, .bpsKecamatan:
            return resolver.resolve(code).map(RegionCode.kecamatan)
        case .kabupaten(let kabupaten):
            return kecamatan.contains { $0.kabupatenCode == kabupaten } ? .success(code) : .failure(Self.noMatch)
        case .province(let province):
            return kecamatan.contains { $0.province == province } ? .success(code) : .failure(Self.noMatch)
        }
    }

    /// An annual rate must lie strictly between −100 % and +100 %: outside it is almost always a
    /// percentage written without `%` (4,5 for 4,5%) or a decimal mark read as grouping.
    static func plausibleRate(_ rate: Double) -> Result<Double, ValueError> {
        guard rate > -1, rate < 1 else {
            return .failure(
                ValueError(
                    "annual growth rate outside -100% to +100%",
                    hint: "write the rate as a fraction (0.045) or a percentage (4,5%)"))
        }
        return .success(rate)
    }

    private static let noMatch = ValueError(
        "code matches no kecamatan of the run", hint: "check the code against the regions or population file")
}
