import CapplanTestSupport
import Foundation
import Testing

/// `capplan whatif` and `capplan compare` on the built binary, over the run fixture and its
/// scenario (65.01.04 with its own schedule, kabupaten 65.01 at 2.5%).
@Suite("capplan whatif and compare, end to end")
struct WhatIfEndToEndTests {
    static let asOf = ["--as-of", "2026"]
    static let whatif =
        ["whatif", "--config", "plan.toml", "--scenario", "scenario.csv", "--out", "wi", "--quiet"] + asOf

    @Test("writes a run folder with the scenario, comparison.csv, the brief's comparison and baseline/")
    func scenarioRun() throws {
        let folder = try FixtureFolder("run")
        let result = try folder.run(Self.whatif)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.path + "/wi").sorted() == [
                "allocation.csv", "baseline", "brief.html", "brief.md", "capplan.xlsx", "comparison.csv",
                "manifest.json",
                "priorities.csv",
                "projection.csv", "rejects.csv", "summary.json", "training_needs.csv",
            ])
        Golden.check(try folder.read("wi/comparison.csv"), matches: "whatif/comparison.csv")
        let brief = try folder.read("wi/brief.md")
        let section = try #require(brief.range(of: "## Perbandingan dengan baseline"))
        // The comparison comes right after the summary and runs to the next section.
        let rest = brief[section.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        Golden.check(String(brief[section.lowerBound..<end]), matches: "whatif/brief_comparison.md")
        #expect(brief.range(of: "## Ringkasan")!.lowerBound < section.lowerBound)
        #expect(
            brief.hasPrefix(
                "# Skenario: scenario — rencana pelatihan TKSK dan PSM 2025–2028\n\n**Skenario, bukan rencana resmi.**")
        )
        let page = try folder.read("wi/brief.html")
        #expect(page.contains("<title>Skenario: scenario — rencana pelatihan TKSK dan PSM 2025–2028</title>"))
        #expect(page.contains("@top-center { content: \"SKENARIO — bukan rencana resmi\";"))
        #expect(page.contains("<p class=\"banner\">SKENARIO — bukan rencana resmi</p>"))
        #expect(!(try folder.read("wi/baseline/brief.html")).contains("SKENARIO"))
        // The scenario run's own files are those of `capplan run --scenario`; the baseline's of `capplan run`.
        Golden.check(try folder.read("wi/priorities.csv"), matches: "run/scenario_priorities.csv")
        Golden.check(try folder.read("wi/baseline/priorities.csv"), matches: "run/priorities.csv")
        #expect(try folder.read("wi/manifest.json").contains("\"comparison.csv\""))
    }

    @Test("compare of the baseline and the scenario folders gives whatif's comparison.csv; --baseline too")
    func oneCodePath() throws {
        let folder = try FixtureFolder("run")
        #expect(try folder.run(Self.whatif).exitCode == 0)
        let compared = try folder.run(["compare", "wi/baseline", "wi", "--out", "compared.csv"])
        #expect(compared.exitCode == 0, "stderr: \(compared.stderr)")
        #expect(try folder.read("compared.csv") == folder.read("wi/comparison.csv"))
        Golden.check(compared.stdout, matches: "whatif/compare_stdout.txt")
        #expect(try folder.run(["run", "--config", "plan.toml", "--out", "base", "--quiet"] + Self.asOf).exitCode == 0)
        let against = try folder.run(
            [
                "whatif", "--config", "plan.toml", "--scenario", "scenario.csv", "--baseline", "base", "--out", "wi2",
                "--quiet",
            ] + Self.asOf)
        #expect(against.exitCode == 0, "stderr: \(against.stderr)")
        #expect(try folder.read("wi2/comparison.csv") == folder.read("wi/comparison.csv"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.path + "/wi2/baseline"))
    }

    @Test("compare of a run with itself reports no change")
    func compareWithItself() throws {
        let folder = try FixtureFolder("run")
        #expect(try folder.run(Self.whatif).exitCode == 0)
        let result = try folder.run(["compare", "wi", "wi", "--out", "same.csv"])
        #expect(result.exitCode == 0)
        #expect(result.stdout == "capplan compare: wi → wi\nno change: 4 kecamatan, same ranks and figures\n")
        let rows = try folder.read("same.csv").split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        #expect(rows.count == 4)
        for row in rows {
            // rank, score, population, required, seats, allocated changes; top flags equal.
            for column in [4, 7, 10, 13, 16, 19] { #expect(["0", "0.000000", "0.00"].contains(String(row[column]))) }
            #expect(row[20] == row[21])
        }
    }

    @Test(
        "--variant writes robustness.csv and robustness.md (whatif variants, and whatif --variant)",
        arguments: [["whatif", "variants"], ["whatif"]])
    func robustness(command: [String]) throws {
        let folder = try FixtureFolder("run")
        try folder.write("kode,tahun,penduduk,pertumbuhan\n65,,,9%\n", to: "province.csv")
        let result = try folder.run(
            command + [
                "--config", "plan.toml", "--variant", "scenario.csv", "--variant", "province.csv", "--top",
                "2",
                "--out", "rob", "--quiet",
            ] + Self.asOf)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.path + "/rob").sorted() == [
                "robustness.csv", "robustness.md",
            ])
        Golden.check(try folder.read("rob/robustness.csv"), matches: "whatif/robustness.csv")
        Golden.check(try folder.read("rob/robustness.md"), matches: "whatif/robustness.md")
    }

    @Test(
        "a failed whatif leaves the previous folder byte for byte",
        arguments: [
            (["--scenario", "missing.csv"], Int32(66)),
            (["--baseline", "nowhere"], Int32(66)),
            (["--top", "0"], Int32(64)),
        ] as [([String], Int32)])
    func failedWhatIfKeepsFolder(extra: [String], code: Int32) throws {
        let folder = try FixtureFolder("run")
        #expect(try folder.run(Self.whatif).exitCode == 0)
        let before = try folder.read("wi/comparison.csv")
        let brief = try folder.read("wi/brief.md")
        let result = try folder.run(Self.whatif + extra)
        #expect(result.exitCode == code, "stderr: \(result.stderr)")
        #expect(try folder.read("wi/comparison.csv") == before)
        #expect(try folder.read("wi/brief.md") == brief)
        #expect(try folder.listing().filter { $0.hasPrefix(".wi") }.isEmpty, "a staging folder was left behind")
    }

    @Test("whatif scenario --scenario F writes what whatif --scenario F writes")
    func scenarioSpelling() throws {
        let folder = try FixtureFolder("run")
        #expect(try folder.run(Self.whatif).exitCode == 0)
        let spelled = ["whatif", "scenario"] + Self.whatif.dropFirst().map { $0 == "wi" ? "wi2" : $0 }
        let result = try folder.run(spelled)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        for file in ["comparison.csv", "priorities.csv", "baseline/priorities.csv"] {
            #expect(try folder.read("wi2/\(file)") == folder.read("wi/\(file)"), "\(file)")
        }
    }

    @Test("capplan whatif --help names both subcommands, scenario the default; each lists only its options")
    func help() throws {
        let folder = try FixtureFolder("run")
        let group = try folder.run(["whatif", "--help"])
        #expect(group.exitCode == 0)
        #expect(group.stdout.contains("USAGE: capplan whatif <subcommand>"), "\(group.stdout)")
        #expect(group.stdout.contains("  scenario (default)") && group.stdout.contains("  variants "))
        let scenario = try folder.run(["whatif", "scenario", "--help"])
        #expect(scenario.stdout.contains("--baseline <dir>") && !scenario.stdout.contains("--variant"))
        let variants = try folder.run(["whatif", "variants", "--help"])
        #expect(variants.stdout.contains("--variant <file>") && !variants.stdout.contains("--baseline"))
    }

    @Test("compare of a folder without priorities.csv exits 66 and names the file")
    func compareMissing() throws {
        let folder = try FixtureFolder("run")
        let result = try folder.run(["compare", "nowhere", "nowhere"])
        #expect(result.exitCode == 66)
        #expect(
            result.stderr
                == "capplan: nowhere/priorities.csv: no such file — give a run folder written by capplan run or "
                + "capplan whatif\n")
    }
}
