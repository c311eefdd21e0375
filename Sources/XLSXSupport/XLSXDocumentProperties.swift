import CXLSXWriter
import Foundation

/// The document properties Excel shows under File ▸ Info, with the fixed creation date that makes the
/// workbook reproducible.
///
/// libxlsxwriter 1.1.4 stamps every ZIP entry 1980-01-01 00:00 and adds parts in a fixed order, so the only
/// varying bytes of a workbook are `docProps/core.xml`'s `dcterms:created` and `dcterms:modified`. Both come
/// from `created`: the same content with the same `created` gives the same file, byte for byte.
package struct XLSXDocumentProperties: Hashable, Sendable {
    /// The title (`dc:title`); empty leaves it out.
    package var title: String
    /// The subject (`dc:subject`); empty leaves it out.
    package var subject: String
    /// The author (`dc:creator`, also `cp:lastModifiedBy`); empty leaves it out.
    package var author: String
    /// The company (`Company` in `docProps/app.xml`); empty leaves it out.
    package var company: String
    /// When the workbook was created, written in whole seconds UTC as both created and modified.
    ///
    /// Pass the run's day or `SOURCE_DATE_EPOCH`, never the clock, so that reruns give the same bytes.
    /// It must lie between 1970-01-01T00:00:01Z and 9999-12-31T23:59:59Z: libxlsxwriter takes 0 (the epoch
    /// itself) to mean "now".
    package var created: Date

    /// The last second libxlsxwriter can write as a four-digit year, 9999-12-31T23:59:59Z.
    static let latestSecond: Double = 253_402_300_799

    /// Creates the properties; empty strings are left out of the file.
    package init(title: String = "", subject: String = "", author: String = "", company: String = "", created: Date) {
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
        self.created = created
    }

    /// `created` as libxlsxwriter's `time_t`: whole seconds, rounded down.
    func creationTime(path: String) throws -> time_t {
        let seconds = created.timeIntervalSince1970.rounded(.down)
        guard seconds >= 1, seconds <= Self.latestSecond else {
            throw XLSXError.invalidCreationDate(path: path, secondsSince1970: created.timeIntervalSince1970)
        }
        return time_t(seconds)
    }

    /// Sets the properties on `workbook` (`workbook_set_properties`, which copies every string).
    func apply(to workbook: UnsafeMutablePointer<lxw_workbook>, path: String) throws {
        var properties = lxw_doc_properties()
        properties.created = try creationTime(path: path)
        var copies: [UnsafeMutablePointer<CChar>] = []
        defer { copies.forEach { free($0) } }
        func copy(_ text: String, _ field: String) throws -> UnsafeMutablePointer<CChar>? {
            guard !text.isEmpty else { return nil }
            let duplicate = try LibXLSX.withCString(text, path: path, field: "the document \(field)") { strdup($0) }
            guard let duplicate else {
                throw LibXLSX.error(LXW_ERROR_MEMORY_MALLOC_FAILED, path: path, operation: "copy the \(field)")
            }
            copies.append(duplicate)
            return duplicate
        }
        properties.title = try copy(title, "title")
        properties.subject = try copy(subject, "subject")
        properties.author = try copy(author, "author")
        properties.company = try copy(company, "company")
        try LibXLSX.check(
            workbook_set_properties(workbook, &properties), path: path, operation: "set the document properties")
    }
}
