import Ingestion

/// The ranks of the run already in the output folder, for the brief's "moved since the previous
/// run" section. Any problem reading it means there is no usable previous run, never an error.
enum PreviousRun {
    /// Ranks by code from `folder/priorities.csv`, or nil when there is none or it cannot be read.
    static func ranks(in folder: String) -> [KecamatanCode: Int]? {
        guard let ranking = try? RunFolderReader.ranking(in: folder) else { return nil }
        return Dictionary(ranking.map { ($0.code, $0.rank) }, uniquingKeysWith: { first, _ in first })
    }
}
