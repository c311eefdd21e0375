import Analysis
import CapplanTestSupport
import Foundation
import Testing

@testable import CapplanCommands

/// Reading a run folder back for `capplan compare`, `whatif --baseline` and the previous-run ranks:
/// every problem with its exact message.
@Suite("RunFolderReader: priorities.csv and allocation.csv of a run folder")
struct RunFolderReaderTests {
    static let header =
        "rank,kode_kecamatan,kecamatan,kabupaten,population_base,population_year,growth_rate,required,active,"
        + "trained,staffing_gap,training_seats,readiness,pressure,active_per_10k,untrained_share_base,score\n"
    static let row =
        "1,65.01.05,Tanjung Selor,Kabupaten Bulungan,54409,60874,0.038136,17,2.57,0.00,14.43,32.43,"
        + "0.073489,23667,0.42,0.428571,0.884890\n"

    /// A folder holding `files`, removed after `body`.
    private func withFolder<T>(_ files: [String: String], _ body: (String) throws -> T) throws -> T {
        let folder = try TemporaryFolder("capplan-rf")
        for (name, text) in files { try folder.write(name, text) }
        return try body(folder.path)
    }

    private func failure(_ files: [String: String]) throws -> String {
        try withFolder(files) { folder in
            do {
                _ = try RunFolderReader.ranking(in: folder)
                return "no error"
            } catch let error as RunFolderReader.ReadError {
                return error.description.replacingOccurrences(of: folder, with: "DIR")
            }
        }
    }

    @Test("a folder written by capplan run reads back, with the seats of allocation.csv summed over the years")
    func reads() throws {
        let ranking = try withFolder([
            "priorities.csv": Self.header + Self.row,
            "allocation.csv": "tahun,rank,kode_kecamatan,seats\n2025,1,65.01.05,20\n2026,1,65.01.05,10\n",
        ]) { try RunFolderReader.ranking(in: $0) }
        #expect(ranking.map(\.code.description) == ["65.01.05"])
        #expect(ranking.map(\.rank) == [1])
        #expect(ranking.map(\.score) == [0.884890])
        #expect(ranking.map(\.population) == [60874])
        #expect(ranking.map(\.required) == [17])
        #expect(ranking.map(\.trainingSeats) == [32.43])
        #expect(ranking.map(\.allocatedSeats) == [30])
    }

    @Test(
        "each problem of priorities.csv, with its exact message",
        arguments: [
            (
                [String: String](),
                "DIR/priorities.csv: no such file — give a run folder written by capplan run or capplan whatif"
            ),
            (["priorities.csv": ""], "DIR/priorities.csv: empty file — give a run folder written by capplan run"),
            (
                ["priorities.csv": "rank,kode_kecamatan,kecamatan\n1,65.01.05,Tanjung Selor\n"],
                "DIR/priorities.csv:1: no column score — give a run folder written by capplan run or capplan whatif"
            ),
            (
                ["priorities.csv": Self.header + Self.row.replacingOccurrences(of: "0.884890", with: "tinggi")],
                "DIR/priorities.csv:2:17: score is not a number (\"tinggi\") — the file has been edited; run capplan again"
            ),
            (
                ["priorities.csv": Self.header + Self.row.replacingOccurrences(of: "65.01.05", with: "65.01")],
                "DIR/priorities.csv:2:2: not a kecamatan code (\"65.01\") — the file has been edited; run capplan again"
            ),
            (
                ["priorities.csv": Self.header + "1,65.01.05,Tanjung Selor\n"],
                "DIR/priorities.csv:2: the row is shorter than the header — the file has been cut or edited; run capplan again"
            ),
            (
                [
                    "priorities.csv": Self.header + Self.row,
                    "allocation.csv": "tahun,rank,kode,kursi\n2025,1,65.01.05,20\n",
                ],
                "DIR/allocation.csv:1: no column kode_kecamatan or seats — give a run folder written by capplan run or capplan whatif"
            ),
            (
                [
                    "priorities.csv": Self.header + Self.row,
                    "allocation.csv": "tahun,rank,kode_kecamatan,seats\n2025,1,65.01.05,dua puluh\n",
                ],
                "DIR/allocation.csv:2: not a kecamatan code and a seat count — the file has been edited; run capplan again"
            ),
            (
                ["priorities.csv": Self.header + "-9223372036854775808" + Self.row.dropFirst()],
                "DIR/priorities.csv:2:1: rank -9223372036854775808 is outside 1–1000000 — the file has been edited; "
                    + "run capplan again"
            ),
            (
                ["priorities.csv": Self.header + "0" + Self.row.dropFirst()],
                "DIR/priorities.csv:2:1: rank 0 is outside 1–1000000 — the file has been edited; run capplan again"
            ),
            (
                [
                    "priorities.csv": Self.header + Self.row,
                    "allocation.csv": "tahun,rank,kode_kecamatan,seats\n2025,1,65.01.05,9223372036854775807\n",
                ],
                "DIR/allocation.csv:2: not a kecamatan code and a seat count — the file has been edited; run capplan again"
            ),
        ] as [([String: String], String)])
    func problems(files: [String: String], message: String) throws {
        #expect(try failure(files) == message)
    }

