import CapplanErrors
import Testing

/// capplan's location, not Swift Testing's.
typealias Location = CapplanErrors.SourceLocation
/// capplan's exit status, not Swift Testing's.
typealias Status = CapplanErrors.ExitStatus

@Suite("SourceLocation and ProblemMessage: the one shape of capplan's messages")
struct ProblemMessageTests {
    @Test(
        "a location shows the line and column it knows",
        arguments: [
            (Location("a.csv", line: 7, column: 3), "a.csv:7:3"),
            (Location("a.csv", line: 7), "a.csv:7"),
            (Location("a.csv"), "a.csv"),
            (Location("a.csv", column: 3), "a.csv"),
        ])
    func location(location: Location, rendered: String) {
        #expect(location.description == rendered)
    }

    @Test("a message is LOCATION: what — what to do, each part left out when absent")
    func message() {
        let place = Location("plan.toml", line: 2, column: 5)
        #expect(
            ProblemMessage(place, "invalid TOML", remedy: "fix it").description
                == "plan.toml:2:5: invalid TOML — fix it")
        #expect(ProblemMessage(file: "out", "cannot lock").description == "out: cannot lock")
        #expect(ProblemMessage(nil, "not GeoJSON", remedy: "give one").description == "not GeoJSON — give one")
        #expect(ProblemMessage(nil, "3 rows rejected").description == "3 rows rejected")
    }

    @Test("a message placed at a file keeps its words")
    func placed() {
        let message = ProblemMessage(nil, "not GeoJSON", remedy: "give one").at(Location("map.geojson"))
        #expect(message.description == "map.geojson: not GeoJSON — give one")
    }

    /// A failure with a fixed message.
    struct Sample: CapplanFailure {
        var message: ProblemMessage { ProblemMessage(file: "roster.csv", "file not found", remedy: "check it") }
        var exitStatus: Status { .inputMissing }
    }

    @Test("a failure's description is its message")
    func failure() {
        #expect(Sample().description == "roster.csv: file not found — check it")
        #expect("\(Sample())" == "roster.csv: file not found — check it")
    }

    @Test(
        "exit statuses are the sysexits codes",
        arguments: [
            (Status.success, 0), (.usage, 64), (.dataError, 65), (.inputMissing, 66), (.software, 70),
            (.cantCreate, 73), (.tempFail, 75),
        ] as [(Status, Int32)])
    func statuses(status: Status, code: Int32) {
        #expect(status.rawValue == code)
    }
}
