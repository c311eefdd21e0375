import Analysis
import Ingestion

extension BriefSections {
    /// The class plan (docs/METHOD.md "Class plan"): where the classes are held, the travel beside the two naive
    /// plans year by year, the map of `map` (drawn by the HTML brief only), then each year's classes; or the one
    /// line that says why there is none. Nothing at all without an allocation plan: its own section already
    /// says so.
    func classPlan(map: [Block] = []) -> [Block] {
        guard analysis.config.seatsPerYear > 0, let result = analysis.classPlan else { return [] }
        var blocks: [Block] = [.heading(2, "\(pick("Rencana kelas dan tempat pelatihan", "Class and venue plan"))")]
        let plan: ClassPlan
        switch result {
        case .success(let made): plan = made
        case .failure(let absence):
            blocks.append(.paragraph(absenceText(absence)))
            return blocks
        }
        blocks.append(.paragraph(classIntroduction(plan)))
        blocks.append(classComparison(plan))
        if plan.venues.contains(where: { $0.capacity != nil }) {
            blocks.append(
                .paragraph(
                    "\(pick("Kedua rencana pembanding mengabaikan kapasitas tempat, sehingga bisa lebih murah daripada rencana yang mematuhinya.", "Both plans compared with ignore the venues' capacities, so they can travel less than a plan that keeps to them."))"
                ))
        }
        if let note = otherRuleNote(plan) { blocks.append(.paragraph(note)) }
        let unproven = plan.years.filter { !$0.provenOptimal }.map { "\($0.year)" }
        if !unproven.isEmpty {
            let years = unproven.joined(separator: ", ")
            blocks.append(
                .paragraph(
                    "\(pick("Untuk \(years) rencana dicari dengan pencarian lokal (terlalu banyak kemungkinan untuk dicoba semua): mungkin ada rencana dengan perjalanan lebih sedikit.", "For \(years) the plan was found by a local search (too many possibilities to try them all): a plan with less travel may exist."))"
                ))
        }
        blocks += map
        for year in plan.years {
            blocks.append(.heading(3, "\(pick("Kelas \(year.year)", "Classes in \(year.year)"))"))
            blocks.append(classTable(year, plan))
            let more = year.classes.count - Self.classesShown
            if more > 0 {
                blocks.append(
                    .paragraph(
                        pickText(
                            "… dan \(whole(Double(more))) kelas lagi pada \(year.year), semuanya di \(code: "classes.csv").",
                            "… and \(whole(Double(more))) more classes in \(year.year), all in \(code: "classes.csv").")
                    ))
            }
        }
        return blocks
    }

    /// Why there is no class plan, and what to do, in the brief's language.
    func absenceText(_ absence: ClassPlanAbsence) -> RichText {
        switch absence {
        case .noSeats:
            pickText(
                "Tidak ada rencana kelas: tidak ada kursi yang dibagikan.",
                "No class plan: no seats are handed out.")
        case .noVenues:
            pickText(
                "Tidak ada rencana kelas: konfigurasi tidak memuat \(code: "[[venues]]") dan daftar wilayah tidak "
                    + "menandai ibu kota kabupaten (kolom \(code: "ibukota")). Tambahkan tempat pelatihan ke konfigurasi.",
                "No class plan: the config lists no \(code: "[[venues]]") and the regions file marks no kabupaten seat "
                    + "(column \(code: "ibukota")). Add the training venues to the config.")
        case .unknownVenue(let venue, let index):
            pickText(
                "Tidak ada rencana kelas: tempat \(code: "venues[\(index)]") (\(venue.description)) bukan kecamatan "
                    + "dalam data. Periksa kodenya.",
                "No class plan: venue \(code: "venues[\(index)]") (\(venue.description)) is not a kecamatan of the "
                    + "data. Check its code.")
        case .noTravel:
            pickText(
                "Tidak ada rencana kelas: konfigurasi tidak memuat peta (untuk jarak) maupun tabel perjalanan. "
                    + "Tambahkan \(code: "map") atau \(code: "travel").",
                "No class plan: the config names neither a map (for distances) nor a travel table. Add "
                    + "\(code: "map") or \(code: "travel").")
        case .unplaced(let from, let name, let venue, let venueName):
            pickText(
                "Tidak ada rencana kelas: tidak ada angka perjalanan dari \(name) (\(from.description)) ke "
                    + "\(venueName) (\(venue.description)). Tambahkan pasangan itu ke tabel perjalanan atau batas "
                    + "kecamatannya ke peta.",
                "No class plan: there is no travel figure from \(name) (\(from.description)) to \(venueName) "
                    + "(\(venue.description)). Add the pair to the travel table or the kecamatan's boundary to the map."
            )
        case .tooSmall(let year, let seats, let batch):
            pickText(
                "Tidak ada rencana kelas: pada \(year) tempat pelatihan tidak dapat menampung \(whole(Double(seats))) "
                    + "peserta dalam kelas berisi \(batch). Naikkan kapasitas atau tambah tempat.",
                "No class plan: in \(year) the venues cannot hold \(whole(Double(seats))) trainees in classes of "
                    + "\(batch). Raise a capacity or add a venue.")
        }
    }

