import CapplanTestSupport
import Foundation
import Testing

@testable import CapplanCommands

/// The class plan end to end (docs/METHOD.md "Class plan"): the goldens of a small province with two venues, a
/// capacity and a partial travel table, and the rules on the real data of Kalimantan Utara.
@Suite("Class plan, end to end")
struct ClassPlanEndToEndTests {
    static let run = ["run", "--config", "plan.toml", "--out", "out", "--quiet", "--as-of", "2026"]

    @Test("classes.csv, class_assignments.csv, summary.json, the brief and the workbook: each as its golden file")
    func goldens() throws {
        let folder = try FixtureFolder("classes")
        let result = try folder.run(Self.run)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        for name in ["classes.csv", "class_assignments.csv", "summary.json", "brief.md"] {
            Golden.check(try folder.read("out/\(name)"), matches: "classes/\(name)")
        }
        Golden.check(
            try WorkbookParts.dump(folder.url.path + "/out/capplan.xlsx"), matches: "classes/capplan.xlsx.txt")
    }

    @Test("a what-if compares the class plans, the same whether the baseline is computed or read from its folder")
    func whatIf() throws {
        let folder = try FixtureFolder("classes")
        let whatIf = ["whatif", "--config", "plan.toml", "--scenario", "scenario.csv", "--quiet", "--as-of", "2026"]
        let computed = try folder.run(whatIf + ["--out", "computed"])
        #expect(computed.exitCode == 0, "stderr: \(computed.stderr)")
        let line = "class plan: baseline 12 classes, 118.46 jam; scenario 12 classes, 116.00 jam"
        #expect(computed.stdout.split(separator: "\n").last.map(String.init) == line)
        let brief = try folder.read("computed/brief.md")
        #expect(
            brief.contains(
                "| 2027 | 3 | 3 | 42,0 | 31,5 | −10,5 |\n| 2028 | 3 | 3 | 34,2 | 38,0 | +3,8 |\n"
                    + "| Jumlah | 12 | 12 | 118,5 | 116,0 | −2,5 |\n"))
        #expect(try folder.run(Self.run).exitCode == 0)
        let read = try folder.run(whatIf + ["--baseline", "out", "--out", "read"])
        #expect(read.exitCode == 0, "stderr: \(read.stderr)")
        #expect(read.stdout.split(separator: "\n").last.map(String.init) == line)
    }

    @Test("an --out folder holding the travel table is refused like any input's, and nothing is written")
    func travelIsAnInput() throws {
        let folder = try FixtureFolder("classes")
        try folder.write(try folder.read("travel.csv"), to: "tables/travel.csv")
        let plan = try folder.read("plan.toml").replacingOccurrences(
            of: "travel = \"travel.csv\"", with: "travel = \"tables/travel.csv\"")
        try folder.write(plan, to: "plan.toml")
        let result = try folder.run(["run", "--config", "plan.toml", "--out", "tables", "--quiet", "--force"])
        #expect(result.exitCode == 73)
        #expect(result.stderr == OutputSafetyEndToEndTests.holds("tables", "tables/travel.csv"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path + "/tables") == ["travel.csv"])
    }

    @Test("without venues the run writes no class files and says why in one line on stderr")
    func absent() throws {
        let folder = try FixtureFolder("run")
        let result = try folder.run(["run", "--config", "plan.toml", "--out", "out", "--as-of", "2026"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(
            result.stderr.split(separator: "\n").filter { $0.contains("class plan") } == [
                "no class plan: the plan lists no [[venues]] and the regions file marks no kabupaten capital "
                    + "(ibukota) — add [[venues]] to plan.toml"
            ])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path + "/out")
        #expect(!files.contains("classes.csv") && !files.contains("class_assignments.csv"))
    }

    /// `file` of a run folder as rows of cells by header name.
    static func rows(_ text: String) -> [[String: String]] {
        let lines = text.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test(
        "on the real data: seats as allocated, classes of at most 30 as each venue needs, travel no higher than either naive plan"
    )
    func realData() throws {
        let scratch = try TemporaryFolder("capplan-classes")
        let out = scratch.fileURL("out")
        let result = try CapplanProcess.run(
            ["run", "--config", "Data/plan.toml", "--out", out.path, "--as-of", "2026", "--quiet"],
            in: ExplainEndToEndTests.root)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        let read = { (name: String) in try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8) }
        let allocation = Self.rows(try read("allocation.csv"))
        let assignments = Self.rows(try read("class_assignments.csv"))
        let classes = Self.rows(try read("classes.csv"))
        // Per year and kecamatan, the seats placed in classes are allocation.csv's, and no kecamatan is added.
        var allocated: [String: Int] = [:]
        for row in allocation {
            allocated["\(row["tahun"]!) \(row["kode_kecamatan"]!)", default: 0] += Int(row["seats"]!)!
        }
        var placed: [String: Int] = [:]
        for row in assignments {
            placed["\(row["tahun"]!) \(row["kode_kecamatan"]!)", default: 0] += Int(row["seats"]!)!
        }
        #expect(placed == allocated.filter { $0.value > 0 })
        // Every class at most batch_size; each venue opens ⌈its trainees ÷ 30⌉ classes (limit_classes = false).
        #expect(classes.allSatisfy { Int($0["trainees"]!)! <= 30 && Int($0["trainees"]!)! >= 1 })
        let byVenue = Dictionary(grouping: classes, by: { "\($0["tahun"]!) \($0["kode_venue"]!)" })
        for (key, rows) in byVenue {
            let trainees = rows.reduce(0) { $0 + Int($1["trainees"]!)! }
            #expect(rows.count == (trainees + 29) / 30, "\(key)")
        }
        let perYear = Dictionary(grouping: classes, by: { $0["tahun"]! }).mapValues(\.count)
        #expect(perYear == ["2025": 11, "2026": 10, "2027": 11, "2028": 9, "2029": 10, "2030": 3])
        #expect(classes.allSatisfy { $0["travel_unit"] == "km" && $0["travel_basis"] == "jarak" })
        // The three figures of the note, over 2025–2030, from summary.json, and the plan held to 8 classes a year.
        let summary = try JSONSerialization.jsonObject(with: Data(try read("summary.json").utf8)) as! [String: Any]
        let years = (summary["class_plan"] as! [String: Any])["years"] as! [[String: Any]]
        let sum = { (key: String) in years.reduce(0.0) { $0 + ($1[key] as! Double) } }
        #expect(abs(sum("travel_total") - 75_935.35) < 0.005)
        #expect(abs(sum("travel_all_at_first_venue") - 182_189.22) < 0.005)
        #expect(abs(sum("travel_nearest_unmixed") - 75_935.35) < 0.005)
        #expect(abs(sum("travel_with_limit") - 78_743.20) < 0.005)
        #expect(years.map { $0["classes_with_limit"] as! Int } == [8, 8, 8, 8, 8, 2])
        for year in years {
            #expect((year["travel_total"] as! Double) <= (year["travel_all_at_first_venue"] as! Double))
            #expect(year["travel_total"] as! Double == year["travel_nearest_unmixed"] as! Double)
            #expect((year["classes"] as! Int) <= (year["classes_nearest_unmixed"] as! Int))
            #expect(year["proven_optimal"] as! Bool)
        }
    }
}
