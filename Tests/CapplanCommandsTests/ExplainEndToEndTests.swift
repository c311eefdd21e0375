import CapplanTestSupport
import Foundation
import Testing

/// `capplan explain KODE` on the built binary: the repository's own plan (Data/plan.toml, run from
/// the repository's root so every path in the output is relative), and the small province of
/// `Fixtures/run` for the kecamatan that cannot be explained.
@Suite("capplan explain, end to end")
struct ExplainEndToEndTests {
    /// The repository's root, from this file's place in the source tree.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let options = ["--config", "Data/plan.toml", "--as-of", "2026", "--quiet"]

    static func explain(_ arguments: [String]) throws -> CapplanResult {
        try CapplanProcess.run(["explain"] + arguments + options, in: root)
    }

    @Test("65.01.04 on the real data: the text in both languages and the JSON match their golden files")
    func golden() throws {
        let text = try Self.explain(["65.01.04"])
        #expect(text.exitCode == 0, "stderr: \(text.stderr)")
        #expect(text.stderr == "")
        Golden.check(text.stdout, matches: "explain/65.01.04.txt")
        let english = try Self.explain(["65.01.04", "--lang", "en"])
        Golden.check(english.stdout, matches: "explain/65.01.04_en.txt")
        let json = try Self.explain(["65.01.04", "--json"])
        #expect(json.exitCode == 0, "stderr: \(json.stderr)")
        Golden.check(json.stdout, matches: "explain/65.01.04.json")
    }

    @Test("the code may be written 650104 or as its BPS code 6502060: the same explanation")
    func otherForms() throws {
        let canonical = try Self.explain(["65.01.04"]).stdout
        for form in ["650104", "6502060", " 65-01-04 "] {
            let result = try Self.explain([form])
            #expect(result.exitCode == 0, "\(form): \(result.stderr)")
            #expect(result.stdout == canonical, "\(form)")
        }
    }

