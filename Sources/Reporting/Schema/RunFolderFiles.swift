/// The files of a run folder in words, for the data dictionary (docs/OUTPUTS.md).
enum RunFolderFiles {
    /// One file.
    struct File {
        var name: String
        var when: String
        var content: String
    }

    /// Every file `capplan run` and `capplan whatif` write, in manifest order.
    static let all = [
        File(
            name: "priorities.csv", when: "always",
            content: "kecamatan in rank order with the score and the figures behind it"),
        File(
            name: "projection.csv", when: "always",
            content: "every kecamatan and year B…H: population, caseload, workers, gaps, ratios"),
        File(
            name: "training_needs.csv", when: "always",
            content: "active workers missing a module at the base year (roster ID; a name only with `--with-names`)"),
        File(name: "allocation.csv", when: "`seats_per_year` > 0", content: "training seats per year and kecamatan"),
        File(
            name: "classes.csv", when: "a class plan (seats, venues and travel)",
            content: "each year's classes: venue, trainees per kecamatan, travel"),
        File(
            name: "class_assignments.csv", when: "a class plan",
            content: "each kecamatan's seats in each class, with its travel per trainee"),
        File(
            name: "summary.json", when: "always",
            content: "all of the above plus the config, score components, province and kabupaten totals, for notebooks"),
        File(name: "brief.md", when: "always", content: "the policy brief (Bahasa Indonesia; `--lang en` for English)"),
        File(
            name: "brief.html", when: "always",
            content: "the same brief as one self-contained printable page with charts"),
        File(
            name: "rejects.csv", when: "always", content: "every rejected input row: file, line, column, reason, value"),
        File(
            name: "capplan.xlsx", when: "always",
            content: "the run as an Excel workbook of real numbers, labelled in the brief's language"),
        File(name: "comparison.csv", when: "`capplan whatif`", content: "baseline and scenario side by side"),
        File(name: "baseline/", when: "`capplan whatif` without `--baseline`", content: "the baseline run folder"),
        File(
            name: "manifest.json", when: "always",
            content: "tool version, start and finish, the config and every input with SHA-256 and row accounting"),
    ]

    /// What the dictionary says after the records.
    static let notes = [
        "## `summary.json`", "",
        "One JSON object with sorted keys: `allocation` (`entries`: the rows of allocation.csv; `years`: the",
        "yearly summary above), `config` (norms per role, modules, weights, `seats_per_year`, `batch_size`,",
        "`attrition`, `default_growth`), `kabupaten` and `provinces` (`kode`; `nama`, a kabupaten's from its",
        "kecamatan's rows, a province's from the regions file's `provinsi` or the plan's `[region] province`, \"\"",
        "when none is given; `years`: the totals above, `required` split into `tksk`, `psm` and `total`),",
        "`kecamatan` (the priorities rows with `components` and `contributions`), `no_population_data`",
        "(kecamatan of the regions file without population figures), `projection` (`kode_kecamatan`,",
        "`kecamatan`, `years`: the projection rows), `rejected_rows` (per input: `role`, `path`, `rejected`),",
        "`sources` (each population `sumber` with the figures it gave) and `years` (`base`, `horizon`,",
        "`priority`).", "",
        "## `manifest.json`", "",
        "`tool_version`, `started` and `finished` (UTC; the only timestamps of a run folder), `config` (`path`,",
        "`sha256`), `inputs` (per file: `role`, `path`, `sha256`, `rows` with `read` = `accepted` + `rejected` +",
        "`skipped`), `map` (`path`, `sha256` of the boundary file, when the plan names one), `sources`, and",
        "`outputs` (the files written, in order).", "",
    ]
}
