import Analysis
import Ingestion

extension BriefSections {
    /// Headline figures of the province(s), summed when the run spans several.
    func headline() -> [Block] {
        var blocks: [Block] = [.heading(2, "\(pick("Ringkasan", "Summary"))")]
        guard !analysis.provinces.isEmpty else {
            blocks.append(
                .paragraph("\(pick("Tidak ada kecamatan dengan data penduduk.", "No kecamatan has population data."))"))
            return blocks
        }
        let base = TotalFigures.combined(analysis.provinces.map { $0.figures(years.base) }, year: years.base)
        let horizon = TotalFigures.combined(analysis.provinces.map { $0.figures(years.horizon) }, year: years.horizon)
        let year = TotalFigures.combined(analysis.provinces.map { $0.figures(years.priority) }, year: years.priority)
        let codes = analysis.provinces.map(\.code)
        let region =
            codes.count == 1
            ? "\(RegionLabel.province(analysis.provinces[0], language: language))"
            : "\(pick("Provinsi ", "Provinces "))"
                + list(analysis.provinces.map { "\(RegionLabel.province($0, language: language))" })
        let y = years.priority
        blocks.append(
            .paragraph(
                pickText(
                    "\(region), \(whole(Double(base.kecamatan))) kecamatan dengan data penduduk:",
                    "\(region), \(whole(Double(base.kecamatan))) kecamatan with population data:")))
        let figures = [
            pick(
                "Penduduk: \(whole(base.population)) jiwa pada \(years.base), diproyeksikan "
                    + "\(whole(horizon.population)) jiwa pada \(years.horizon).",
                "Population: \(whole(base.population)) in \(years.base), projected \(whole(horizon.population)) "
                    + "in \(years.horizon)."),
            pick(
                "Kebutuhan tenaga pada \(y): \(count(year.requiredTKSK)) TKSK dan \(count(year.requiredPSM)) PSM.",
                "Workers required in \(y): \(count(year.requiredTKSK)) TKSK and \(count(year.requiredPSM)) PSM."),
            pick(
                "Pekerja aktif pada \(y): \(count(year.activeTKSK)) TKSK dan \(count(year.activePSM)) PSM; yang "
                    + "terlatih lengkap (semua modul yang berlaku): \(count(year.trainedTKSK)) TKSK dan "
                    + "\(count(year.trainedPSM)) PSM.",
                "Active workers in \(y): \(count(year.activeTKSK)) TKSK and \(count(year.activePSM)) PSM; fully "
                    + "trained (every applicable module current): \(count(year.trainedTKSK)) TKSK and "
                    + "\(count(year.trainedPSM)) PSM."),
            pick(
                "Kekurangan tenaga pada \(y): \(count(year.staffingGap)) pekerja perlu direkrut.",
                "Staffing gap in \(y): \(count(year.staffingGap)) workers to recruit."),
            pick(
                "Kursi pelatihan yang dibutuhkan pada \(y) agar setiap pekerja yang dibutuhkan terlatih lengkap: "
                    + "\(count(year.trainingSeats)).",
                "Training seats needed in \(y) so that every required worker is fully trained: "
                    + "\(count(year.trainingSeats))."),
            pick(
                "Kesiapan pelatihan pada \(y): \(percent(year.readiness)) dari modul yang dibutuhkan tenaga kerja "
                    + "sudah dimiliki pekerja aktif.",
                "Training readiness in \(y): \(percent(year.readiness)) of the modules the required workforce needs "
                    + "are held by active workers."),
        ]
        blocks.append(.list(dataQuality() + figures.map { "\($0)" } + classPlanSummary()))
        let attrition = analysis.config.attrition
        if attrition > 0 {
            let text = pick(
                "Jumlah pekerja aktif memperhitungkan perkiraan \(percent(attrition)) pekerja keluar setiap tahun.",
                "Active counts allow for an expected \(percent(attrition)) of workers leaving each year.")
            blocks.append(.paragraph("\(text)"))
        }
        return blocks
    }

