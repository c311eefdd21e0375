import Ingestion
import Testing

@testable import CapplanCommands

@Suite("ValidationSummary: reject groups and the text summary")
struct ValidationSummaryTests {
    /// A roster report with `count` rejected rows of one kind and, after them, one of another kind.
    static func roster(rejected count: Int) -> FileReport {
        var report = FileReport(role: .roster, path: "roster.csv")
        for index in 0..<count {
            report.rejects.append(
                Diagnostic(
                    severity: .error, file: "roster.csv", line: index + 2, column: 3,
                    reason: "peran: unknown role", value: "Pendamping", hint: "use TKSK or PSM"))
        }
        report.rejects.append(
            Diagnostic(
                severity: .error, file: "roster.csv", line: count + 2, column: 1,
                reason: "id: duplicate of line 2 in roster.csv", value: "W001", hint: "give every worker a unique id",
                category: "id: duplicate"))
        report.counts = RowCounts(read: count + 3, accepted: 2, rejected: count + 1, skipped: 0)
        return report
    }

    static func summary(
        _ files: [FileReport], warnings: [Diagnostic] = [], status: CapplanCommands.ExitStatus = .success
    )
        -> ValidationSummary
    {
        var data = IngestedData(moduleIDs: [])
        data.files = files
        data.warnings = warnings
        return ValidationSummary(
            config: "plan.toml", data: data, years: .init(base: 2024, horizon: 2030, priority: 2030), exitCode: status)
    }

    @Test("rejects are grouped by category, in order of first appearance, with at most 3 examples")
    func grouping() {
        let summary = Self.summary([Self.roster(rejected: 5)])
        let groups = summary.files[0].rejects
        #expect(groups.map(\.reason) == ["peran: unknown role", "id: duplicate"])
        #expect(groups.map(\.count) == [5, 1])
        #expect(
            groups[0].examples == [
                "roster.csv:2:3: peran: unknown role (\"Pendamping\") — use TKSK or PSM",
                "roster.csv:3:3: peran: unknown role (\"Pendamping\") — use TKSK or PSM",
                "roster.csv:4:3: peran: unknown role (\"Pendamping\") — use TKSK or PSM",
            ])
        #expect(
            groups[1].examples == [
                "roster.csv:7:1: id: duplicate of line 2 in roster.csv (\"W001\") — give every worker a unique id"
            ])
        #expect(summary.rejectedRows == 6)
    }

    @Test("the text names the rows left out of the examples")
    func andMore() {
        let text = Self.summary([Self.roster(rejected: 5)]).text
        #expect(
            text == """
                capplan validate: plan.toml
                years: base 2024, horizon 2030, priority 2030

                roster  roster.csv: read 8, accepted 2, rejected 6, skipped 0
                  rejected 5 × peran: unknown role
                    roster.csv:2:3: peran: unknown role ("Pendamping") — use TKSK or PSM
                    roster.csv:3:3: peran: unknown role ("Pendamping") — use TKSK or PSM
                    roster.csv:4:3: peran: unknown role ("Pendamping") — use TKSK or PSM
                    … and 2 more
                  rejected 1 × id: duplicate
                    roster.csv:7:1: id: duplicate of line 2 in roster.csv ("W001") — give every worker a unique id

                result: 1 file read, 6 rows rejected (exit code 0)

                """)
    }

    @Test("exactly 3 rows of a kind: no \"… and N more\" line")
    func exactlyThree() {
        let text = Self.summary([Self.roster(rejected: 3)]).text
        #expect(!text.contains("more"))
        #expect(text.contains("  rejected 3 × peran: unknown role\n"))
    }

    static let warning = Diagnostic(
        severity: .warning, file: "population.csv", line: nil, column: nil,
        reason: "kecamatan 65.02.01 Mentarang has no desa count, so per_desa norms count 0 desa", value: nil,
        hint: "add a desa column")

    @Test(
        "the result line counts in singular and plural",
        arguments: [
            (0, 1, 0, "result: 1 file read, 0 rows rejected (exit code 0)"),
            (1, 1, 1, "result: 1 file read, 1 row rejected, 1 warning (exit code 0)"),
            (2, 2, 2, "result: 2 files read, 2 rows rejected, 2 warnings (exit code 0)"),
        ])
    func resultLine(rejected: Int, files: Int, warnings: Int, expected: String) {
        var report = FileReport(role: .roster, path: "roster.csv")
        report.counts = RowCounts(read: rejected, rejected: rejected)
        report.rejects = Self.roster(rejected: rejected).rejects.prefix(rejected).map { $0 }
        let others = (1..<max(files, 1)).map { FileReport(role: .population, path: "population\($0).csv") }
        let text = Self.summary([report] + others, warnings: Array(repeating: Self.warning, count: warnings)).text
        #expect(text.hasSuffix("\n\(expected)\n"), "\(text)")
    }

    @Test("a fatal error is shown under its file and counted as failed, with the exit code")
    func fatal() {
        var report = FileReport(role: .roster, path: "roster.csv")
        report.fatal = .csv(.fileNotFound(path: "roster.csv"))
        let text = Self.summary([report], status: .inputMissing).text
        #expect(text.contains("\n  FATAL roster.csv: file not found — check the file name and the folder it is in\n"))
        #expect(text.hasSuffix("\nresult: 0 files read, 0 rows rejected, 1 file failed (exit code 66)\n"))
    }

    @Test("warnings are repeated at the end")
    func warningsAtTheEnd() {
        let text = Self.summary([FileReport(role: .population, path: "population.csv")], warnings: [Self.warning]).text
        #expect(
            text.contains(
                "\nwarnings (1):\n  population.csv: kecamatan 65.02.01 Mentarang has no desa count,"
                    + " so per_desa norms count 0 desa — add a desa column\n"))
    }
}
