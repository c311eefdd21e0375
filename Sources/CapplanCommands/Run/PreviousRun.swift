import CSVSupport
import Ingestion

/// The ranks of the run already in the output folder, for the brief's "moved since the previous
/// run" section. Any problem reading it means there is no usable previous run, never an error.
enum PreviousRun {
    private struct NotPriorities: Error {}

    /// Ranks by code from `folder/priorities.csv`, or nil when there is none or it cannot be read.
    static func ranks(in folder: String) -> [KecamatanCode: Int]? {
        var ranks: [KecamatanCode: Int] = [:]
        var columns: (rank: Int, code: Int)?
        do {
            _ = try CSVReader(path: folder + "/priorities.csv", delimiter: UInt8(ascii: ",")).read { record in
                guard let known = columns else {
                    let header = (0..<record.count).map { record.string($0) }
                    guard let rank = header.firstIndex(of: "rank"), let code = header.firstIndex(of: "kode_kecamatan")
                    else { throw NotPriorities() }
                    columns = (rank, code)
                    return
                }
                guard record.count > max(known.rank, known.code), let rank = Int(record.string(known.rank)),
                    case .success(.kecamatan(let code)) = RegionCodeParser.parseKecamatan(record.string(known.code))
                else { return }
                ranks[code] = rank
            }
        } catch {
            return nil
        }
        return columns == nil ? nil : ranks
    }
}
