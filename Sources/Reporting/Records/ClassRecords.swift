import Analysis
import Ingestion

/// One class of the class plan with what its row shows: `classes.csv` and the workbook's Kelas sheet.
package struct ClassRow: Sendable {
    /// The year.
    package var year: Int
    /// The class.
    package var planned: ClassPlan.Class
    /// Its venue.
    package var venue: ClassPlan.Venue
    /// The plan's travel unit.
    package var unit: ClassPlan.Unit

    /// Every class of `plan`, by year then class number.
    package static func rows(_ plan: ClassPlan) -> [ClassRow] {
        plan.allClasses.map {
            ClassRow(year: $0.year, planned: $0.class, venue: plan.venues[$0.class.venue], unit: plan.unit)
        }
    }

    /// `classes.csv`.
    package static let schema = RecordSchema<ClassRow>(
        file: "classes.csv",
        row: "class of the class plan, by year then class number (written only with a class plan)",
        columns: [
            .init("tahun", id: "Tahun", en: "Year", unit: .year, kind: .integer, meaning: "The year of the class.") {
                .integer($0.year)
            },
            .init(
                "kelas", id: "Kelas", en: "Class", kind: .integer,
                meaning: "The class's number within its year, from 1, by venue in the plan's venue order."
            ) { .integer($0.planned.number) },
            .init(
                "kode_venue", id: "Kode kecamatan tempat", en: "Venue kecamatan code", kind: .text,
                meaning: "Kemendagri code of the kecamatan where the class is held."
            ) { .text($0.venue.code.description) },
            .init(
                "venue", id: "Tempat", en: "Venue", kind: .text,
                meaning: "The venue's name: the plan's `[[venues]] name`, else the kecamatan's name."
            ) { .text($0.venue.name) },
            .init(
                "trainees", id: "Peserta", en: "Trainees", unit: .seats, kind: .integer,
                meaning: "Trainees (training seats) in the class; at most `batch_size`."
            ) { .integer($0.planned.trainees) },
            .init(
                "trainees_per_kecamatan", id: "Peserta per kecamatan", en: "Trainees per kecamatan", kind: .text,
                meaning: "Each kecamatan's trainees in the class, `code seats` separated by `; `, in code order."
            ) { row in
                .text(row.planned.members.map { "\($0.code) \($0.seats)" }.joined(separator: "; "))
            },
            .init(
                "travel_total", id: "Perjalanan total", en: "Total travel", unit: .travel, kind: .count,
                meaning: "The class's trainees' travel to the venue together, one way, in `travel_unit`."
            ) { .real($0.planned.totalTravel) },
            .init(
                "travel_mean", id: "Perjalanan rata-rata", en: "Mean travel", unit: .travel, kind: .count,
                meaning: "Travel per trainee on average, one way, in `travel_unit`."
            ) { .real($0.planned.meanTravel) },
            .init(
                "travel_unit", id: "Satuan perjalanan", en: "Travel unit", kind: .text,
                meaning:
                    "`km` (straight-line distance between kecamatan centroids), `jam` (hours) or `rupiah` (cost per "
                    + "trainee), from the travel table."
            ) { .text($0.unit.rawValue) },
            .init(
                "travel_basis", id: "Dasar perjalanan", en: "Travel basis", kind: .text,
                meaning:
                    "`jarak`: straight-line distance; `tabel`: the travel table; `perkiraan_jarak`: at least one "
                    + "kecamatan's figure is the distance converted at the table's own rate, the table being silent."
            ) { .text($0.planned.basis.rawValue) },
        ])
}

