import Foundation

/// The document properties Excel shows under File ▸ Info, with the fixed creation date that makes the
/// workbook reproducible.
///
/// Every zip entry is dated 1980-01-01 00:00 and the parts come in a fixed order (as libxlsxwriter 1.1.4
/// writes them), so the only varying bytes of a workbook are `docProps/core.xml`'s `dcterms:created` and
/// `dcterms:modified`. Both come from `created`: the same content with the same `created` gives the same
/// file, byte for byte.
package struct XLSXDocumentProperties: Hashable, Sendable {
    /// The title (`dc:title`); empty leaves it out.
    package var title: String
    /// The subject (`dc:subject`); empty leaves it out.
    package var subject: String
    /// The author (`dc:creator`, also `cp:lastModifiedBy`); empty writes them empty.
    package var author: String
    /// The company (`Company` in `docProps/app.xml`); empty writes it empty.
    package var company: String
    /// When the workbook was created, written in whole seconds UTC as both created and modified.
    ///
    /// Pass the run's day or `SOURCE_DATE_EPOCH`, never the clock, so that reruns give the same bytes.
    /// It must lie between 1970-01-01T00:00:01Z and 9999-12-31T23:59:59Z: libxlsxwriter, whose files these
    /// are, took 0 (the epoch itself) to mean "now", and the file has room for four-digit years only.
    package var created: Date

    /// The last second that can be written with a four-digit year, 9999-12-31T23:59:59Z.
    static let latestSecond: Double = 253_402_300_799

    /// Creates the properties; empty strings are left out of the file.
    package init(title: String = "", subject: String = "", author: String = "", company: String = "", created: Date) {
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
        self.created = created
    }

    /// `created` in whole seconds since 1970, rounded down, or `XLSXError.invalidCreationDate`.
    func creationStamp(path: String) throws -> Int {
        let seconds = created.timeIntervalSince1970.rounded(.down)
        guard seconds >= 1, seconds <= Self.latestSecond else {
            throw XLSXError.invalidCreationDate(path: path, secondsSince1970: created.timeIntervalSince1970)
        }
        return Int(seconds)
    }

    /// Throws `XLSXError.nulCharacter` for a property holding a NUL (the C library cut the text there).
    func checkText(path: String) throws {
        for (text, field) in [(title, "title"), (subject, "subject"), (author, "author"), (company, "company")]
        where text.utf8.contains(0) {
            throw XLSXError.nulCharacter(path: path, field: "the document \(field)")
        }
    }

    /// `created` as `2024-05-01T00:00:00Z` (`strftime("%Y-%m-%dT%H:%M:%SZ")` of `gmtime`).
    var stamp: String {
        var time = time_t(created.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&time, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let year = String(parts.tm_year + 1900)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-" + two(parts.tm_mon + 1) + "-"
            + two(parts.tm_mday) + "T" + two(parts.tm_hour) + ":" + two(parts.tm_min) + ":" + two(parts.tm_sec) + "Z"
    }
}
