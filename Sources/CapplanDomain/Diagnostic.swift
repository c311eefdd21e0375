/// One row-level finding about an input file: a rejected row, a warning or a note.
///
/// Ingestion renders it (`rendered`, `FILE:LINE:COLUMN: reason ("value") — what to do`) through the message shape
/// every error shares; this module depends on nothing.
///
/// Row problems are values, collected and reported, never thrown (docs/INPUTS.md "Accepted, rejected, skipped": every
/// data row is accepted or rejected, never silently dropped). A diagnostic carries one offending cell at most, never a
/// whole row, because rosters hold personal data.
package struct Diagnostic: Sendable, Equatable {
    /// How serious the finding is.
    package enum Severity: String, Sendable, Comparable {
        /// The row was rejected.
        case error
        /// The file was read, but something needs a look (encoding fallback, missing desa count).
        case warning
        /// For information (ignored columns).
        case note

        private var order: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        /// Errors first, notes last.
        package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.order < rhs.order }
    }

    /// How serious the finding is.
    package var severity: Severity
    /// The file as named in the config or on the command line.
    package var file: String
    /// 1-based physical line, or nil for a finding about the whole file.
    package var line: Int?
    /// 1-based field number on that line, or nil when no single cell is at fault.
    package var column: Int?
    /// What is wrong, including the column's header name where there is one; also the grouping key.
    package var reason: String
    /// The offending cell's text, or its description when the cell does not look like what its column expects
    /// (`a value of 16 digits, not shown`, see `CellEcho`), or nil; never a whole row and never a name or national
    /// ID number.
    package var value: String?
    /// False when `value` describes the cell instead of showing it.
    package var valueShown: Bool
    /// What to do about it.
    package var hint: String
    /// The kind of problem, for grouping in summaries: the reason without its particulars
    /// ("id: duplicate" for "id: duplicate of line 7 in roster.csv").
    package var category: String
    /// For a rejected population or roster row, the kecamatan it names when its code cell could be read and is
    /// known to the run; nil otherwise (docs/METHOD.md "Interpretations" 35).
    package var kecamatan: KecamatanCode?

    /// Creates a diagnostic; `category` defaults to the reason.
    package init(
        severity: Severity, file: String, line: Int?, column: Int?, reason: String, value: String?, hint: String,
        category: String? = nil, kecamatan: KecamatanCode? = nil, valueShown: Bool = true
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
        self.value = value
        self.valueShown = valueShown
        self.hint = hint
        self.category = category ?? reason
        self.kecamatan = kecamatan
    }

    /// This diagnostic, about `kecamatan`.
    package func withKecamatan(_ kecamatan: KecamatanCode?) -> Diagnostic {
        var diagnostic = self
        diagnostic.kecamatan = kecamatan
        return diagnostic
    }

    /// Long cells are cut in messages so one bad cell cannot flood a terminal, and line breaks and
    /// tabs are shown as `\n`, `\r`, `\t` so a message stays on one line; rejects.csv keeps cells whole.
    package static func shortened(_ value: String) -> String {
        let cut = value.count <= 60 ? value : String(value.prefix(57)) + "..."
        guard cut.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) else { return cut }
        var shown = ""
        for scalar in cut.unicodeScalars {
            switch scalar {
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            case "\t": shown += "\\t"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}