    /// Where the classes are held, how travel is measured, and the rule on the number of classes.
    func classIntroduction(_ plan: ClassPlan) -> RichText {
        let venues = plan.venues.map(\.name).joined(separator: ", ")
        let batch = whole(Double(plan.batchSize))
        let measure: String =
            switch plan.unit {
            case .kilometres:
                pick(
                    "Perjalanan diukur sebagai jarak garis lurus antara titik tengah kecamatan (km, sekali jalan), "
                        + "karena rencana tidak memuat tabel waktu atau biaya perjalanan; jarak tempuh sebenarnya "
                        + "lewat jalan, sungai, laut atau udara lebih panjang.",
                    "Travel is the straight-line distance between kecamatan centres (km, one way), as the plan has "
                        + "no table of travel hours or costs; the real trip by road, river, sea or air is longer.")
            case .hours:
                pick(
                    "Perjalanan diukur dalam jam per peserta, sekali jalan, dari tabel perjalanan.",
                    "Travel is hours per trainee, one way, from the travel table.")
            case .rupiah:
                pick(
                    "Perjalanan diukur sebagai biaya per peserta dalam rupiah, sekali jalan, dari tabel perjalanan.",
                    "Travel is the cost per trainee in rupiah, one way, from the travel table.")
            }
        let estimated =
            plan.allClasses.contains { $0.class.basis == .estimated }
            ? pick(
                " Untuk pasangan yang tidak ada di tabel dipakai jarak garis lurus yang dikonversi dengan rasio tabel itu "
                    + "sendiri (ditandai perkiraan_jarak).",
                " Where the table is silent on a pair, the straight-line distance converted at the table's own rate "
                    + "stands in (marked perkiraan_jarak).")
            : ""
        let rule =
            plan.limitClasses
            ? pick(
                "Setiap tahun dibuka paling banyak ⌈kursi ÷ \(batch)⌉ kelas, seperti anggaran kelas di atas.",
                "Each year opens at most ⌈seats ÷ \(batch)⌉ classes, as the class budget above.")
            : pick(
                "Setiap tempat membuka kelas sebanyak yang dibutuhkan pesertanya (⌈peserta ÷ \(batch)⌉).",
                "Each venue opens the classes its own trainees need (⌈trainees ÷ \(batch)⌉).")
        return pickText(
            "Kelas diadakan di \(venues). Setiap kelas berisi paling banyak \(batch) peserta; peserta dari satu "
                + "kecamatan boleh dibagi ke beberapa kelas. \(rule) \(measure)\(estimated) Rincian ada di "
                + "\(code: "classes.csv") dan \(code: "class_assignments.csv").",
            "Classes are held at \(venues). A class holds at most \(batch) trainees; one kecamatan's trainees may "
                + "be split across classes. \(rule) \(measure)\(estimated) The details are in "
                + "\(code: "classes.csv") and \(code: "class_assignments.csv").")
    }

    /// The plan's travel year by year beside the two naive plans.
    func classComparison(_ plan: ClassPlan) -> Block {
        let unit = travelUnit(plan.unit)
        let first = plan.venues.first?.name ?? ""
        let header: [RichText] = [
            "\(pick("Tahun", "Year"))", "\(pick("Peserta", "Trainees"))", "\(pick("Kelas", "Classes"))",
            "\(pick("Perjalanan rencana ini", "This plan's travel")) (\(unit))",
            "\(pick("Semua kelas di \(first)", "Every class at \(first)")) (\(unit))",
            "\(pick("Tiap kecamatan ke tempat terdekat, kelas sendiri", "Each kecamatan to its nearest venue, own classes")) (\(unit); \(pick("kelas", "classes")))",
        ]
        let rows = plan.years.map { year -> [RichText] in
            [
                "\(year.year)", "\(whole(Double(year.seats)))", "\(whole(Double(year.classes.count)))",
                "\(travel(year.totalTravel, plan.unit))", "\(travel(year.travelAllAtFirst, plan.unit))",
                nearest(year.nearestUnmixed, plan.unit),
            ]
        }
        let totals: [RichText] = [
            "\(pick("Jumlah", "Total"))", "\(whole(Double(plan.seats)))", "\(whole(Double(plan.tally.classes)))",
            "\(travel(plan.tally.travel, plan.unit))", "\(travel(plan.travelAllAtFirst, plan.unit))",
            nearest(plan.nearestUnmixed, plan.unit),
        ]
        return .table(
            header: header, alignments: [.left, .right, .right, .right, .right, .right], rows: rows + [totals])
    }