/// One kecamatan's seats in one class: `class_assignments.csv`.
package struct ClassAssignmentRow: Sendable {
    /// The year.
    package var year: Int
    /// The class.
    package var classNumber: Int
    /// The class's venue.
    package var venue: KecamatanCode
    /// The kecamatan and its seats in the class.
    package var member: ClassPlan.Member
    /// The plan's travel unit.
    package var unit: ClassPlan.Unit

    /// Every assignment of `plan`, by year, then kecamatan code, then class.
    package static func rows(_ plan: ClassPlan) -> [ClassAssignmentRow] {
        plan.years.flatMap { year in
            year.classes.flatMap { planned in
                planned.members.map {
                    ClassAssignmentRow(
                        year: year.year, classNumber: planned.number, venue: plan.venues[planned.venue].code,
                        member: $0, unit: plan.unit)
                }
            }.sorted { ($0.member.code, $0.classNumber) < ($1.member.code, $1.classNumber) }
        }
    }

    /// `class_assignments.csv`.
    package static let schema = RecordSchema<ClassAssignmentRow>(
        file: "class_assignments.csv",
        row: "kecamatan's seats in one class, by year, kecamatan code, then class (written only with a class plan)",
        columns: [
            .init("tahun", id: "Tahun", en: "Year", unit: .year, kind: .integer, meaning: "The year of the class.") {
                .integer($0.year)
            },
            .init(
                "kode_kecamatan", id: "Kode kecamatan", en: "Kecamatan code", kind: .text,
                meaning: "Kemendagri code of the kecamatan whose trainees these are."
            ) { .text($0.member.code.description) },
            .init(
                "kelas", id: "Kelas", en: "Class", kind: .integer,
                meaning: "The class's number within its year, as in classes.csv."
            ) { .integer($0.classNumber) },
            .init(
                "kode_venue", id: "Kode kecamatan tempat", en: "Venue kecamatan code", kind: .text,
                meaning: "Kemendagri code of the kecamatan where the class is held."
            ) { .text($0.venue.description) },
            .init(
                "seats", id: "Kursi", en: "Seats", unit: .seats, kind: .integer,
                meaning:
                    "The kecamatan's trainees in the class; over a year's classes they add up to allocation.csv's "
                    + "seats."
            ) { .integer($0.member.seats) },
            .init(
                "travel_per_trainee", id: "Perjalanan per peserta", en: "Travel per trainee", unit: .travel,
                kind: .count, meaning: "One way, from the kecamatan to the venue, in `travel_unit`."
            ) { .real($0.member.travel) },
            .init(
                "travel_unit", id: "Satuan perjalanan", en: "Travel unit", kind: .text,
                meaning: "`km`, `jam` or `rupiah`, as in classes.csv."
            ) { .text($0.unit.rawValue) },
            .init(
                "travel_basis", id: "Dasar perjalanan", en: "Travel basis", kind: .text,
                meaning: "`jarak`, `tabel` or `perkiraan_jarak`, as in classes.csv."
            ) { .text($0.member.basis.rawValue) },
        ])
}

