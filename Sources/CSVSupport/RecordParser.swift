import CCSV

/// Feeds a file to libcsv chunk by chunk and hands each record to a `RecordCollector`.
///
/// Stages per chunk:
/// 1. `csv_parse` the chunk; the callbacks fill the collector, which calls the caller's closure.
/// 2. When libcsv rejects quoting mid-file (it parsed fewer bytes than given; that count is the
///    offending byte's offset in the chunk), `csv_fini` flushes the partial record, which is handed
///    out with a `CSVMalformation`; the raw bytes up to the end of that physical line are skipped
///    and a fresh parser goes on. One bad row never loses the others.
/// 3. At the end of the file `csv_fini` flushes a last row without a line end; an unterminated
///    quote there is fatal, reported at the first line of its record (docs/INPUTS.md "Dialect").
struct RecordParser {
    /// `CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL`: strict quoting, an unterminated quote at the
    /// end is reported (only with `CSV_STRICT` too), and every CR and LF reaches the row callback.
    static let options: LibCSVOptions = [.strict, .strictFini, .reportAllNewlines]

    /// The file's path, for messages.
    let path: String
    /// The field delimiter.
    let delimiter: UInt8

    /// Parses the rest of `file` through `buffer` into `collector`; rethrows the closure's error.
    ///
    /// With `stopAt` (the read position must be before its offset), parsing pauses once the bytes up to
    /// the cut are parsed: when libcsv and the collector are then between records, on line
    /// `stopAt.linesBefore + 1`, the parse ends there (no `csv_fini`: nothing is pending) and this
    /// returns true; otherwise it goes on to the end of the file as without a cut and returns false.
    @discardableResult
    func run(
        file: borrowing InputFile, buffer: UnsafeMutableRawBufferPointer,
        collector: UnsafeMutablePointer<RecordCollector>, stopAt: (split: CSVSplit, position: Int)? = nil
    ) throws -> Bool {
        var parser = csv_parser()
        try start(&parser)
        defer { csv_free(&parser) }
        let context = UnsafeMutableRawPointer(collector)
        var skippingLine = false
        var remaining = stopAt.map { $0.split.offset - $0.position } ?? Int.max
        while collector.pointee.failure == nil {
            if remaining == 0, let stopAt {
                if !skippingLine && Self.isBetweenRecords(&parser, collector, line: stopAt.split.linesBefore + 1) {
                    return true
                }
                remaining = Int.max
            }
            let window = UnsafeMutableRawBufferPointer(rebasing: buffer[..<min(buffer.count, remaining)])
            let count = try file.read(into: window)
            if count == 0 { break }
            if remaining != Int.max { remaining -= count }
            let chunk = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var offset = 0
            while offset < count && collector.pointee.failure == nil {
                if skippingLine {
                    (offset, skippingLine) = skipLine(chunk, from: offset, to: count, collector: collector)
                    continue
                }
                let consumed = csv_parse(&parser, chunk + offset, count - offset, collectField, collectRow, context)
                if consumed == count - offset { break }
                let status = LibCSVStatus(of: &parser)
                guard status == .parse else { throw libcsvError(status, &parser, collector: collector) }
                collector.pointee.pendingMalformation = (collector.pointee.fieldCount + 1, status.message)
                _ = csv_fini(&parser, collectField, collectRow, context)
                if collector.pointee.pendingMalformation != nil { collector.pointee.endRow(terminator: -1) }
                csv_free(&parser)
                try start(&parser)
                offset += consumed
                skippingLine = true
            }
        }
        if let failure = collector.pointee.failure { throw mapped(failure) }
        if csv_fini(&parser, collectField, collectRow, context) != 0 {
            let status = LibCSVStatus(of: &parser)
            guard status == .parse else { throw libcsvError(status, &parser, collector: collector) }
            throw CSVError.unterminatedQuote(
                path: path, line: collector.pointee.recordLine, column: collector.pointee.fieldCount + 1,
                libcsvMessage: status.message)
        }
        if let failure = collector.pointee.failure { throw mapped(failure) }
        return false
    }

    /// Whether libcsv and the collector are between records, with the next record on `line`: a fresh
    /// parser and collector started there would go on exactly as these would.
    private static func isBetweenRecords(
        _ parser: inout csv_parser, _ collector: UnsafeMutablePointer<RecordCollector>, line: Int
    ) -> Bool {
        parser.pstate == 0 && parser.quoted == 0 && parser.entry_pos == 0 && parser.spaces == 0
            && collector.pointee.fieldCount == 0 && collector.pointee.pendingMalformation == nil
            && !collector.pointee.previousEndedWithCR && collector.pointee.line == line
            && collector.pointee.recordLine == line && collector.pointee.failure == nil
    }

    /// Initialises `parser` with `options`, `delimiter` and `"` as quote.
    private func start(_ parser: inout csv_parser) throws {
        guard csv_init(&parser, Self.options.rawValue) == 0 else {
            throw CSVError.libcsv(path: path, line: 1, column: 1, message: LibCSVStatus.noMemory.message)
        }
        csv_set_delim(&parser, delimiter)
        csv_set_quote(&parser, UInt8(CSV_QUOTE))
        LibCSVFieldBuffer.bound(&parser)
    }

    /// Skips raw bytes through the next CR or LF; returns the new offset and whether to keep skipping.
    /// A CR found here leaves `previousEndedWithCR` set, so an LF right after it (even in the next
    /// chunk) is dropped by the collector as the second half of a CRLF.
    private func skipLine(
        _ chunk: UnsafePointer<UInt8>, from offset: Int, to count: Int,
        collector: UnsafeMutablePointer<RecordCollector>
    ) -> (offset: Int, skipping: Bool) {
        var index = offset
        while index < count {
            let byte = chunk[index]
            index += 1
            if byte == 10 || byte == 13 {
                collector.pointee.line += 1
                collector.pointee.recordLine = collector.pointee.line
                collector.pointee.previousEndedWithCR = byte == 13
                return (index, false)
            }
        }
        return (count, true)
    }

    /// The error the collector stopped with: the caller's own, or a field too long for the file.
    private func mapped(_ failure: any Error) -> any Error {
        guard let long = failure as? CellTooLong else { return failure }
        return CSVError.cellTooLong(
            path: path, line: long.line, column: long.column, limit: CSVReader.maximumCellBytes)
    }

    /// The fatal error for a libcsv failure other than a quoting error: a cell longer than
    /// `CSVReader.maximumCellBytes` (its buffer refused to grow), at the line where the cell starts, or
    /// libcsv's own, at the first line of the record it happened in.
    private func libcsvError(
        _ status: LibCSVStatus, _ parser: inout csv_parser, collector: UnsafeMutablePointer<RecordCollector>
    ) -> CSVError {
        if status == .noMemory && LibCSVFieldBuffer.isFull(&parser) {
            // Named where the long cell starts (the line the reader has reached), not where its row does.
            return .cellTooLong(
                path: path, line: collector.pointee.line, column: collector.pointee.fieldCount + 1,
                limit: CSVReader.maximumCellBytes)
        }
        return .libcsv(
            path: path, line: collector.pointee.recordLine, column: collector.pointee.fieldCount + 1,
            message: status.message)
    }
}