    /// Naive plan 2's cell: its travel, then its classes.
    func nearest(_ tally: ClassPlan.Tally, _ unit: ClassPlan.Unit) -> RichText {
        "\(travel(tally.travel, unit)); \(whole(Double(tally.classes)))"
    }

    /// What the plan would travel and open under the other class rule (`limit_classes`), beside its own figures;
    /// nil when the other plan does not fit every year.
    func otherRuleNote(_ plan: ClassPlan) -> RichText? {
        guard let other = plan.otherRule else { return nil }
        let travelOther = travel(other.travel, plan.unit)
        let classesOther = whole(Double(other.classes))
        let travelPlan = travel(plan.tally.travel, plan.unit)
        let classesPlan = whole(Double(plan.tally.classes))
        let unit = travelUnit(plan.unit)
        if plan.limitClasses {
            return pickText(
                "Tanpa batas kelas per tahun (\(code: "[training] limit_classes = false")), setiap tempat membuka kelas "
                    + "sebanyak kebutuhan pesertanya: \(classesOther) kelas dan \(travelOther) \(unit) perjalanan, "
                    + "dibanding \(classesPlan) kelas dan \(travelPlan) \(unit) dalam rencana ini. Kelas tambahan itu "
                    + "sering kecil.",
                "Without the yearly class limit (\(code: "[training] limit_classes = false")), each venue opens the "
                    + "classes its own trainees need: \(classesOther) classes and \(travelOther) \(unit) of travel, "
                    + "against \(classesPlan) classes and \(travelPlan) \(unit) in this plan. The extra classes are often "
                    + "small.")
        }
        return pickText(
            "Dengan batas ⌈kursi ÷ \(plan.batchSize)⌉ kelas per tahun, seperti anggaran kelas di atas "
                + "(\(code: "[training] limit_classes = true")), rencana membuka \(classesOther) kelas dengan "
                + "\(travelOther) \(unit) perjalanan, dibanding \(classesPlan) kelas dan \(travelPlan) \(unit) dalam "
                + "rencana ini: lebih sedikit kelas kecil, lebih banyak perjalanan.",
            "Held to ⌈seats ÷ \(plan.batchSize)⌉ classes a year, as the class budget above "
                + "(\(code: "[training] limit_classes = true")), the plan opens \(classesOther) classes with "
                + "\(travelOther) \(unit) of travel, against \(classesPlan) classes and \(travelPlan) \(unit) in this "
                + "plan: fewer small classes, more travel.")
    }

    /// The most classes a year's table shows; the rest are in `classes.csv`.
    static let classesShown = 40

    /// One year's classes (the first ``classesShown``): venue, trainees, where they come from, their mean travel.
    func classTable(_ year: ClassPlan.Year, _ plan: ClassPlan) -> Block {
        let header: [RichText] = [
            "\(pick("Kelas", "Class"))", "\(pick("Tempat", "Venue"))", "\(pick("Peserta", "Trainees"))",
            "\(pick("Asal peserta (kursi)", "Where trainees come from (seats)"))",
            "\(pick("Rata-rata perjalanan", "Mean travel")) (\(travelUnit(plan.unit)))",
        ]
        let rows = year.classes.prefix(Self.classesShown).map { planned -> [RichText] in
            let members = planned.members.map { member in
                "\(analysis.kecamatan(member.code)?.name ?? member.code.description) (\(whole(Double(member.seats))))"
            }
            return [
                "\(planned.number)", "\(plan.venues[planned.venue].name)", "\(whole(Double(planned.trainees)))",
                "\(members.joined(separator: "; "))", "\(travel(planned.meanTravel, plan.unit))",
            ]
        }
        return .table(header: header, alignments: [.right, .left, .right, .left, .right], rows: rows)
    }

    /// A travel figure for prose (``ClassPlan/Unit/prose(_:_:)``).
    func travel(_ value: Double, _ unit: ClassPlan.Unit) -> String { unit.prose(value, language) }

    /// The unit's word (``ClassPlan/Unit/word(_:)``).
    func travelUnit(_ unit: ClassPlan.Unit) -> String { unit.word(language) }
}
