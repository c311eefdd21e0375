import Testing

@testable import CapplanCommands

/// `--timings`: the table of stages, and what `capplan run` records in it.
@Suite("Stage timings")
struct StageTimingsTests {
    @Test("parts are listed under the stage recorded after them; milliseconds rounded half up")
    func table() {
        let timings = StageTimings()
        timings.record("ingest roster", .milliseconds(417))
        timings.record("analyse", .microseconds(51_500))
        timings.record("priorities.csv", .microseconds(2_499), depth: 1)
        timings.record("capplan.xlsx", .seconds(3.4567), depth: 1)
        timings.record("render and publish", .seconds(3.5))
        #expect(
            timings.table(total: .seconds(12.0004)) == """
                timings (wall clock, seconds):
                  ingest roster                        0.417
                  analyse                              0.052
                  render and publish                   3.500
                    priorities.csv                     0.002
                    capplan.xlsx                       3.457
                  total                               12.000

                """)
    }

    @Test("a name longer than the column keeps one space before the seconds")
    func longName() {
        #expect(
            StageTimings.line(String(repeating: "x", count: 40), .milliseconds(5), indent: 2)
                == "  " + String(repeating: "x", count: 40) + "    0.005")
    }

    @Test("capplan run --timings lists every stage of the run, even with --quiet")
    func endToEnd() throws {
        let folder = try FixtureFolder("run")
        let result = try folder.run(RunEndToEndTests.run + ["--timings"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.hasPrefix("timings (wall clock, seconds):\n"))
        let lines = result.stderr.split(separator: "\n").dropFirst()
        let name = { (line: Substring) in String(line.prefix(36)).trimmingCharacters(in: .whitespaces) }
        // The files are written on two threads, so the order of the parts may vary; the stages' may not.
        #expect(
            lines.filter { !$0.hasPrefix("    ") }.map(name) == [
                "read config", "ingest regions", "ingest population", "ingest roster", "analyse",
                "hash inputs, read previous run", "read map", "plan classes", "render and publish", "total",
            ])
        #expect(
            lines.filter { $0.hasPrefix("    ") }.map(name).sorted()
                == (RunEndToEndTests.outputs + ["capplan.xlsx"]).sorted())
    }
}
