import Analysis
import Ingestion

extension BriefSections {
    /// The norms, modules and weights used, and the method in three sentences.
    func method() -> [Block] {
        let config = analysis.config
        var blocks: [Block] = [
            .heading(2, "\(pick("Metode dan sumber data", "Method and data sources"))"),
            .heading(3, "\(pick("Norma kebutuhan tenaga", "Workforce norms"))"),
        ]
        let header: [RichText] = [
            "\(pick("Peran", "Role"))", "Per kecamatan", "Per desa/kelurahan",
            "\(pick("Penduduk per pekerja", "Residents per worker"))",
            "\(pick("Kasus per pekerja", "Cases per worker"))",
        ]
        let rows = Role.allCases.map { role -> [RichText] in
            let norm = config.norms[role]
            return [
                "\(role.rawValue)", "\(number(norm.perKecamatan))", "\(number(norm.perDesa))",
                "\(optional(norm.populationPerWorker))", "\(optional(norm.casesPerWorker))",
            ]
        }
        blocks.append(.table(header: header, alignments: [.left, .right, .right, .right, .right], rows: rows))
        let largest = pick(
            "Kebutuhan suatu peran adalah yang terbesar dari keempat norma (— berarti norma tidak dipakai).",
            "A role's requirement is the largest of the four norms (— means the norm is not used).")
        blocks.append(.paragraph("\(largest)"))
        blocks.append(.paragraph("\(pick("Modul pelatihan:", "Training modules:"))"))
        let modules = config.modules.map { module -> RichText in
            let roles = module.roles.sorted().map(\.rawValue).joined(separator: ", ")
            let validity =
                module.validYears == 0
                ? pick("tidak kedaluwarsa", "never expires")
                : pick("berlaku \(module.validYears) tahun", "valid \(module.validYears) years")
            return "\(module.name) (\(code: module.id); \(roles); \(validity))"
        }
        blocks.append(.list(modules))
        let weights = config.weights
        let weighting = pick(
            "Bobot skor prioritas: kesenjangan kesiapan \(number(weights.readinessGap)); tekanan (penduduk per "
                + "pekerja aktif) \(number(weights.pressure)); pertumbuhan penduduk \(number(weights.growth)); "
                + "porsi slot modul belum terlatih \(number(weights.untrainedShare)).",
            "Priority score weights: readiness gap \(number(weights.readinessGap)); pressure (residents per "
                + "active worker) \(number(weights.pressure)); population growth \(number(weights.growth)); "
                + "untrained share of module slots \(number(weights.untrainedShare)).")
        blocks.append(.paragraph("\(weighting)"))
        blocks.append(.heading(3, "\(pick("Metode", "Method"))"))
        blocks.append(
            .paragraph(
                pickText(
                    "Penduduk tiap kecamatan diproyeksikan dari \(years.base) sampai \(years.horizon) dengan "
                        + "laju pertumbuhan geometris dari datanya (atau dari skenario), lalu kebutuhan TKSK dan PSM "
                        + "dihitung dari norma di atas dan dibandingkan dengan pekerja aktif serta modul pelatihan "
                        + "mereka yang masih berlaku. Skor prioritas untuk \(years.priority) adalah rata-rata berbobot "
                        + "dari kesenjangan kesiapan, tekanan dan pertumbuhan (keduanya dinormalkan antarkecamatan) "
                        + "serta porsi slot modul yang belum terlatih pada \(years.base); skor tertinggi mendapat "
                        + "peringkat 1. Rumus lengkap dan aturan pembacaan data ada di \(code: "docs/METHOD.md").",
                    "Each kecamatan's population is projected from \(years.base) to \(years.horizon) at the "
                        + "geometric growth rate of its data (or a scenario's); the TKSK and PSM it needs follow from "
                        + "the norms above and are compared with the active workers and their current training "
                        + "modules. The priority score for \(years.priority) is the weighted mean of the readiness "
                        + "gap, the pressure and the growth (both normalised across kecamatan) and the share of module "
                        + "slots untrained in \(years.base); the highest score ranks 1. The formulas and the input "
                        + "rules are in \(code: "docs/METHOD.md").")))
        return blocks
    }

