/// Reads a module completion cell of the roster (docs/INPUTS.md "Roster").
package enum CompletionYearParser {
    /// Reads the year a worker last completed a module.
    ///
    /// Accepts a year (`2023`), an ISO date `YYYY-MM-DD` (`2023-05-17`) or a date `D/M/YYYY`,
    /// day first (`17/5/2023`, `17/05/2023`), and returns the year. Day and month may have one or
    /// two digits. A date that does not exist (`2023-02-30`, `31/4/2023`, `29/2/2023`) is
    /// rejected, as is a year before 1900 or after `currentYear`: training cannot be completed in
    /// the future. A blank cell means "never" and is the caller's to handle.
    package static func parse(_ text: String, currentYear: Int) -> Result<Int, ValueError> {
        let trimmed = CellText.trimmed(text)
        if trimmed.isEmpty {
            return .failure(ValueError("no year or date given", hint: formsHint))
        }
        guard let date = readDate(trimmed) else {
            return .failure(ValueError("not a year or date", hint: formsHint))
        }
        if let month = date.month, let day = date.day {
            guard (1...12).contains(month), (1...daysIn(month: month, year: date.year)).contains(day) else {
                return .failure(
                    ValueError(
                        "date does not exist",
                        hint: "check day and month: dates are written YYYY-MM-DD or D/M/YYYY, day first"))
            }
        }
        if date.year < 1900 {
            return .failure(ValueError("completion year is before 1900", hint: "check the year"))
        }
        if date.year > currentYear {
            return .failure(
                ValueError(
                    "completion year is after the current year (\(currentYear))",
                    hint: "check the year: a module cannot be completed in the future"))
        }
        return .success(date.year)
    }

    private static let formsHint = "write the year (2023) or the date (2023-05-17, or 17/5/2023 day first)"

    /// Splits a year or date into its numbers, without checking that the date exists.
    private static func readDate(_ text: Substring) -> (year: Int, month: Int?, day: Int?)? {
        func number(_ part: Substring, digits: ClosedRange<Int>) -> Int? {
            digits.contains(part.utf8.count) ? CellText.digitsValue(part) : nil
        }
        if let year = number(text, digits: 4...4) {
            return (year, nil, nil)
        }
        let iso = text.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, let year = number(iso[0], digits: 4...4), let month = number(iso[1], digits: 1...2),
            let day = number(iso[2], digits: 1...2)
        {
            return (year, month, day)
        }
        let dayFirst = text.split(separator: "/", omittingEmptySubsequences: false)
        if dayFirst.count == 3, let day = number(dayFirst[0], digits: 1...2),
            let month = number(dayFirst[1], digits: 1...2), let year = number(dayFirst[2], digits: 4...4)
        {
            return (year, month, day)
        }
        return nil
    }

    /// Days in a month of the Gregorian calendar: February has 29 in years divisible by 4,
    /// except centuries not divisible by 400.
    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
