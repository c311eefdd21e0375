import Ingestion
import Testing

@testable import CapplanCommands

@Suite("ExitStatus: the exit codes of docs/CLI.md")
struct ExitStatusTests {
    @Test(
        "raw values are the sysexits codes",
        arguments: [
            (CapplanCommands.ExitStatus.success, 0), (.usage, 64), (.dataError, 65), (.inputMissing, 66),
            (.software, 70),
            (.cantCreate, 73),
        ] as [(CapplanCommands.ExitStatus, Int32)])
    func rawValues(status: CapplanCommands.ExitStatus, code: Int32) {
        #expect(status.rawValue == code)
        #expect(status.exitCode.rawValue == code)
    }

    static let missing = IngestionError.csv(.fileNotFound(path: "roster.csv"))
    static let noHeader = IngestionError.noHeader(path: "population.csv")

    static func data(rejected: Int = 0, accepted: Int = 0, fatal: [IngestionError] = []) -> IngestedData {
        var data = IngestedData(moduleIDs: [])
        var report = FileReport(role: .population, path: "population.csv")
        report.counts = RowCounts(read: rejected + accepted, accepted: accepted, rejected: rejected)
        data.files = [report]
        for error in fatal {
            var failed = FileReport(role: .roster, path: "roster.csv")
            failed.fatal = error
            data.files.append(failed)
        }
        return data
    }

    @Test(
        "ingestion's outcome",
        arguments: [
            (0, [], false, CapplanCommands.ExitStatus.success),
            (0, [], true, .success),
            (2, [], false, .success),
            (2, [], true, .dataError),
            (0, [noHeader], false, .dataError),
            (0, [missing], false, .inputMissing),
            (0, [noHeader, missing], false, .inputMissing),
            (2, [missing], true, .inputMissing),
        ] as [(Int, [IngestionError], Bool, CapplanCommands.ExitStatus)])
    func forIngestion(rejected: Int, fatal: [IngestionError], strict: Bool, expected: CapplanCommands.ExitStatus) {
        #expect(
            CapplanCommands.ExitStatus.forIngestion(
                Self.data(rejected: rejected, fatal: fatal), strict: strict, maxRejectedShare: 1) == expected)
    }

    @Test(
        "a file rejecting more than max_rejected_share of its rows is a data error; equal to it is not",
        arguments: [
            (1, 9, 0.1, CapplanCommands.ExitStatus.success),
            (2, 9, 0.1, .dataError),
            (3, 7, 0.3, .success),
            (0, 0, 0, .success),
            (1, 0, 0.99, .dataError),
            (1, 0, 1, .success),
            (1, 1_000_000, 0, .dataError),
        ] as [(Int, Int, Double, CapplanCommands.ExitStatus)])
    func rejectedShare(rejected: Int, accepted: Int, share: Double, expected: CapplanCommands.ExitStatus) {
        let data = Self.data(rejected: rejected, accepted: accepted)
        #expect(CapplanCommands.ExitStatus.forIngestion(data, strict: false, maxRejectedShare: share) == expected)
    }
}