/// One year of the class plan beside the naive plans: `summary.json` (`class_plan.years`) and the brief's table.
package struct ClassPlanYearRow: Sendable {
    /// The year's figures.
    package var year: ClassPlan.Year
    /// The plan's travel unit.
    package var unit: ClassPlan.Unit
    /// The plan's own rule: true when each year is held to ⌈seats ÷ batch_size⌉ classes.
    package var limited: Bool

    /// Every year of `plan`.
    package static func rows(_ plan: ClassPlan) -> [ClassPlanYearRow] {
        plan.years.map { ClassPlanYearRow(year: $0, unit: plan.unit, limited: plan.limitClasses) }
    }

    /// The plan under each class rule.
    var rules: (limit: ClassPlan.Tally?, free: ClassPlan.Tally?) {
        year.rules(limited: limited)
    }

    /// `summary.json`: `class_plan.years`.
    package static let schema = RecordSchema<ClassPlanYearRow>(
        file: "summary.json: class_plan.years", row: "year of the class plan, with the naive plans beside it",
        columns: [
            .init("tahun", id: "Tahun", en: "Year", unit: .year, kind: .integer, meaning: "The year.") {
                .integer($0.year.year)
            },
            .init(
                "seats", id: "Peserta", en: "Trainees", unit: .seats, kind: .integer,
                meaning: "Seats the allocation gives the year, all placed in classes."
            ) { .integer($0.year.seats) },
            .init(
                "classes", id: "Kelas", en: "Classes", unit: .classes, kind: .integer,
                meaning: "Classes of the plan that year."
            ) { .integer($0.year.classes.count) },
            .init(
                "classes_needed", id: "Kelas dibutuhkan", en: "Classes needed", unit: .classes, kind: .integer,
                meaning: "⌈seats ÷ `batch_size`⌉: the year's class budget, the most classes with `limit_classes`."
            ) { .integer($0.year.classesNeeded) },
            .init(
                "travel_total", id: "Perjalanan rencana", en: "Plan's travel", unit: .travel, kind: .count,
                meaning: "Every trainee's travel to their class, one way, in `travel_unit`."
            ) { .real($0.year.totalTravel) },
            .init(
                "travel_all_at_first_venue", id: "Perjalanan, semua di tempat pertama",
                en: "Travel, all at the first venue", unit: .travel, kind: .count,
                meaning: "Naive plan 1: every class at the first venue (METHOD.md interpretation 43)."
            ) { .real($0.year.travelAllAtFirst) },
            .init(
                "travel_nearest_unmixed", id: "Perjalanan, tempat terdekat tanpa campuran",
                en: "Travel, nearest venue unmixed", unit: .travel, kind: .count,
                meaning: "Naive plan 2: each kecamatan's trainees at its nearest venue in classes of their own."
            ) { .real($0.year.nearestUnmixed.travel) },
            .init(
                "classes_nearest_unmixed", id: "Kelas, tempat terdekat tanpa campuran",
                en: "Classes, nearest venue unmixed", unit: .classes, kind: .integer,
                meaning: "The classes naive plan 2 opens."
            ) { .integer($0.year.nearestUnmixed.classes) },
            .init(
                "travel_with_limit", id: "Perjalanan dengan batas kelas", en: "Travel with the class limit",
                unit: .travel, kind: .count,
                meaning:
                    "The travel of the plan held to `classes_needed` classes (`limit_classes = true`), whichever rule "
                    + "the run follows; empty when the venues' capacities cannot hold it."
            ) { row in row.rules.limit.map { .real($0.travel) } ?? .missing },
            .init(
                "classes_with_limit", id: "Kelas dengan batas kelas", en: "Classes with the class limit",
                unit: .classes, kind: .integer, meaning: "The classes of that plan."
            ) { row in row.rules.limit.map { .integer($0.classes) } ?? .missing },
            .init(
                "travel_without_limit", id: "Perjalanan tanpa batas kelas", en: "Travel without the class limit",
                unit: .travel, kind: .count,
                meaning:
                    "The travel of the plan in which each venue opens the classes its own trainees need "
                    + "(`limit_classes = false`), whichever rule the run follows."
            ) { row in row.rules.free.map { .real($0.travel) } ?? .missing },
            .init(
                "classes_without_limit", id: "Kelas tanpa batas kelas", en: "Classes without the class limit",
                unit: .classes, kind: .integer, meaning: "The classes of that plan."
            ) { row in row.rules.free.map { .integer($0.classes) } ?? .missing },
            .init(
                "proven_optimal", id: "Terbukti optimal", en: "Proven optimal", kind: .flag,
                meaning:
                    "`true` when the method proves no plan within the rules travels less (METHOD.md \"Class plan\")."
            ) { .flag($0.year.provenOptimal) },
            .init(
                "travel_unit", id: "Satuan perjalanan", en: "Travel unit", kind: .text,
                meaning: "`km`, `jam` or `rupiah`, as in classes.csv."
            ) { .text($0.unit.rawValue) },
        ])
}
