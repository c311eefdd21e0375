import Analysis
import Ingestion

/// A what-if's class plans side by side (docs/METHOD.md "What-if runs"): classes and total travel per year, baseline
/// and scenario, for the brief's comparison section and one line on stdout.
package struct ClassPlanComparison: Sendable {
    /// The baseline's plan; nil when it has none.
    package var baseline: ClassPlanSummary?
    /// The scenario's plan; nil when it has none.
    package var scenario: ClassPlanSummary?
    /// The language of words and numbers.
    package var language: ReportLanguage

    /// Creates a comparison.
    package init(baseline: ClassPlanSummary?, scenario: ClassPlanSummary?, language: ReportLanguage) {
        self.baseline = baseline
        self.scenario = scenario
        self.language = language
    }

    /// A heading, then a table of the years (or a sentence when only one side has a plan); nothing when neither does.
    package func blocks() -> [Block] {
        guard baseline != nil || scenario != nil else { return [] }
        var blocks: [Block] = [
            .heading(3, "\(pick("Rencana kelas: dasar dan skenario", "Class plan: baseline and scenario"))")
        ]
        guard let baseline, let scenario, baseline.unit == scenario.unit else {
            blocks.append(
                .paragraph(
                    "\(pick("Hanya satu dari kedua run yang memiliki rencana kelas dalam satuan yang sama, sehingga keduanya tidak dibandingkan.", "Only one of the two runs has a class plan in the same unit, so they are not compared."))"
                ))
            return blocks
        }
        let unit = baseline.unit.word(language)
        let header: [RichText] = [
            "\(pick("Tahun", "Year"))", "\(pick("Kelas, dasar", "Classes, baseline"))",
            "\(pick("Kelas, skenario", "Classes, scenario"))",
            "\(pick("Perjalanan, dasar", "Travel, baseline")) (\(unit))",
            "\(pick("Perjalanan, skenario", "Travel, scenario")) (\(unit))",
            "\(pick("Selisih", "Difference")) (\(unit))",
        ]
        let years = Set(baseline.years.map(\.year) + scenario.years.map(\.year)).sorted()
        var rows: [[RichText]] = years.map { year in
            let a = baseline.years.first { $0.year == year }
            let b = scenario.years.first { $0.year == year }
            return row("\(year)", a?.classes ?? 0, b?.classes ?? 0, a?.travel ?? 0, b?.travel ?? 0)
        }
        rows.append(row(pick("Jumlah", "Total"), baseline.classes, scenario.classes, baseline.travel, scenario.travel))
        blocks.append(.table(header: header, alignments: [.left] + Array(repeating: .right, count: 5), rows: rows))
        return blocks
    }

    /// One row of the table.
    func row(_ label: String, _ classesA: Int, _ classesB: Int, _ travelA: Double, _ travelB: Double) -> [RichText] {
        [
            "\(label)", "\(whole(Double(classesA)))", "\(whole(Double(classesB)))", "\(travel(travelA))",
            "\(travel(travelB))", "\(signed(travelB - travelA))",
        ]
    }

    /// One line for stdout: both plans' classes and travel, or which has none.
    package var line: String {
        func side(_ summary: ClassPlanSummary?) -> String {
            guard let summary else { return "no class plan" }
            return "\(summary.classes) classes, \(NumberFormat.count(summary.travel)) \(summary.unit.rawValue)"
        }
        return "class plan: baseline \(side(baseline)); scenario \(side(scenario))\n"
    }

    /// A travel figure for prose in the plans' unit (``ClassPlan/Unit/prose(_:_:)``).
    func travel(_ value: Double) -> String { (baseline?.unit ?? .kilometres).prose(value, language) }

    /// A difference with its sign, `0` when none.
    func signed(_ value: Double) -> String {
        let text = travel(abs(value))
        return value > 0 && text != travel(0) ? "+" + text : value < 0 && text != travel(0) ? "−" + text : text
    }

    /// A whole number for prose.
    func whole(_ value: Double) -> String { NumberFormat.prose(value, language) }

    /// Picks the Indonesian or the English wording.
    func pick(_ indonesian: String, _ english: String) -> String { language.pick(indonesian, english) }
}