    @Test("for every ranked kecamatan of a real run, the explanation adds up to priorities.csv and summary.json")
    func everyRankedKecamatan() throws {
        let scratch = try TemporaryFolder("capplan-explain")
        let out = scratch.fileURL("out")
        let run = try CapplanProcess.run(["run", "--out", out.path] + Self.options, in: Self.root)
        #expect(run.exitCode == 0, "stderr: \(run.stderr)")
        let csv = try String(contentsOf: out.appendingPathComponent("priorities.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        // Columns by header name: priorities.csv may grow (data_note came last).
        let header = lines[0].map(String.init)
        func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name)) }
        let (rankColumn, codeColumn, scoreColumn) = (
            try column("rank"), try column("kode_kecamatan"), try column("score")
        )
        let (readinessColumn, pressureColumn, growthColumn) =
            (try column("readiness"), try column("pressure"), try column("growth_rate"))
        let untrainedColumn = try column("untrained_share_base")
        let rows = Array(lines.dropFirst())
        let summary = try JSONObject(contentsOf: out.appendingPathComponent("summary.json"))
        let records = try #require(summary["kecamatan"] as? [[String: Any]])
        #expect(rows.count == 55)
        for (row, record) in zip(rows, records) {
            let code = String(row[codeColumn])
            #expect(record["kode_kecamatan"] as? String == code)
            let result = try Self.explain([code, "--json"])
            #expect(result.exitCode == 0, "\(code): \(result.stderr)")
            let explanation = try JSONObject(text: result.stdout)
            let score = try #require(Double(row[scoreColumn]))
            #expect(explanation["score"] as? Double == score, "\(code)")
            #expect(explanation["rank"] as? Int == Int(row[rankColumn]), "\(code)")
            let parts = try #require(explanation["components"] as? [[String: Any]])
            let components = try #require(record["components"] as? [String: Double])
            let contributions = try #require(record["contributions"] as? [String: Double])
            var sum = 0.0
            for part in parts {
                let key = try #require(part["component"] as? String)
                #expect(part["value"] as? Double == components[key], "\(code) \(key)")
                #expect(part["contribution"] as? Double == contributions[key], "\(code) \(key)")
                sum += try #require(part["contribution"] as? Double)
            }
            // Five figures each rounded to 6 decimals: the sum is the score within 2.5 units of the 7th decimal.
            #expect(abs(sum - score) <= 2.5e-6, "\(code): \(sum) ≠ \(score)")
            // The raw values are the figures of priorities.csv: readiness gap = 1 − readiness.
            let gap = try #require(parts[0]["raw"] as? Double)
            #expect(String(format: "%.6f", 1 - gap) == String(row[readinessColumn]), "\(code) readiness")
            #expect(parts[1]["raw"] as? Double == Double(row[pressureColumn]), "\(code) pressure")
            #expect(parts[2]["raw"] as? Double == Double(row[growthColumn]), "\(code) growth")
            #expect(parts[3]["raw"] as? Double == Double(row[untrainedColumn]), "\(code) untrained share")
        }
    }

    @Test(
        "a code that is not a kecamatan code exits 64 with the exact message, before reading anything",
        arguments: [
            (
                "65.01",
                "KODE \"65.01\": kabupaten/kota code, not a kecamatan code — write the Kemendagri code as 65.02.01 "
                    + "or 650201, or the 7-digit BPS code"
            ),
            (
                "Tanjung",
                "KODE \"Tanjung\": not a kecamatan code — write the Kemendagri code as 65.02.01 or 650201, or the "
                    + "7-digit BPS code"
            ),
            (
                "65.01.04.2001",
                "KODE \"65.01.04.2001\": desa code, not a kecamatan code — write the kecamatan code: the first three "
                    + "parts, e.g. 65.02.01"
            ),
            (
                "",
                "KODE \"\": no kecamatan code given — write the Kemendagri code as 65.02.01 or 650201, or the 7-digit BPS code"
            ),
        ])
    func notAKecamatanCode(code: String, message: String) throws {
        let result = try CapplanProcess.run(
            ["explain", code, "--config", "missing.toml", "--as-of", "2026"], in: Self.root)
        #expect(result.exitCode == 64)
        #expect(result.stdout == "")
        #expect(result.stderr == "capplan: \(message)\n")
    }

    @Test(
        "a kecamatan that is not ranked exits 65 with the exact message naming it",
        arguments: [
            (
                "65.71.01",
                "65.71.01 Tarakan Barat is not ranked: it has no population figure in population.csv — add its rows "
                    + "to rank it"
            ),
            (
                "65.09.09",
                "65.09.09 is not a kecamatan of this run: it is not in the regions file regions.csv — check the code"
            ),
            (
                "6599999",
                "KODE \"6599999\": BPS code not in the kode_bps column of regions.csv — check the code, or give the "
                    + "Kemendagri code"
            ),
        ])
    func notRanked(code: String, message: String) throws {
        let folder = try FixtureFolder("run")
        let result = try folder.run(["explain", code, "--config", "plan.toml", "--as-of", "2026", "--quiet"])
        #expect(result.exitCode == 65)
        #expect(result.stdout == "")
        #expect(result.stderr == "capplan: \(message)\n")
    }

    @Test("a missing config exits 66, a rejected row under --strict 65, as for capplan run")
    func inputErrors() throws {
        let folder = try FixtureFolder("run")
        let missing = try folder.run(["explain", "65.01.04", "--config", "missing.toml", "--quiet"])
        #expect(missing.exitCode == 66)
        #expect(
            missing.stderr
                == "capplan: missing.toml: no such config file — check the path, or pass another file with --config\n")
        let strict = try folder.run([
            "explain", "65.01.04", "--config", "plan.toml", "--as-of", "2026", "--strict", "--quiet",
        ])
        #expect(strict.exitCode == 65)
        #expect(strict.stdout == "")
    }
}

/// A JSON object read with JSONSerialization.
private func JSONObject(text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

/// A JSON object read from a file.
private func JSONObject(contentsOf url: URL) throws -> [String: Any] {
    try JSONObject(text: String(decoding: try Data(contentsOf: url), as: UTF8.self))
}
