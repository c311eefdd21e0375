import CapplanFuzzing
import Foundation
import Ingestion
import Testing

/// Every input of the committed corpora (the seeds, and each input a fuzzer found that broke a property,
/// kept as `regression-*` once fixed) still holds its target's property: the fuzz targets' regression
/// tests, run by `make test` (docs/TESTING.md "Fuzzing").
@Suite("fuzz corpora: every seed and every past finding holds its property")
struct CorpusReplayTests {
    /// The corpus folder of `target`.
    static func corpus(_ target: FuzzTarget) throws -> String {
        try #require(Bundle.module.resourceURL).appendingPathComponent("Corpus/\(target.rawValue)").path
    }

    @Test("each target's corpus", arguments: FuzzTarget.allCases)
    func replay(target: FuzzTarget) throws {
        let files = FuzzCorpus.files([try Self.corpus(target)])
        #expect(files.count >= 3, "the \(target.rawValue) corpus has \(files.count) inputs")
        let scratch = try FuzzScratch()
        for path in files {
            let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
            #expect(target.check(bytes, in: scratch) == nil, "\(path)")
        }
    }

    @Test("the properties can fail: a message echoing a 16-digit number, an unbalanced count")
    func propertiesCanFail() throws {
        let scratch = try FuzzScratch()
        let message = "roster.csv:3:2: peran: unknown role (\"3201234567890123\")"
        #expect(
            Invariants.echoedNumber(in: ["fine: 2024", message], scratch: scratch)
                == "a message echoes a number of 12 or more digits: \(message)")
        #expect(Invariants.echoedNumber(in: [scratch.file("x.csv") + ": 65.01.01"], scratch: scratch) == nil)
        #expect(
            Invariants.unbalanced([("roster.csv", RowCounts(read: 5, accepted: 3, rejected: 1, skipped: 0))])
                == "roster.csv: read 5 ≠ accepted 3 + rejected 1 + skipped 0")
    }

    @Test("the pipeline seed with a map publishes every output, twice, and reads its ranking back")
    func pipelineSeedPublishes() throws {
        let scratch = try FuzzScratch()
        let seed = try Self.corpus(.pipeline) + "/seed-run-map"
        let bytes = [UInt8](try #require(FileManager.default.contents(atPath: seed)))
        #expect(FuzzTarget.pipeline.check(bytes, in: scratch) == nil)
        let files = try FileManager.default.contentsOfDirectory(atPath: scratch.file("out")).sorted()
        #expect(
            files == [
                "allocation.csv", "brief.html", "brief.md", "capplan.xlsx", "manifest.json", "priorities.csv",
                "projection.csv", "rejects.csv", "summary.json", "training_needs.csv",
            ])
        let brief = try String(contentsOfFile: scratch.file("out/brief.md"), encoding: .utf8)
        #expect(brief.contains("Rank changes"))
    }

    @Test("the pipeline seed with venues and a travel table publishes the class plan, twice")
    func classSeedPublishes() throws {
        let scratch = try FuzzScratch()
        let seed = try Self.corpus(.pipeline) + "/seed-classes"
        let bytes = [UInt8](try #require(FileManager.default.contents(atPath: seed)))
        #expect(FuzzTarget.pipeline.check(bytes, in: scratch) == nil)
        let files = try FileManager.default.contentsOfDirectory(atPath: scratch.file("out")).sorted()
        #expect(files.contains("classes.csv") && files.contains("class_assignments.csv"))
        let classes = try String(contentsOfFile: scratch.file("out/classes.csv"), encoding: .utf8)
        #expect(classes.split(separator: "\n").count == 13)
    }
}
