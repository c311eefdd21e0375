import CapplanDomain

/// docs/METHOD.md "Data quality": per kecamatan, the rejected input rows that concern it and the kinds of the
/// population figures it rests on; for the run, the files with rejected or skipped rows and the kecamatan affected.
enum DataQualityAudit {
    /// Rejected rows per kecamatan and input, from the population and roster files' rejects that name one.
    static func rejectedRows(_ data: PlanData) -> [KecamatanCode: [InputRole: Int]] {
        var counts: [KecamatanCode: [InputRole: Int]] = [:]
        for file in data.accounts where file.role == .population || file.role == .roster {
            for reject in file.rejects {
                if let code = reject.kecamatan { counts[code, default: [:]][file.role, default: 0] += 1 }
            }
        }
        return counts
    }

    /// One kecamatan's record from its population entry and its rejected rows per input.
    static func quality(_ entry: KecamatanPopulation?, rejected: [InputRole: Int]?) -> KecamatanDataQuality {
        let kinds = Set((entry?.figures ?? []).compactMap(\.kind))
        return KecamatanDataQuality(
            rejectedPopulationRows: rejected?[.population] ?? 0, rejectedRosterRows: rejected?[.roster] ?? 0,
            populationKinds: kinds.sorted())
    }

    /// The run's summary over the analysed kecamatan.
    static func summary(
        _ data: PlanData, rejected: [KecamatanCode: [InputRole: Int]], kecamatan: [KecamatanAnalysis]
    ) -> DataQualitySummary {
        let files = data.accounts.filter { $0.counts.rejected > 0 || $0.counts.skipped > 0 }.map { file in
            DataQualitySummary.FileRows(
                role: file.role, path: file.path, rejected: file.counts.rejected, skipped: file.counts.skipped,
                kecamatan: file.role == .population || file.role == .roster
                    ? Set(file.rejects.compactMap(\.kecamatan)).count : 0)
        }
        // By index, so that no kecamatan's record is copied to be looked at.
        let allocated = kecamatan.indices.filter { kecamatan[$0].dataQuality.restsOnAllocated }.map {
            kecamatan[$0].code
        }
        let derived = kecamatan.indices.filter { kecamatan[$0].dataQuality.restsOnDerived }.map { kecamatan[$0].code }
        return DataQualitySummary(
            files: files, affected: rejected.keys.sorted(), allocated: allocated, derived: derived,
            analysed: kecamatan.count)
    }
}