    @Test("classes.csv reads back as classes and travel per year; a folder without it has no class plan")
    func classPlan() throws {
        let classes =
            "tahun,kelas,kode_venue,venue,trainees,trainees_per_kecamatan,travel_total,travel_mean,travel_unit,"
            + "travel_basis\n2025,1,65.01.05,A,8,65.01.05 8,0.00,0.00,jam,tabel\n"
            + "2025,2,65.02.02,B,4,65.01.05 4,16.06,4.02,jam,perkiraan_jarak\n2026,1,65.01.05,A,6,65.01.05 6,1.50,0.25,jam,tabel\n"
        let summary = try withFolder(["classes.csv": classes]) { try RunFolderReader.classPlan(in: $0) }
        #expect(
            summary
                == ClassPlanSummary(
                    unit: .hours,
                    years: [.init(year: 2025, classes: 2, travel: 16.06), .init(year: 2026, classes: 1, travel: 1.5)]))
        #expect(try withFolder([:]) { try RunFolderReader.classPlan(in: $0) } == nil)
    }

    @Test(
        "each problem of classes.csv, with its exact message",
        arguments: [
            (
                "tahun,kelas,travel_total\n2025,1,3.00\n",
                "DIR/classes.csv:1: no column travel_unit — give a run folder written by capplan run or capplan whatif"
            ),
            (
                "tahun,travel_total,travel_unit\n2025,3.00,km\n2025,1.00,jam\n",
                "DIR/classes.csv:3: not a year, a travel figure and the file's one travel unit — the file has been "
                    + "edited; run capplan again"
            ),
            (
                "tahun,travel_total,travel_unit\n2025,-3,km\n",
                "DIR/classes.csv:2: not a year, a travel figure and the file's one travel unit — the file has been "
                    + "edited; run capplan again"
            ),
            (
                "tahun,travel_total,travel_unit\n2025,3\n",
                "DIR/classes.csv:2: the row is shorter than the header — the file has been cut or edited; run capplan again"
            ),
        ] as [(String, String)])
    func classProblems(text: String, message: String) throws {
        let found = try withFolder(["classes.csv": text]) { folder in
            do {
                _ = try RunFolderReader.classPlan(in: folder)
                return "no error"
            } catch let error as RunFolderReader.ReadError {
                return error.description.replacingOccurrences(of: folder, with: "DIR")
            }
        }
        #expect(found == message)
    }

    @Test("the previous run's ranks: a folder without priorities.csv has none, which is no error")
    func previousRanks() throws {
        #expect(try withFolder([:]) { PreviousRun.ranks(in: $0) } == nil)
        let ranks = try withFolder(["priorities.csv": Self.header + Self.row]) { PreviousRun.ranks(in: $0) }
        #expect(ranks?.count == 1)
        #expect(ranks?.first?.value == 1)
        let damaged = Self.header + "-9223372036854775808" + Self.row.dropFirst()
        #expect(try withFolder(["priorities.csv": damaged]) { PreviousRun.ranks(in: $0) } == nil)
    }
}
