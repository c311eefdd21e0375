/// Stage 1 of the pipeline: reads every input the config names, in dependency order.
///
/// 1. regions (the master list, when named): the set planned for and the BPS code translation;
/// 2. population files, merged in the order given;
/// 3. the roster, checked against the kecamatan of 1–2;
/// 4. scenario files, checked likewise;
/// 5. the travel table of the class plan, when the plan names one, checked likewise.
///
/// A fatal error in one file is recorded in its report and ingestion goes on with the others, so
/// `validate` can report every file at once; `run` refuses to go on when any file failed.
package enum Ingestor {
    /// Reads everything. Never throws: each file's outcome is in `IngestedData.files`.
    /// `onFile` is told of each file as it is done (for progress on stderr).
    package static func ingest(
        config: PlanConfig, options: IngestionOptions, onFile: (FileReport) -> Void = { _ in }
    ) -> IngestedData {
        var data = IngestedData(moduleIDs: config.modules.map(\.id))
        func finished(_ report: FileReport) {
            data.files.append(report)
            onFile(report)
        }
        if let path = config.regions {
            let (table, report) = RegionsReader(
                path: path, delimiter: options.delimiter, hashing: options.hashInputs
            ).read()
            finished(report)
            if report.fatal == nil { data.regions = table }
        }
        let populationReader = PopulationReader(
            resolver: KecamatanResolver(regions: data.regions, known: nil), delimiter: options.delimiter,
            hashing: options.hashInputs)
        for path in config.population {
            finished(populationReader.read(path, into: &data.population))
        }
        let populationFailed = data.files.contains { $0.role == .population && $0.fatal != nil }
        // Without a master list, codes are checked against the population data, unless that failed.
        let known: Set<KecamatanCode>? = populationFailed && data.regions == nil ? nil : data.kecamatan
        let resolver = KecamatanResolver(regions: data.regions, known: known)
        let (roster, rosterReport) = RosterReader(
            moduleIDs: config.modules.map(\.id), resolver: resolver, currentYear: options.currentYear,
            delimiter: options.delimiter, keepNames: options.keepNames, hashing: options.hashInputs
        ).read(config.roster)
        data.roster = roster
        finished(rosterReport)
        let scenarioReader = ScenarioReader(
            resolver: resolver, kecamatan: data.kecamatan, delimiter: options.delimiter, hashing: options.hashInputs)
        for path in options.scenarios {
            finished(scenarioReader.read(path, into: &data.scenario))
        }
        if let path = config.classes.travel {
            let (travel, report) = TravelReader(
                resolver: resolver, delimiter: options.delimiter, hashing: options.hashInputs
            ).read(path)
            finished(report)
            if report.fatal == nil { data.travel = travel }
        }
        data.warnings = missingDesaWarnings(data, config: config)
        let named = ProvinceNames.resolve(
            file: data.regions?.provinceNames ?? [:], provinces: Set(data.kecamatan.map(\.province)),
            plan: config.region, path: config.path)
        data.provinceNames = named.names
        data.warnings += named.warnings
        return data
    }

    /// Reads a regions master list on its own (docs/INPUTS.md "Regions"), for tools that need only the list (the
    /// sample roster generator); the table is meaningful only when the report has no fatal error.
    package static func readRegions(path: String, delimiter: UInt8? = nil) -> (RegionsTable, FileReport) {
        RegionsReader(path: path, delimiter: delimiter).read()
    }

    /// docs/INPUTS.md "Population": when neither a population row nor the regions file gives a kecamatan's desa count
    /// while a `per_desa` norm is non-zero, D_k = 0 and a warning names the kecamatan.
    static func missingDesaWarnings(_ data: IngestedData, config: PlanConfig) -> [Diagnostic] {
        guard config.norms.values.contains(where: { $0.perDesa > 0 }) else { return [] }
        return data.population.codes.compactMap { code in
            let entry = data.population.kecamatan[code]!
            if entry.desa != nil || data.regions?.region(code)?.villages != nil { return nil }
            return Diagnostic(
                severity: .warning, file: entry.figures.last?.file ?? config.path, line: nil, column: nil,
                reason: "kecamatan \(code) \(entry.name) has no desa count, so per_desa norms count 0 desa",
                value: nil, hint: "add a desa column to the population file or name a regions file in the config")
        }
    }
}
