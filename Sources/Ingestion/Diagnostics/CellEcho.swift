/// What a column's cells are expected to look like, so a reject echoes a cell only when it has that look
/// (docs/INPUTS.md "How rejects show a cell").
///
/// Rosters hold names and national ID numbers (NIK); a reject must never carry either, even when a planner put one
/// in the wrong column.
package enum CellShape: Sendable, Equatable {
    /// Any text: echoed unless it holds 12 or more digits (a NIK, a phone or account number). No shape echoes a
    /// control character (``CellText/isControl(_:)``).
    case any
    /// A region code: digits and dots, at most 13 characters (`65.01.02`, `6501020`).
    case code
    /// A year: at most 4 digits.
    case year
    /// A short word such as a role or status: at most 12 ASCII letters, spaces, `/`, `-` or `.`, and not two
    /// capitalised words (which read as a name).
    case word
    /// A year, a date (digits with `-`, `/` or `.`, at most 10 characters) or a short word: a module cell.
    case date
    /// A worker ID: echoed unless it holds 12 or more digits, reads as a name or is longer than 24 characters.
    case identifier
    /// Never echoed (a name column).
    case hidden
}

/// The one place that decides whether a rejected cell is shown or only described.
package enum CellEcho {
    /// The text a reject carries for `text` in a column of `shape`: the cell itself when it has the expected look,
    /// else a description such as `a value of 16 digits, not shown`; `shown` says which.
    package static func echo(_ text: String, expecting shape: CellShape) -> (text: String, shown: Bool) {
        fits(text, shape) ? (text, true) : (described(text), false)
    }

    /// `text` in double quotes for a message about a value that is not a reject's cell (a name that differs
    /// from another), or its description when it may not be shown (`fits(_:_:)`).
    package static func quoted(_ text: String, expecting shape: CellShape = .any) -> String {
        fits(text, shape) ? "\"\(text)\"" : "(\(described(text)))"
    }

    /// Whether `text` may be echoed in a column of `shape`.
    package static func fits(_ text: String, _ shape: CellShape) -> Bool {
        let scalars = text.unicodeScalars
        let digits = scalars.reduce(0) { $0 + (isDigit($1) ? 1 : 0) }
        if digits >= 12 || CellText.firstControl(text) != nil { return false }
        var trimmed = Array(scalars)
        while trimmed.last == " " { trimmed.removeLast() }
        trimmed = Array(trimmed.drop { $0 == " " })
        switch shape {
        case .any:
            return true
        case .code:
            return trimmed.count <= 13 && trimmed.allSatisfy { isDigit($0) || $0 == "." }
        case .year:
            return trimmed.count <= 4 && trimmed.allSatisfy(isDigit)
        case .word:
            return isWord(trimmed)
        case .date:
            return (trimmed.count <= 10 && trimmed.allSatisfy { isDigit($0) || $0 == "-" || $0 == "/" || $0 == "." })
                || isWord(trimmed)
        case .identifier:
            return scalars.count <= 24 && !readsAsName(Array(scalars))
        case .hidden:
            return false
        }
    }

    /// `a value of N digits, N letters, N spaces and N other characters, not shown`, naming only the kinds present.
    package static func described(_ text: String) -> String {
        var digits = 0
        var letters = 0
        var spaces = 0
        var controls = 0
        var others = 0
        for scalar in text.unicodeScalars {
            if isDigit(scalar) {
                digits += 1
            } else if CellText.isControl(scalar) {
                controls += 1
            } else if scalar.properties.isAlphabetic {
                letters += 1
            } else if scalar.properties.isWhitespace {
                spaces += 1
            } else {
                others += 1
            }
        }
        let parts = [
            counted(digits, "digit"), counted(letters, "letter"), counted(spaces, "space"),
            counted(others, "other character"), counted(controls, "control character"),
        ].compactMap { $0 }
        let list =
            parts.count <= 1
            ? (parts.first ?? "0 characters")
            : parts.dropLast().joined(separator: ", ") + " and "
                + parts.last!
        return "a value of \(list), not shown"
    }

    /// "1 digit", "16 digits", or nil for none.
    private static func counted(_ count: Int, _ noun: String) -> String? {
        count == 0 ? nil : count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }

    /// An ASCII digit.
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    /// An ASCII letter.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
    }

    /// At most 12 ASCII letters, spaces, `/`, `-` or `.`, not reading as a name.
    private static func isWord(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.count <= 12 && scalars.allSatisfy { isLetter($0) || " /-.".unicodeScalars.contains($0) }
            && !readsAsName(scalars)
    }

    /// Two or more words that each start with a capital followed by a lower-case letter ("Ahmad Fauzi").
    private static func readsAsName(_ scalars: [Unicode.Scalar]) -> Bool {
        let words = scalars.split { !($0.properties.isAlphabetic) }
        let capitalised = words.filter { word in
            word.count >= 2 && word[word.startIndex].properties.isUppercase
                && word[word.index(after: word.startIndex)].properties.isLowercase
        }
        return capitalised.count >= 2
    }
}
