import CapplanTestSupport
import Testing

@testable import Ingestion

/// The class plan's inputs (docs/INPUTS.md "Plan config", "Regions" `ibukota`, "Travel").
@Suite("Class plan inputs: venues, travel, the regions file's seats")
struct ClassPlanInputsTests {
    /// The plan `body` after the two required keys.
    private func parse(_ body: String) throws(ConfigError) -> PlanConfig {
        try PlanConfigLoader.parse("population = \"p.csv\"\nroster = \"r.csv\"\n" + body, path: "data/plan.toml")
    }

    @Test("venues in the plan's order, names and capacities optional; travel resolved; the class keys of [training]")
    func venues() throws {
        let config = try parse(
            """
            travel = "reference/travel.csv"
            [training]
            seats_per_year = 60
            batch_size = 30
            limit_classes = true
            travel_measure = "cost"
            [[venues]]
            kecamatan = "65.02.02"
            capacity = 1
            [[venues]]
            kecamatan = "65.01.05"
            name = "Balai Diklat"
            capacity = 1
            """)
        #expect(
            config.classes
                == ClassPlanSettings(
                    venues: [
                        PlanVenue(code: kec("65.02.02"), capacity: 1),
                        PlanVenue(code: kec("65.01.05"), name: "Balai Diklat", capacity: 1),
                    ],
                    travel: "data/reference/travel.csv", measure: .cost, limitClasses: true))
    }

    @Test("without any of it: no venue, no table, no measure, no limit")
    func defaults() throws {
        #expect(try parse("").classes == ClassPlanSettings())
    }

    static let bad: [BadConfig] = [
        BadConfig(
            "venue without a kecamatan", "[[venues]]\nname = \"Balai\"",
            "plan.toml: required key `venues[1].kecamatan` is missing — add it (see docs/INPUTS.md \"Plan config\")"),
        BadConfig(
            "venue code of a kabupaten", "[[venues]]\nkecamatan = \"65.01\"",
            "plan.toml: `venues[1].kecamatan` \"65.01\" is not a Kemendagri kecamatan code — write the code of the "
                + "venue's kecamatan as 65.01.05"),
        BadConfig(
            "the same venue twice", "[[venues]]\nkecamatan = \"65.01.05\"\n[[venues]]\nkecamatan = \"65.01.05\"",
            "plan.toml: `venues[2].kecamatan` 65.01.05 is already the kecamatan of venues[1] — list each venue once"),
        BadConfig(
            "capacity 0", "[[venues]]\nkecamatan = \"65.01.05\"\ncapacity = 0",
            "plan.toml: `venues[1].capacity` is 0, must be from 1 to 1000000 — give the classes the venue can hold "
                + "in a year, or leave capacity out for no limit"),
        BadConfig(
            "an empty name", "[[venues]]\nkecamatan = \"65.01.05\"\nname = \"\"",
            "plan.toml: `venues[1].name` is empty — give the venue's name, or leave name out to use the kecamatan's"),
        BadConfig(
            "an unknown venue key", "[[venues]]\nkecamatan = \"65.01.05\"\ncapasity = 2",
            "plan.toml: unknown key `venues[1].capasity` — did you mean `venues[1].capacity`?"),
        BadConfig(
            "capacities too small for the seats",
            "[training]\nseats_per_year = 100\nbatch_size = 30\n[[venues]]\nkecamatan = \"65.01.05\"\ncapacity = 2\n"
                + "[[venues]]\nkecamatan = \"65.02.02\"\ncapacity = 1",
            "plan.toml: `venues` hold at most 3 classes a year, and seats_per_year = 100 with batch_size = 30 may "
                + "need 4 — raise a venue's capacity, or leave capacity out for no limit"),
        BadConfig(
            "a measure the table has not", "[training]\ntravel_measure = \"km\"",
            "plan.toml: `training.travel_measure` is \"km\", must be \"hours\" or \"cost\" — name the travel table's "
                + "figure the class plan keeps low: hours (jam) or cost (biaya)"),
        BadConfig(
            "limit_classes as a string", "[training]\nlimit_classes = \"yes\"",
            "plan.toml: `training.limit_classes` must be true or false, not a string — change its value to true or "
                + "false"),
        BadConfig(
            "an empty travel file name", "travel = \"\"",
            "plan.toml: `travel` is empty — name a file, relative to the config file's folder"),
    ]

    @Test("a bad class setting names the key, the rule and what to do", arguments: bad)
    func badSetting(_ bad: BadConfig) {
        #expect(
            thrownMessage { () throws(ConfigError) in _ = try PlanConfigLoader.parse(bad.toml, path: "plan.toml") }
                == bad.message)
    }

    @Test("capacities that hold the seats pass, and a venue without one means no limit")
    func enoughCapacity() throws {
        let enough =
            "[training]\nseats_per_year = 90\nbatch_size = 30\n[[venues]]\nkecamatan = \"65.01.05\"\ncapacity = 3"
        #expect(try parse(enough).classes.venues.count == 1)
        let open = enough + "\n[[venues]]\nkecamatan = \"65.02.02\"\n"
        #expect(
            try parse(open.replacingOccurrences(of: "capacity = 3", with: "capacity = 1")).classes.venues.count == 2)
    }

    @Test("ibukota: ya and its spellings mark the seat, tidak or nothing does not, another word rejects the row")
    func capitals() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write(
            "regions.csv",
            """
            kode,kecamatan,ibukota
            65.01.04,Tanjung Palas Timur,
            65.01.05,Tanjung Selor,ya
            65.02.01,Mentarang,tidak
            65.02.02,Malinau Kota,Yes
            65.71.01,Tarakan Barat,kota

            """)
        let (table, report) = RegionsReader(path: path, delimiter: nil).read()
        #expect(table.regions.filter(\.isCapital).map(\.code) == [kec("65.01.05"), kec("65.02.02")])
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):6:3: ibukota: not ya or tidak (\"kota\") — write ya for the kabupaten's capital, else tidak or "
                    + "nothing"
            ])
    }

    /// Reads `text` as a travel table against the master list of ``ScenarioReaderTests``.
    private func travel(_ text: String) throws -> (TravelTable, FileReport, String) {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write("travel.csv", text)
        let reader = TravelReader(
            resolver: KecamatanResolver(regions: ScenarioReaderTests.regions, known: nil), delimiter: nil)
        let (table, report) = reader.read(path)
        return (table, report, path)
    }

    @Test("travel rows: either direction, hours and/or cost, BPS codes; the same pair again is rejected")
    func travelTable() throws {
        let (table, report, path) = try travel(
            """
            dari,ke,jam,biaya
            65.01.04,65.01.05,1.5,150000
            6501110,65.01.05,,1800000
            65.01.05,65.01.04,2,
            65.01.05,65.01.05,0.5,

            """)
        #expect(report.counts == RowCounts(read: 4, accepted: 3, rejected: 1))
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):4:2: dari–ke: the same pair as line 2 (either direction counts) — keep one row per pair of "
                    + "kecamatan"
            ])
        #expect(table.figures(kec("65.01.05"), kec("65.01.04")) == .init(hours: 1.5, cost: 150_000, line: 2))
        #expect(table.figures(kec("65.01.05"), kec("65.02.01")) == .init(hours: nil, cost: 1_800_000, line: 3))
        #expect(table.figures(kec("65.01.05"), kec("65.01.05"))?.hours == 0.5)
        #expect(table.hasHours)
        #expect(table.count == 3)
    }

    @Test("a travel row without figures, with a negative or too large one, or with an unknown code is rejected")
    func travelRejects() throws {
        let (table, report, path) = try travel(
            """
            dari,ke,jam,biaya
            65.01.04,65.01.05,,
            65.01.04,65.02.01,-1,
            65.01.05,65.02.01,200,
            65.01.04,65.09.09,1,
            65.01.04,65.01.05,nan,
            65.01.04,65.01.05,,999999999999

            """)
        #expect(table.count == 0)
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):2: row gives neither jam nor biaya — fill in one of them, or delete the row",
                "\(path):3:3: jam: negative number (\"-1\") — write the hours of the trip, such as 1.5",
                "\(path):4:3: jam: more than 168 hours (\"200\") — write the hours of the trip, such as 1.5",
                "\(path):5:2: ke: unknown kecamatan code (not in the regions file) (\"65.09.09\") — check the code against the regions file",
                "\(path):6:3: jam: not a number (\"nan\") — write a number such as 3.5 or 1,234.5, or a percentage such as 4.5%",
                "\(path):7:4: biaya: more than 1000000000 rupiah (a value of 12 digits, not shown) — write the cost in "
                    + "rupiah, such as 350000",
            ])
    }
}
