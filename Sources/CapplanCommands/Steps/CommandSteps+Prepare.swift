import CapplanErrors
import Ingestion

extension CommandSteps {
    /// Config, data and years, ready for the analysis.
    struct Prepared {
        /// The plan.
        var config: PlanConfig
        /// Every input, ingested.
        var data: IngestedData
        /// The plan years.
        var years: PlanYears
    }

    /// Steps 1–3, reading `scenarios` as the scenario files; `out` is checked against every input, the
    /// config's files, the scenario files and `readOnly` (a baseline run folder), before anything is read,
    /// and named when nothing is written (`checked` false: a command that writes no folder, `out` only names
    /// where its results go, or an in-process run). `force` replaces a non-empty folder capplan did not write.
    /// `keepNames` reads roster names for `--with-names`. A checked `out` is then locked (``OutputLock``) until
    /// the process ends: with `noWait` a held lock exits 75, otherwise the run says whom it waits for and waits.
    /// `ingested` sees the data as soon as it is read, even when a fatal error then stops the run.
    func prepare(
        scenarios: [String]? = nil, out: String, checked: Bool = true, force: Bool = false, readOnly: [String] = [],
        keepNames: Bool = false, noWait: Bool = false, ingested: (IngestedData) -> Void = { _ in }
    ) throws -> Prepared {
        let config = try loadConfig()
        let scenarios = scenarios ?? inputs.scenarios
        if checked {
            let read = OutputDestination.inputs(of: config, scenarios: scenarios) + readOnly
            try OutputDestination.checkFolder(out, option: "--out", inputs: read, force: force)
            try OutputDestination.checkReplaceable(out, option: "--out")
            try lock(out, noWait: noWait)
        }
        let data = ingest(config: config, scenarios: scenarios, keepNames: keepNames, hashInputs: true)
        ingested(data)
        try checkIngestion(data, config: config, out: out)
        guard let years = try resolveYears(config, data: data) else {
            throw CommandFailure(
                ProblemMessage(
                    file: config.path, "no population figure and no base_year",
                    remedy: "add population rows or set base_year"), .dataError)
        }
        return Prepared(config: config, data: data, years: years)
    }

    /// Stops a run whose inputs cannot be used (``ExitStatus/forIngestion(_:strict:maxRejectedShare:)``): its
    /// fatal errors were said as the files were read, so the report says the files over the share of rejected
    /// rows or, when nothing else stops it, that `--strict` found rejected rows.
    func checkIngestion(_ data: IngestedData, config: PlanConfig, out: String) throws(FailureReport) {
        let limit = maxRejectedShare(config)
        let status = ExitStatus.forIngestion(data, strict: inputs.strict, maxRejectedShare: limit)
        guard status != .success else { return }
        var messages = RejectedShare.excesses(in: data, limit: limit).map(\.message)
        if data.fatalErrors.isEmpty && messages.isEmpty {
            messages.append(
                ProblemMessage(nil, "\(data.rejectedRows) rows rejected and --strict is set: nothing written to \(out)")
            )
        }
        throw FailureReport(messages: messages, exitStatus: status)
    }

    /// Locks the output folder `out` (``OutputLock``): 75 when another run holds it and `noWait` is set, 73
    /// when the lock file cannot be made. Waiting is said on stderr, even when quiet.
    func lock(_ out: String, noWait: Bool) throws(OutputLock.Failure) {
        try OutputLock.acquire(out, wait: !noWait) { pid in
            console.error("waiting for another run writing \(out)\(pid.map { " (pid \($0))" } ?? "")…")
        }
    }
}
