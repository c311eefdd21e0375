import CSVSupport
import Ingestion

/// What `capplan validate` found, in a form both the text and the JSON summaries are made from.
struct ValidationSummary: Codable, Equatable {
    /// One input file.
    struct File: Codable, Equatable {
        var role: String
        var path: String
        var delimiter: String?
        var encoding: String?
        var rows: RowCounts
        var rejects: [RejectGroup]
        var warnings: [String]
        var notes: [String]
        var fatal: String?
    }

    /// Rejected rows that share a kind of problem, with the first few as examples.
    struct RejectGroup: Codable, Equatable {
        var reason: String
        var count: Int
        var examples: [String]
    }

    /// Plan years as resolved from the config and the data.
    struct Years: Codable, Equatable {
        var base: Int
        var horizon: Int
        var priority: Int
    }

    var config: String
    var years: Years?
    var files: [File]
    var warnings: [String]
    var rejectedRows: Int
    var exitCode: Int32

    /// Examples shown per reject group.
    static let examplesPerGroup = 3

    init(config: String, data: IngestedData, years: Years?, exitCode: ExitStatus) {
        self.config = config
        self.years = years
        self.files = data.files.map(Self.file)
        self.warnings = (data.files.flatMap(\.warnings) + data.warnings).map(\.rendered)
        self.rejectedRows = data.rejectedRows
        self.exitCode = exitCode.rawValue
    }

    private static func file(_ report: FileReport) -> File {
        var groups: [RejectGroup] = []
        var index: [String: Int] = [:]
        for reject in report.rejects {
            if let at = index[reject.category] {
                groups[at].count += 1
                if groups[at].examples.count < examplesPerGroup { groups[at].examples.append(reject.rendered) }
            } else {
                index[reject.category] = groups.count
                groups.append(RejectGroup(reason: reject.category, count: 1, examples: [reject.rendered]))
            }
        }
        return File(
            role: report.role.rawValue, path: report.path, delimiter: report.csv.map { delimiterName($0.delimiter) },
            encoding: report.csv?.encoding.rawValue, rows: report.counts, rejects: groups,
            warnings: report.warnings.map(\.rendered), notes: report.notes.map(\.rendered),
            fatal: report.fatal?.description)
    }

    private static func delimiterName(_ byte: UInt8) -> String {
        byte == UInt8(ascii: "\t") ? "tab" : String(UnicodeScalar(byte))
    }
}