    /// The summary's last bullet with a class plan: its classes, venues and travel over the years, against every
    /// class at the first venue; nothing without one.
    func classPlanSummary() -> [RichText] {
        guard case .success(let plan) = analysis.classPlan, let first = plan.years.first?.year,
            let last = plan.years.last?.year, let venue = plan.venues.first
        else { return [] }
        let span = first == last ? "\(first)" : "\(first)–\(last)"
        let classes = whole(Double(plan.tally.classes))
        let travel = self.travel(plan.tally.travel, plan.unit)
        let central = self.travel(plan.travelAllAtFirst, plan.unit)
        let unit = travelUnit(plan.unit)
        let places = whole(Double(plan.venues.count))
        return [
            pickText(
                "Rencana kelas \(span): \(classes) kelas di \(places) tempat, \(travel) \(unit) perjalanan peserta "
                    + "(semua kelas di \(venue.name): \(central) \(unit)); lihat \"Rencana kelas dan tempat pelatihan\".",
                "Class plan \(span): \(classes) classes at \(places) venues, \(travel) \(unit) of trainee travel "
                    + "(every class at \(venue.name): \(central) \(unit)); see \"Class and venue plan\".")
        ]
    }

    /// The summary's first bullets when figures rest on incomplete or second-hand data: the rows
    /// rejected or skipped per file and the kecamatan they concern, and how many kecamatan rest on
    /// allocated or derived population figures (each marked † in the priorities table and in
    /// `priorities.csv`'s `data_note`). Nothing when the inputs were complete and first-hand.
    func dataQuality() -> [RichText] {
        let quality = analysis.dataQuality
        var items: [RichText] = []
        let files = quality.files.filter { $0.rejected > 0 || $0.skipped > 0 }
        if !files.isEmpty {
            let parts = files.map { file -> RichText in
                let rows = [
                    file.rejected > 0
                        ? pick("\(whole(Double(file.rejected))) ditolak", "\(whole(Double(file.rejected))) rejected")
                        : nil,
                    file.skipped > 0
                        ? pick("\(whole(Double(file.skipped))) kosong", "\(whole(Double(file.skipped))) blank") : nil,
                ].compactMap { $0 }
                return "\(code: file.path) (\(rows.joined(separator: ", ")))"
            }
            let names = quality.affected.map(name)
            let affected: RichText =
                names.isEmpty
                ? "\(pick("tidak satu pun menyangkut kecamatan tertentu.", "none concerns a particular kecamatan."))"
                : RichText(
                    pick(
                        "angka kecamatan berikut bisa tidak lengkap: ", "these kecamatan's figures may be incomplete: ")
                )
                    + list(names) + "."
            items.append(
                pickText(
                    "\(strong: "Perhatian, data tidak lengkap:") baris input ditolak atau kosong di \(list(parts)); ",
                    "\(strong: "Note, incomplete data:") input rows were rejected or blank in \(list(parts)); ")
                    + affected
                    + pickText(" Rinciannya di \(code: "rejects.csv").", " Details are in \(code: "rejects.csv")."))
        }
        let secondHand = quality.secondHand.count
        if secondHand > 0 {
            let allocated = whole(Double(quality.allocated.count))
            let derived = whole(Double(quality.derived.count))
            items.append(
                pickText(
                    "\(strong: "Asal angka penduduk:") \(whole(Double(secondHand))) dari "
                        + "\(whole(Double(quality.analysed))) kecamatan bertumpu pada angka hasil alokasi (angka "
                        + "kabupaten dibagi, misalnya menurut jumlah desa) atau angka turunan (\(allocated) alokasi, "
                        + "\(derived) turunan); ditandai † pada tabel prioritas dan di kolom \(code: "data_note") pada "
                        + "\(code: "priorities.csv").",
                    "\(strong: "Where the population figures come from:") \(whole(Double(secondHand))) of "
                        + "\(whole(Double(quality.analysed))) kecamatan rest on allocated figures (a kabupaten total "
                        + "split, e.g. by desa count) or derived ones (\(allocated) allocated, \(derived) derived); "
                        + "marked † in the priorities table and in \(code: "priorities.csv")'s \(code: "data_note") "
                        + "column."))
        }
        return items
    }
}
