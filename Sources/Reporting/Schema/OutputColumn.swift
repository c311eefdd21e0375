/// One column of an output record, declared once: its name in the files, its labels for people,
/// its unit, how it is rounded, what it means, and how its value is taken from a row. Every writer
/// (CSV, JSON, workbook), the data dictionary and the run-folder reader derive from it.
public struct OutputColumn<Row>: Sendable {
    /// The CSV header and JSON key, snake_case: `population_base`.
    public let name: String
    /// The JSON key path when it is not `[name]`: `["components", "growth"]` nests the figure.
    public let jsonPath: [String]
    /// The label for people in Bahasa Indonesia (workbook header, brief tables).
    public let labelID: String
    /// The label for people in English.
    public let labelEN: String
    /// What the figure counts.
    public let unit: FigureUnit
    /// How it is rounded and written.
    public let kind: FigureKind
    /// What it means, in a sentence for the data dictionary.
    public let meaning: String
    /// The formats the column appears in.
    public let formats: OutputFormats
    /// The value of one row.
    public let value: @Sendable (Row) -> FigureValue

    /// Declares a column; `json` overrides the JSON key path, `formats` limits where it appears.
    public init(
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
    public func label(_ language: ReportLanguage) -> String { language.pick(labelID, labelEN) }

    /// The written text of the column for `row` (as the CSV holds it and the JSON number is read from).
    public func text(_ row: Row) -> String { kind.text(value(row)) }
}

/// Where an output column appears.
public struct OutputFormats: OptionSet, Sendable {
    /// The bits of the set.
    public let rawValue: Int
    /// Creates a set of formats.
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// The CSV file of the record.
    public static let csv = OutputFormats(rawValue: 1)
    /// The record's objects in `summary.json`.
    public static let json = OutputFormats(rawValue: 2)
    /// The record's sheet of `capplan.xlsx`.
    public static let workbook = OutputFormats(rawValue: 4)
    /// Everywhere the record is written.
    public static let all: OutputFormats = [.csv, .json, .workbook]
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
