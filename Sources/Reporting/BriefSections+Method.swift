import Analysis
import Ingestion

extension BriefSections {
    /// The norms, modules and weights used, and the method in three sentences.
    func method() -> [String] {
        let config = analysis.config
        var lines = [pick("## Metode dan sumber data", "## Method and data sources"), ""]
        lines.append(pick("### Norma kebutuhan tenaga", "### Workforce norms"))
        lines.append("")
        let header = [
            pick("Peran", "Role"), pick("Per kecamatan", "Per kecamatan"),
            pick("Per desa/kelurahan", "Per desa/kelurahan"), pick("Penduduk per pekerja", "Residents per worker"),
            pick("Kasus per pekerja", "Cases per worker"),
        ]
        let rows = Role.allCases.map { role in
            let norm = config.norms[role] ?? WorkforceNorm()
            return [
                role.rawValue, number(norm.perKecamatan), number(norm.perDesa), optional(norm.populationPerWorker),
                optional(norm.casesPerWorker),
            ]
        }
        lines += MarkdownText.table(header, [.left, .right, .right, .right, .right], rows)
        lines.append("")
        lines.append(
            pick(
                "Kebutuhan suatu peran adalah yang terbesar dari keempat norma (— berarti norma tidak dipakai).",
                "A role's requirement is the largest of the four norms (— means the norm is not used)."))
        lines.append("")
        lines.append(pick("Modul pelatihan:", "Training modules:"))
        lines.append("")
        for module in config.modules {
            let roles = module.roles.sorted().map(\.rawValue).joined(separator: ", ")
            let validity =
                module.validYears == 0
                ? pick("tidak kedaluwarsa", "never expires")
                : pick("berlaku \(module.validYears) tahun", "valid \(module.validYears) years")
            lines.append("- \(MarkdownText.escape(module.name)) (`\(module.id)`; \(roles); \(validity))")
        }
        let weights = config.weights
        lines.append("")
        lines.append(
            pick(
                "Bobot skor prioritas: kesenjangan kesiapan \(number(weights.readinessGap)); tekanan (penduduk per "
                    + "pekerja aktif) \(number(weights.pressure)); pertumbuhan penduduk \(number(weights.growth)); "
                    + "porsi slot modul belum terlatih \(number(weights.untrainedShare)).",
                "Priority score weights: readiness gap \(number(weights.readinessGap)); pressure (residents per "
                    + "active worker) \(number(weights.pressure)); population growth \(number(weights.growth)); "
                    + "untrained share of module slots \(number(weights.untrainedShare))."))
        lines.append("")
        lines.append(pick("### Metode", "### Method"))
        lines.append("")
        lines.append(
            pick(
                "Penduduk tiap kecamatan diproyeksikan dari \(years.base) sampai \(years.horizon) dengan laju "
                    + "pertumbuhan geometris dari datanya (atau dari skenario), lalu kebutuhan TKSK dan PSM dihitung dari "
                    + "norma di atas dan dibandingkan dengan pekerja aktif serta modul pelatihan mereka yang masih "
                    + "berlaku. Skor prioritas untuk \(years.priority) adalah rata-rata berbobot dari kesenjangan "
                    + "kesiapan, tekanan dan pertumbuhan (keduanya dinormalkan antarkecamatan) serta porsi slot modul "
                    + "yang belum terlatih pada \(years.base); skor tertinggi mendapat peringkat 1. Rumus lengkap dan "
                    + "aturan pembacaan data ada di `docs/METHOD.md`.",
                "Each kecamatan's population is projected from \(years.base) to \(years.horizon) at the geometric "
                    + "growth rate of its data (or a scenario's); the TKSK and PSM it needs follow from the norms above "
                    + "and are compared with the active workers and their current training modules. The priority "
                    + "score for \(years.priority) is the weighted mean of the readiness gap, the pressure and the "
                    + "growth (both normalised across kecamatan) and the share of module slots untrained in "
                    + "\(years.base); the highest score ranks 1. The formulas and the input rules are in "
                    + "`docs/METHOD.md`."))
        return lines
    }

    /// Each input file with its role, path, short SHA-256 and row accounting; the population
    /// sources; rejected rows and warnings.
    func provenance() -> [String] {
        var lines = [pick("### Asal data", "### Data provenance"), ""]
        lines.append(
            pick("Konfigurasi: ", "Config: ") + MarkdownText.escape(context.configPath)
                + " (SHA-256 `\(short(context.configSHA256))`).")
        lines.append("")
        let header = [
            pick("Peran", "Role"), pick("Berkas", "File"), "SHA-256", pick("Dibaca", "Read"),
            pick("Diterima", "Accepted"), pick("Ditolak", "Rejected"), pick("Dilewati", "Skipped"),
        ]
        let rows = context.inputs.map { input in
            [
                role(input.role), MarkdownText.escape(input.path), "`\(short(input.sha256))`",
                whole(Double(input.rows.read)), whole(Double(input.rows.accepted)),
                whole(Double(input.rows.rejected)), whole(Double(input.rows.skipped)),
            ]
        }
        lines += MarkdownText.table(header, [.left, .left, .left, .right, .right, .right, .right], rows)
        lines.append("")
        if context.sources.isEmpty {
            lines.append(
                pick(
                    "Data penduduk tidak mencantumkan sumber (kolom `sumber`).",
                    "The population data names no source (`sumber` column)."))
        } else {
            // One source a line: the `sumber` cells are often long (system, year, allocation rule).
            lines.append(pick("Sumber data penduduk (kolom `sumber`):", "Population sources (`sumber` column):"))
            lines.append("")
            lines += context.sources.map {
                "- \(MarkdownText.escape($0.source)) (\(whole(Double($0.figures))) \(pick("angka", "figures")))"
            }
        }
        let rejected = context.inputs.reduce(0) { $0 + $1.rows.rejected }
        if rejected > 0 {
            lines.append("")
            lines.append(
                pick(
                    "\(whole(Double(rejected))) baris ditolak; alasannya ada di `rejects.csv`.",
                    "\(whole(Double(rejected))) rows were rejected; the reasons are in `rejects.csv`."))
        }
        if !context.warnings.isEmpty {
            let warnings = whole(Double(context.warnings.count))
            lines.append("")
            lines.append(
                pick(
                    "**Peringatan:** \(warnings) peringatan saat membaca data; jalankan `capplan validate` untuk "
                        + "melihat rinciannya.",
                    "**Warnings:** \(warnings) while reading the data; run `capplan validate` to see them."))
        }
        lines.append("")
        lines.append(
            pick(
                "_Dibuat dengan capplan \(context.toolVersion); semua angka ada di `summary.json`._",
                "_Made with capplan \(context.toolVersion); every figure is in `summary.json`._"))
        return lines
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
        }
    }
}
