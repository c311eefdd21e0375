/// What makes a name unusable for an Excel sheet.
///
/// The rules are Excel's, checked in Swift before libxlsxwriter sees the name: libxlsxwriter 1.1.4 checks
/// most of them too, but reads before the start of an empty name, counts Unicode scalars where Excel counts
/// UTF-16 units, compares names case-insensitively for ASCII letters only, and prints a warning to stderr.
package enum XLSXSheetNameProblem: Equatable, Sendable, CustomStringConvertible {
    /// The name is empty.
    case empty
    /// The name has `length` characters (UTF-16 code units, as Excel counts), more than 31.
    case tooLong(length: Int)
    /// The name contains `character`, one of `[ ] : * ? / \`.
    case forbiddenCharacter(Character)
    /// The name starts or ends with an apostrophe (`'`).
    case apostropheAtEdge
    /// The name is `History` in any case, which Excel keeps for itself.
    case reserved
    /// A sheet named `existing` is already in the workbook; Excel ignores case when comparing names.
    case duplicate(existing: String)
    /// The name holds a NUL character.
    case nulCharacter

    /// Excel's longest sheet name, in UTF-16 code units.
    package static let maximumLength = 31
    /// The characters Excel forbids in sheet names (checked scalar by scalar, as libxlsxwriter does).
    package static let forbiddenCharacters: Set<Unicode.Scalar> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// The first problem of `name`, given the names already in the workbook; nil when the name is usable.
    package static func check(_ name: String, existing: [String]) -> XLSXSheetNameProblem? {
        if name.isEmpty { return .empty }
        if name.utf16.count > maximumLength { return .tooLong(length: name.utf16.count) }
        if name.unicodeScalars.contains("\0") { return .nulCharacter }
        if let scalar = name.unicodeScalars.first(where: forbiddenCharacters.contains) {
            return .forbiddenCharacter(Character(scalar))
        }
        if name.hasPrefix("'") || name.hasSuffix("'") { return .apostropheAtEdge }
        if name.lowercased() == "history" { return .reserved }
        let folded = name.lowercased()
        if let existing = existing.first(where: { $0.lowercased() == folded }) {
            return .duplicate(existing: existing)
        }
        return nil
    }

    /// What is wrong, worded to follow "sheet name 'X'".
    package var description: String {
        switch self {
        case .empty:
            "is empty; Excel needs 1 to 31 characters"
        case .tooLong(let length):
            "has \(length) characters; Excel allows at most 31"
        case .forbiddenCharacter(let character):
            "contains '\(character)'; Excel forbids [ ] : * ? / \\ in sheet names"
        case .apostropheAtEdge:
            "starts or ends with an apostrophe, which Excel forbids"
        case .reserved:
            "is reserved by Excel"
        case .duplicate(let existing):
            "is already used by sheet '\(existing)' (Excel ignores case)"
        case .nulCharacter:
            "holds a NUL character"
        }
    }
}
