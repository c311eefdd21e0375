import Analysis
import Ingestion
import Testing

@testable import Reporting

/// The brief's class plan section on plans made by hand (docs/METHOD.md "Class plan").
@Suite("The brief's class plan section")
struct BriefClassPlanTests {
    /// The fixture's analysis with `plan` as its class plan.
    static func brief(_ plan: Result<ClassPlan, ClassPlanAbsence>, language: ReportLanguage = .indonesian) -> String {
        var analysis = ReportFixture.analysis()
        analysis.classPlan = plan
        return BriefMarkdown.render(analysis, ReportFixture.context(), language: language)
    }

    /// A year of `count` classes of one trainee from 65.02.04 at venue 0, 2 km each; proven optimal or not.
    static func year(_ year: Int, count: Int, proven: Bool = true) -> ClassPlan.Year {
        let classes = (1...count).map {
            ClassPlan.Class(
                number: $0, venue: 0,
                members: [ClassPlan.Member(code: ReportFixture.code(2, 4), seats: 1, travel: 2, basis: .distance)])
        }
        return ClassPlan.Year(
            year: year, classes: classes, seats: count, classesNeeded: count, totalTravel: Double(2 * count),
            travelAllAtFirst: Double(2 * count), nearestUnmixed: .init(classes: count, travel: Double(2 * count)),
            provenOptimal: proven, otherRule: .init(classes: count, travel: Double(2 * count)))
    }

    static func plan(_ years: [ClassPlan.Year]) -> ClassPlan {
        ClassPlan(
            unit: .kilometres, venues: [ClassPlan.Venue(code: ReportFixture.code(2, 1), name: "Balai", capacity: nil)],
            years: years, limitClasses: false, batchSize: 15)
    }

    @Test("a year's table shows 40 classes, then says how many more are in classes.csv")
    func longYear() {
        let brief = Self.brief(.success(Self.plan([Self.year(2026, count: 45)])))
        #expect(
            brief.contains(
                "| 40 | Balai | 1 | Tanjung Selor (1) | 2 |\n\n… dan 5 kelas lagi pada 2026, semuanya di `classes.csv`."
            ))
        #expect(!brief.contains("| 41 | Balai |"))
    }

    @Test("years a local search planned are named, in both languages")
    func unproven() {
        let plan = Self.plan([Self.year(2026, count: 2, proven: false), Self.year(2027, count: 1)])
        #expect(
            Self.brief(.success(plan)).contains(
                "Untuk 2026 rencana dicari dengan pencarian lokal (terlalu banyak kemungkinan untuk dicoba semua): "
                    + "mungkin ada rencana dengan perjalanan lebih sedikit."))
        #expect(
            Self.brief(.success(plan), language: .english).contains(
                "For 2026 the plan was found by a local search (too many possibilities to try them all): a plan with "
                    + "less travel may exist."))
    }

    @Test("why there is no plan, in the brief's words: one paragraph under the heading")
    func absent() {
        let brief = Self.brief(
            .failure(
                .unplaced(
                    from: ReportFixture.code(2, 4), name: "Tanjung Selor", venue: ReportFixture.code(1, 1),
                    venueName: "Malinau Kota")))
        #expect(
            brief.contains(
                "## Rencana kelas dan tempat pelatihan\n\nTidak ada rencana kelas: tidak ada angka perjalanan dari "
                    + "Tanjung Selor (65.02.04) ke Malinau Kota (65.01.01). Tambahkan pasangan itu ke tabel perjalanan "
                    + "atau batas kecamatannya ke peta.\n"))
    }
}
