/// Reads a year cell (`tahun`, `tahun_mulai`, a scenario's start year).
package enum YearParser {
    /// Reads a year written in plain digits, without grouping or sign, within `range`.
    ///
    /// `2.024` or `2024.0` are not years: a year column is never grouped, and a decimal point
    /// means a spreadsheet turned it into a number.
    package static func parse(_ text: String, range: ClosedRange<Int> = 1900...2100) -> Result<Int, ValueError> {
        let trimmed = CellText.trimmed(text)
        if trimmed.isEmpty {
            return .failure(ValueError("no year given", hint: "write the year in four digits, e.g. 2024"))
        }
        guard CellText.isDigits(trimmed) else {
            return .failure(ValueError("not a year", hint: "write the year in four digits, e.g. 2024"))
        }
        guard let year = CellText.digitsValue(trimmed), range.contains(year) else {
            return .failure(
                ValueError(
                    "year outside \(range.lowerBound)–\(range.upperBound)",
                    hint: "check the year: it must be from \(range.lowerBound) to \(range.upperBound)"))
        }
        return .success(year)
    }
}
