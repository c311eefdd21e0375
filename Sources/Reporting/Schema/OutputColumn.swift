/// One column of an output record, declared once: its name in the files, its labels for people,
/// its unit, how it is rounded, what it means, and how its value is taken from a row. Every writer
/// (CSV, JSON, workbook), the data dictionary and the run-folder reader derive from it.
package struct OutputColumn<Row>: Sendable {
    /// The CSV header and JSON key, snake_case: `population_base`.
    package let name: String
    /// The JSON key path when it is not `[name]`: `["components", "growth"]` nests the figure.
    package let jsonPath: [String]
    /// The label for people in Bahasa Indonesia (workbook header, brief tables).
    package let labelID: String
    /// The label for people in English.
    package let labelEN: String
    /// What the figure counts.
    package let unit: FigureUnit
    /// How it is rounded and written.
    package let kind: FigureKind
    /// What it means, in a sentence for the data dictionary.
    package let meaning: String
    /// The formats the column appears in.
    package let formats: OutputFormats
    /// The value of one row.
    package let value: @Sendable (Row) -> FigureValue

    /// Declares a column; `json` overrides the JSON key path, `formats` limits where it appears.
    package init(
        _ name: String, id labelID: String, en labelEN: String, unit: FigureUnit = .none, kind: FigureKind,
        meaning: String, json jsonPath: [String]? = nil, formats: OutputFormats = .all,
        value: @escaping @Sendable (Row) -> FigureValue
    ) {
        self.name = name
        self.jsonPath = jsonPath ?? [name]
        self.labelID = labelID
        self.labelEN = labelEN
        self.unit = unit
        self.kind = kind
        self.meaning = meaning
        self.formats = formats
        self.value = value
    }

    /// The label in `language`.
    package func label(_ language: ReportLanguage) -> String { language.pick(labelID, labelEN) }

    /// The written text of the column for `row` (as the CSV holds it and the JSON number is read from).
    package func text(_ row: Row) -> String { kind.text(value(row)) }
}

/// Where an output column appears.
package struct OutputFormats: OptionSet, Sendable {
    /// The bits of the set.
    package let rawValue: Int
    /// Creates a set of formats.
    package init(rawValue: Int) { self.rawValue = rawValue }
    /// The CSV file of the record.
    package static let csv = OutputFormats(rawValue: 1)
    /// The record's objects in `summary.json`.
    package static let json = OutputFormats(rawValue: 2)
    /// The record's sheet of `capplan.xlsx`.
    package static let workbook = OutputFormats(rawValue: 4)
    /// Everywhere the record is written.
    package static let all: OutputFormats = [.csv, .json, .workbook]
}

extension OutputColumn {
    /// The same column over an outer row that holds this column's row (a year inside its region).
    func lifted<Outer>(_ inner: @escaping @Sendable (Outer) -> Row) -> OutputColumn<Outer> {
        let value = self.value
        return OutputColumn<Outer>(
            name, id: labelID, en: labelEN, unit: unit, kind: kind, meaning: meaning, json: jsonPath,
            formats: formats
        ) { value(inner($0)) }
    }
}