    /// Each input file with its role, path, short SHA-256 and row accounting; the population
    /// sources; rejected rows and warnings.
    func provenance() -> [Block] {
        var blocks: [Block] = [.heading(3, "\(pick("Asal data", "Data provenance"))")]
        blocks.append(
            .paragraph(
                "\(pick("Konfigurasi: ", "Config: "))\(context.configPath) "
                    + "(SHA-256 \(code: short(context.configSHA256)))."
            ))
        let header: [RichText] = [
            "\(pick("Peran", "Role"))", "\(pick("Berkas", "File"))", "SHA-256", "\(pick("Dibaca", "Read"))",
            "\(pick("Diterima", "Accepted"))", "\(pick("Ditolak", "Rejected"))", "\(pick("Dilewati", "Skipped"))",
        ]
        let rows = context.inputs.map { input -> [RichText] in
            [
                "\(role(input.role))", "\(input.path)", "\(code: short(input.sha256))",
                "\(whole(Double(input.rows.read)))", "\(whole(Double(input.rows.accepted)))",
                "\(whole(Double(input.rows.rejected)))", "\(whole(Double(input.rows.skipped)))",
            ]
        }
        blocks.append(
            .table(header: header, alignments: [.left, .left, .left, .right, .right, .right, .right], rows: rows))
        if context.sources.isEmpty {
            blocks.append(
                .paragraph(
                    pickText(
                        "Data penduduk tidak mencantumkan sumber (kolom \(code: "sumber")).",
                        "The population data names no source (\(code: "sumber") column).")))
        } else {
            // One source a line: the `sumber` cells are often long (system, year, allocation rule).
            blocks.append(
                .paragraph(
                    pickText(
                        "Sumber data penduduk (kolom \(code: "sumber")):",
                        "Population sources (\(code: "sumber") column):")))
            blocks.append(
                .list(
                    context.sources.map {
                        "\($0.source) (\(whole(Double($0.figures))) \(pick("angka", "figures")))"
                    }))
        }
        let rejected = context.inputs.reduce(0) { $0 + $1.rows.rejected }
        if rejected > 0 {
            blocks.append(
                .paragraph(
                    pickText(
                        "\(whole(Double(rejected))) baris ditolak; alasannya ada di \(code: "rejects.csv").",
                        "\(whole(Double(rejected))) rows were rejected; the reasons are in \(code: "rejects.csv").")))
        }
        if !context.warnings.isEmpty {
            let warnings = whole(Double(context.warnings.count))
            blocks.append(
                .paragraph(
                    pickText(
                        "\(strong: "Peringatan:") \(warnings) peringatan saat membaca data; jalankan "
                            + "\(code: "capplan validate") untuk melihat rinciannya.",
                        "\(strong: "Warnings:") \(warnings) while reading the data; run \(code: "capplan validate") "
                            + "to see them.")))
        }
        blocks.append(
            .note(
                pickText(
                    "Dibuat dengan capplan \(context.toolVersion); semua angka ada di \(code: "summary.json").",
                    "Made with capplan \(context.toolVersion); every figure is in \(code: "summary.json").")))
        return blocks
    }

    /// A config number for prose, up to 6 decimals.
    func number(_ value: Double) -> String { NumberFormat.prose(value, upTo: 6, language) }

    /// A norm where 0 means "not used".
    func optional(_ value: Double) -> String { value == 0 ? "—" : number(value) }

    /// The first 12 hex digits of a SHA-256.
    func short(_ sha256: String) -> String { String(sha256.prefix(12)) }

    /// An input role's name.
    func role(_ role: InputRole) -> String {
        switch role {
        case .regions: pick("wilayah", "regions")
        case .population: pick("penduduk", "population")
        case .roster: pick("daftar pekerja", "roster")
        case .scenario: pick("skenario", "scenario")
        case .travel: pick("waktu dan biaya perjalanan", "travel")
        }
    }
}
