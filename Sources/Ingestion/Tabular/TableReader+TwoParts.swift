import CSVSupport
import Dispatch

/// The row state of one part of a table read in two parts on two threads (`TableReader.readInTwo`).
protocol TablePart: Sendable {
    /// Reads one data row, as the row closure of `TableReader.read` does.
    mutating func parse(_ row: TableRow) throws(RowRejection)
    /// Whether a serial read could have decided a row of `later` (the part after this one) otherwise
    /// than `later` did on its own (a duplicate of a row of this part); the file is then read serially.
    func conflicts(with later: Self) -> Bool
    /// Appends the rows of `later`, which does not conflict with this part, leaving `later` empty.
    mutating func append(_ later: inout Self)
    /// Makes room before parsing: this part will parse at most about `rows` data rows and, after the
    /// join, hold at most about `total` (estimates: an undershoot costs only a reallocation).
    mutating func reserve(rows: Int, total: Int)
    /// Called on the second part once it has parsed its last row: frees what only its own parse
    /// needed (`conflicts(with:)` asks the first part's state, not this one's).
    mutating func parsed()
}

/// What `TableReader.readInTwo` gives back: the report for the whole file, and in how many parts it was parsed.
struct TwoPartRead {
    /// The file's report, as a serial read gives it.
    var report: FileReport
    /// 2 when the file was parsed in two parts, else 1.
    var parts: Int
}

extension TableReader {
    /// Reads the file like `read(subject:_:)`, in two parts on two threads when `splitTarget` (given the
    /// file's size) names an offset and a cut is found after it.
    ///
    /// The second part starts at a line feed the prescan found outside quotes; it maps the header on
    /// its own (the header must end before the cut) and parses to the end of the file into `makeSecond()`.
    /// The first part parses into `first` up to the cut and checks that libcsv is between records
    /// there, on the line the prescan counted. When either check fails, or a row of the second part
    /// conflicts with the first (`TablePart.conflicts(with:)`), the second part's work is dropped and
    /// the first part parses on to the end: the result is always that of a serial read. Otherwise the
    /// second part's rows and report are appended to the first's.
    func readInTwo<Part: TablePart>(
        first: inout Part, splitTarget: @escaping (_ size: Int) -> Int?,
        subject: @escaping @Sendable (TableRow) -> KecamatanCode?, makeSecond: @escaping @Sendable () -> Part
    ) -> TwoPartRead {
        var report = FileReport(role: role, path: path)
        var header: HeaderMap?
        let reader = CSVReader(path: path, delimiter: delimiter, hashing: hashing)
        let box = SecondPartBox<Part>()
        let group = DispatchGroup()
        var started = false
        defer { if started { group.wait() } }
        func body(_ record: borrowing CSVRecord) throws {
            if let header {
                try consume(record, header: header, into: &report, subject: subject) { row throws(RowRejection) in
                    try first.parse(row)
                }
            } else if !record.isBlank {
                header = try mapHeader(record)
                if let header { noteColumns(header, line: record.line, into: &report) }
            }
        }
        do {
            let prescan = try reader.prescan(splitTarget: splitTarget)
            if prescan.encoding == .windows1252 {
                report.warnings.append(encodingWarning(prescan.firstInvalidUTF8Line))
            }
            if let split = prescan.split {
                let rows = Self.expectedRows(prescan, split)
                first.reserve(rows: rows.first, total: rows.first + Self.withMargin(rows.second))
            }
            var records = 0
            var end = try reader.parse(
                prescan,
                stopAt: prescan.split.map { split in
                    started = true
                    let reader = self
                    DispatchQueue.global().async(group: group) {
                        box.result = reader.readSecond(prescan, from: split, subject: subject, part: makeSecond())
                    }
                    return split
                }, body)
            records += end.records
            if end.stoppedAtSplit, let split = prescan.split {
                group.wait()
                started = false
                if case .read(var part, let secondReport, let secondEnd) = box.result, !first.conflicts(with: part) {
                    box.result = .unusable
                    first.append(&part)
                    report.counts.read += secondReport.counts.read
                    report.counts.accepted += secondReport.counts.accepted
                    report.counts.rejected += secondReport.counts.rejected
                    report.counts.skipped += secondReport.counts.skipped
                    report.rejects += secondReport.rejects
                    report.warnings += secondReport.warnings
                    report.notes += secondReport.notes
                    report.csv = secondEnd.map {
                        reader.summary(prescan, records: records + $0.records, nextLine: $0.nextLine)
                    }
                    report.fatal = secondReport.fatal
                    return TwoPartRead(report: report, parts: 2)
                }
                box.result = .unusable
                end = try reader.parse(prescan, from: split, body)
                records += end.records
            }
            report.csv = reader.summary(prescan, records: records, nextLine: end.nextLine)
            if header == nil { throw IngestionError.noHeader(path: path) }
        } catch {
            report.fatal = Self.fatal(error)
        }
        return TwoPartRead(report: report, parts: 1)
    }

    /// The second part: maps the header from the file's start, then parses from `split` to the end.
    /// `.unusable` when the header does not end before the cut or cannot be mapped.
    private func readSecond<Part: TablePart>(
        _ prescan: CSVPrescan, from split: CSVSplit, subject: @escaping @Sendable (TableRow) -> KecamatanCode?,
        part: Part
    ) -> SecondPart<Part> {
        let reader = CSVReader(path: path, delimiter: delimiter)
        var found: (header: HeaderMap, endLine: Int)?
        do {
            _ = try reader.parse(prescan) { record in
                guard !record.isBlank else { return }
                found = (try mapHeader(record), record.endLine)
                throw HeaderFound()
            }
        } catch {
            // HeaderFound, or a header error the first part reports itself.
        }
        guard let found, found.endLine <= split.linesBefore else { return .unusable }
        var part = part
        let rows = Self.expectedRows(prescan, split).second
        part.reserve(rows: rows, total: Self.withMargin(rows))
        var report = FileReport(role: role, path: path)
        do {
            let end = try reader.parse(prescan, from: split) { record in
                try consume(record, header: found.header, into: &report, subject: subject) { row throws(RowRejection) in
                    try part.parse(row)
                }
            }
            part.parsed()
            return .read(part, report, end)
        } catch {
            report.fatal = Self.fatal(error)
        }
        return .read(part, report, nil)
    }
}

extension TableReader {
    /// How many data rows each part of a file cut at `split` holds: the first, at most one per line
    /// before the cut; the second, about as many lines per byte as the first part has.
    static func expectedRows(_ prescan: CSVPrescan, _ split: CSVSplit) -> (first: Int, second: Int) {
        let secondBytes = max(0, prescan.size - split.offset)
        return (split.linesBefore, secondBytes * split.linesBefore / max(1, split.offset))
    }

    /// An estimate of rows plus an eighth and 64: room reserved but not filled costs no resident memory.
    static func withMargin(_ rows: Int) -> Int { rows + rows / 8 + 64 }
}

/// Thrown to stop the second part's header read once the header is mapped.
private struct HeaderFound: Error {}

/// The second part's outcome.
private enum SecondPart<Part: TablePart> {
    /// Parsed to the end (`end` set) or to a fatal error (in the report, `end` nil).
    case read(Part, FileReport, CSVRangeEnd?)
    /// Not usable: the first part reads on.
    case unusable
}

/// Hands the second part's outcome from its thread to the first: written once on the worker thread
/// before it leaves the dispatch group, read only after `group.wait()`, which orders the two.
private final class SecondPartBox<Part: TablePart>: @unchecked Sendable {
    /// The outcome, once the worker is done.
    var result: SecondPart<Part> = .unusable
}
