import Foundation
import Testing

/// `capplan sample roster --regions FILE --out FILE` as a planner runs it, mostly in the earlier spelling
/// `capplan sample --regions FILE --roster-out FILE`: the built binary on a small regions file in a scratch folder.
@Suite("capplan sample roster (and sample --regions), end to end")
struct SampleRosterEndToEndTests {
    /// 12 kecamatan of a made-up kabupaten set: BPS-free Kemendagri codes, two written in other forms.
    static let regions = """
        kode,kecamatan,kabupaten,desa,kelurahan
        65.01.01,Tanjung Selor,Kabupaten Bulungan,6,3
        65.01.02,Sekatak,Kabupaten Bulungan,22,0
        65.01.03,Peso,Kabupaten Bulungan,10,0
        65.02.01,Kayan Hulu,Kabupaten Malinau,5,0
        65.02.02,Pujungan,Kabupaten Malinau,9,0
        65.02.03,Mentarang,Kabupaten Malinau,6,0
        650304,Lumbis,Kabupaten Nunukan,28,0
        65 03 05,Krayan,Kabupaten Nunukan,23,0
        65.03.06,Sebuku,Kabupaten Nunukan,10,0
        65.71.01,Tarakan Barat,Kota Tarakan,0,5
        65.71.02,Tarakan Tengah,Kota Tarakan,0,5
        65.71.03,Tarakan Timur,Kota Tarakan,0,7

        """

    /// A plan over the regions, a one-year population and the generated roster.
    static let plan = """
        regions = "regions.csv"
        population = ["population.csv"]
        roster = "roster.csv"
        base_year = 2025
        horizon = 2030

        """

    static let roster = ["sample", "--regions", "regions.csv", "--roster-out", "roster.csv", "--quiet"]

    /// A scratch folder holding the regions file, the plan and a population file.
    static func folder() throws -> ScratchFolder {
        let folder = try ScratchFolder()
        try folder.write(regions, to: "regions.csv")
        try folder.write(plan, to: "plan.toml")
        let codes = regions.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[0] }
        let population = codes.map { "\($0),Kecamatan,2025,10000" }.joined(separator: "\n")
        try folder.write("kode_kecamatan,kecamatan,tahun,penduduk\n" + population + "\n", to: "population.csv")
        return folder
    }

    @Test("capplan validate --strict accepts every generated row; 11 TKSK (one post of 12 vacant)")
    func validateAccepts() throws {
        let folder = try Self.folder()
        let sample = try folder.run(Self.roster + ["--seed", "7", "--as-of", "2024"])
        #expect(sample.exitCode == 0, "stderr: \(sample.stderr)")
        #expect(sample.stderr == "")
        let rows = try folder.read("roster.csv").split(separator: "\n").dropFirst()
        #expect(rows.filter { $0.contains(",TKSK,") }.count == 11)
        #expect(rows.allSatisfy { $0.hasPrefix("KTR-TKSK-") || $0.hasPrefix("KTR-PSM-") })
        #expect(rows.contains { $0.contains(",65.03.04,") } && rows.contains { $0.contains(",65.03.05,") })
        let result = try folder.run(["validate", "--config", "plan.toml", "--as-of", "2024", "--strict"])
        #expect(result.exitCode == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(
            result.stdout.contains("roster      roster.csv: read \(rows.count), accepted \(rows.count), rejected 0"))
    }

    @Test("the same arguments give a byte-identical file; the progress line gives the counts")
    func determinism() throws {
        let folder = try Self.folder()
        let first = try folder.run(Array(Self.roster.dropLast()))
        #expect(first.exitCode == 0, "stderr: \(first.stderr)")
        #expect(
            first.stderr.hasPrefix(
                "sample: synthetic roster roster.csv for 12 kecamatan: 11 TKSK (1 post vacant), "))
        let text = try folder.read("roster.csv")
        #expect(try folder.run(Self.roster + ["--force"]).exitCode == 0)
        #expect(try folder.read("roster.csv") == text)
        #expect(try folder.run(Self.roster + ["--force", "--seed", "8"]).exitCode == 0)
        #expect(try folder.read("roster.csv") != text)
    }

    @Test(
        "sample roster --regions F --out G (and --roster-out G) writes the same bytes as sample --regions F --roster-out G"
    )
    func spellings() throws {
        let folder = try Self.folder()
        #expect(try folder.run(Self.roster + ["--seed", "3"]).exitCode == 0)
        let text = try folder.read("roster.csv")
        for spelling in [["--out", "new.csv"], ["--roster-out", "new.csv"]] {
            let result = try folder.run(
                ["sample", "roster", "--regions", "regions.csv", "--seed", "3", "--quiet", "--force"] + spelling)
            #expect(result.exitCode == 0, "stderr: \(result.stderr)")
            #expect(try folder.read("new.csv") == text)
        }
    }

    @Test("an existing roster is not replaced without --force (73)")
    func refusesExisting() throws {
        let folder = try Self.folder()
        try folder.write("mine\n", to: "roster.csv")
        let result = try folder.run(Self.roster)
        #expect(result.exitCode == 73)
        #expect(
            result.stderr
                == "capplan: roster.csv: the file exists — choose another --roster-out, or pass --force to replace it\n"
        )
        #expect(try folder.read("roster.csv") == "mine\n")
    }

    @Test("a missing regions file exits 66; a rejected region row 65, and no roster is written")
    func badRegions() throws {
        let folder = try Self.folder()
        let missing = try folder.run(["sample", "--regions", "nope.csv", "--roster-out", "roster.csv"])
        #expect(missing.exitCode == 66, "stderr: \(missing.stderr)")
        try folder.write(Self.regions + "65.99,Not a kecamatan,,1,0\n", to: "regions.csv")
        let rejected = try folder.run(Self.roster)
        #expect(rejected.exitCode == 65)
        #expect(
            rejected.stderr.hasSuffix(
                "regions.csv: 1 row rejected — fix the regions file (capplan validate lists every row) and run again\n")
        )
        #expect(try folder.listing(".") == ["plan.toml", "population.csv", "regions.csv"])
    }

    @Test(
        "options that do not go together are usage errors (64)",
        arguments: [
            ["--regions", "regions.csv"], ["--roster-out", "roster.csv"],
            ["--regions", "regions.csv", "--roster-out", "roster.csv", "--kecamatan", "5"],
            ["--regions", "regions.csv", "--roster-out", "roster.csv", "--workers", "5"],
            ["--regions", "regions.csv", "--roster-out", "roster.csv", "--id-prefix", "K-1"],
            ["--out", "data", "--as-of", "2024"], [], ["roster", "--regions", "regions.csv"],
            ["country", "--out", "data", "--regions", "regions.csv"],
        ])
    func usage(options: [String]) throws {
        let folder = try Self.folder()
        let result = try folder.run(["sample"] + options)
        #expect(result.exitCode == 64, "stderr: \(result.stderr)")
        #expect(try folder.listing(".") == ["plan.toml", "population.csv", "regions.csv"])
    }
}
