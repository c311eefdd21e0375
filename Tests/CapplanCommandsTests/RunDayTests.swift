import Foundation
import Testing

@testable import CapplanCommands

@Suite("RunDay: the date a run's brief and workbook carry")
struct RunDayTests {
    static let started = Date(timeIntervalSince1970: 1_764_504_000)  // 2025-11-30T12:00:00Z

    @Test("the UTC day the run started, at 00:00")
    func day() {
        #expect(RunDay.created(started: Self.started, environment: [:]) == Date(timeIntervalSince1970: 1_764_460_800))
    }

    @Test(
        "SOURCE_DATE_EPOCH: taken as given, kept within 1970-01-02…9999-12-31, ignored when not whole seconds",
        arguments: [
            ("1764460800", 1_764_460_800.0), ("0", 86_400), ("-5", 86_400), ("99999999999999", 253_402_214_400),
            ("9223372036854775807", 253_402_214_400), ("abc", 1_764_460_800), ("1.5", 1_764_460_800),
            ("", 1_764_460_800),
        ])
    func sourceDateEpoch(value: String, expected: Double) {
        let date = RunDay.created(started: Self.started, environment: ["SOURCE_DATE_EPOCH": value])
        #expect(date == Date(timeIntervalSince1970: expected))
    }
}
