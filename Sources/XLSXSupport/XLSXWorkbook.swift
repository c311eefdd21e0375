// The package parts and their order are ported from libxlsxwriter 1.1.4 (src/workbook.c, src/packager.c,
// src/content_types.c, src/relationships.c, src/app.c, src/core.c), BSD-2-Clause, © John McNamara.
import Dispatch
import Foundation

/// An Excel workbook (`.xlsx`) being written: the same parts, bytes and zip as libxlsxwriter 1.1.4 writes in
/// constant-memory mode, with each sheet compressed on another core while the next one is written.
///
/// Add sheets, write their cells top to bottom, then `close()`. Each sheet's rows go to a temporary file as
/// they are written (see ``XLSXWorkbookOptions``); when a sheet is finished (the next one is added, or the
/// workbook closed) its XML is compressed on another thread while the caller writes the next sheet. `close()`
/// writes the zip beside `path` under a hidden temporary name and renames it to `path` once complete, so
/// `path` never holds half a workbook. A workbook dropped without `close()` frees its temporary files and
/// writes nothing. Nothing is printed.
package final class XLSXWorkbook {
    /// Where `close()` puts the workbook.
    package let path: String
    /// How the workbook is built.
    package let options: XLSXWorkbookOptions
    /// Where `close()` writes the file before renaming it to `path`.
    let partialPath: String
    /// The document properties.
    private let properties: XLSXDocumentProperties
    /// The folder of the sheets' temporary files.
    private let temporaryFolder: String
    /// Whether `close()` has been called (successfully or not).
    package var isClosed: Bool { !life.isOpen }
    /// Whether the workbook takes cells, shared with its sheets: they check it on every cell without
    /// touching the workbook itself.
    let life = WorkbookLife()
    /// The sheets, in order.
    private var sheets: [XLSXSheet] = []
    /// The sheets' names, in order, for Excel's uniqueness rule.
    package var sheetNames: [String] { sheets.map(\.name) }
    /// The cell formats.
    private var styles = XLSXStyles()
    /// The sheets' compressions, by sheet number less one.
    private var compressions: [SheetCompression] = []

    /// Starts a workbook that `close()` will write to `path`.
    ///
    /// Throws when the output folder or the temporary folder is not a writable folder, or when the creation
    /// date cannot be written.
    package init(
        path: String, properties: XLSXDocumentProperties, options: XLSXWorkbookOptions = XLSXWorkbookOptions()
    ) throws {
        let output = URL(fileURLWithPath: path)
        let outputFolder = output.deletingLastPathComponent().path
        guard XLSXWorkbookOptions.isWritableFolder(outputFolder) else {
            throw XLSXError.unwritableFolder(path: path, folder: outputFolder, role: "output folder")
        }
        let temporary = options.temporaryDirectory ?? outputFolder
        guard XLSXWorkbookOptions.isWritableFolder(temporary) else {
            throw XLSXError.unwritableFolder(path: path, folder: temporary, role: "temporary folder")
        }
        _ = try properties.creationStamp(path: path)
        try properties.checkText(path: path)
        self.path = path
        self.options = options
        self.properties = properties
        self.temporaryFolder = temporary
        self.partialPath =
            output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).\(UUID().uuidString).partial").path
    }

    /// Adds a sheet named `name`, after the ones added before; the sheet before it is finished.
    ///
    /// Throws `XLSXError.invalidSheetName` when the name breaks Excel's rules (see `XLSXSheetNameProblem`):
    /// 1 to 31 characters, none of `[ ] : * ? / \`, no apostrophe first or last, not `History`, and unlike
    /// every other sheet's name, ignoring case.
    package func addSheet(name: String) throws -> XLSXSheet {
        try openCheck()
        if let problem = XLSXSheetNameProblem.check(name, existing: sheetNames) {
            throw XLSXError.invalidSheetName(path: path, name: name, problem: problem)
        }
        let spool: SheetSpool
        switch SheetSpool.open(in: temporaryFolder) {
        case .success(let opened): spool = opened
        case .failure(let error):
            throw XLSXError.writeFailed(
                path: path, operation: "add sheet '\(name)'",
                reason: "cannot create a temporary file in \(temporaryFolder): \(error.reason)")
        }
        if let previous = sheets.last { finish(previous) }
        let sheet = XLSXSheet(workbook: self, number: sheets.count + 1, name: name, spool: spool)
        sheets.append(sheet)
        return sheet
    }

    /// Writes the workbook to `path`; afterwards the workbook and its sheets take nothing more.
    ///
    /// A workbook without sheets gets an empty `Sheet1`, as libxlsxwriter's. On failure nothing is left at
    /// `path` (an older file there stays as it was) and the error says what failed.
    package func close() throws {
        try openCheck()
        if sheets.isEmpty { _ = try addSheet(name: "Sheet1") }
        finish(sheets[sheets.count - 1])
        life.isOpen = false
        // Each sheet's last row, then its closing XML, sheet after sheet (libxlsxwriter's packager).
        for (sheet, compression) in zip(sheets, compressions) where !compression.isEnded {
            end(sheet, compression)
        }
        var parts = packageParts()
        var failure: String?
        for (index, compression) in compressions.enumerated() {
            let (entry, problem) = compression.result()
            failure = failure ?? problem
            parts.entries[parts.sheetPositions[index]] = entry
        }
        defer { compressions.forEach { $0.closeOutput() } }
        if let failure {
            throw XLSXError.writeFailed(path: path, operation: "write the workbook", reason: failure)
        }
        try publish(parts.entries.map { $0! })
    }

    /// Writes `entries` as a zip at the partial path and renames it to `path`; removes it on failure.
    private func publish(_ entries: [ZipEntry]) throws {
        let descriptor = open(partialPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw XLSXError.writeFailed(
                path: path, operation: "create the workbook file", reason: String(cString: strerror(errno)))
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 18)
        func drain() throws {
            try buffer.withUnsafeBytes { bytes in
                var done = 0
                while done < bytes.count {
                    let written = write(descriptor, bytes.baseAddress! + done, bytes.count - done)
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw XLSXError.writeFailed(
                            path: path, operation: "write the workbook", reason: String(cString: strerror(errno)))
                    }
                    done += written
                }
            }
            buffer.removeAll(keepingCapacity: true)
        }
        do {
            let fits: Bool
            do {
                fits = try ZipFile.bytes(entries) { bytes in
                    buffer.append(contentsOf: bytes)
                    if buffer.count >= 1 << 18 { try drain() }
                }
            } catch let error as ZipReadError {
                throw XLSXError.writeFailed(path: path, operation: "write the workbook", reason: error.reason)
            }
            guard fits else {
                throw XLSXError.writeFailed(
                    path: path, operation: "write the workbook",
                    reason: "it needs more than the 4 GiB of a zip without ZIP64; split it into several workbooks")
            }
            try drain()
            guard Glibc.close(descriptor) == 0 else {
                throw XLSXError.writeFailed(
                    path: path, operation: "write the workbook", reason: String(cString: strerror(errno)))
            }
        } catch {
            Glibc.close(descriptor)
            unlink(partialPath)
            throw error
        }
        guard rename(partialPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(partialPath)
            throw XLSXError.moveFailed(path: path, reason: reason)
        }
    }

    /// Throws `XLSXError.workbookClosed` once closed.
    @discardableResult
    func openCheck() throws -> Bool {
        guard !isClosed else { throw XLSXError.workbookClosed(path: path) }
        return true
    }

    /// The number of `format` (nil for the default style), made on first use.
    func style(for format: XLSXFormat) throws -> Int? {
        try styles.number(for: format, path: path)
    }

    /// The XF index of style `number`, given the first time a cell with it is written out.
    func xfIndex(ofStyle number: Int) -> Int { styles.xfIndex(of: number) }

    /// `format` resolved to this workbook's style, made now if it is the first use: cells written with
    /// the result skip looking the format up again.
    package func cellFormat(_ format: XLSXFormat) throws -> XLSXCellFormat {
        try openCheck()
        return XLSXCellFormat(resolution: .init(format: format, style: try style(for: format), workbook: self))
    }

    /// Runs `body` (which writes cells and may ``close()`` the workbook). Numbers are written in the "C"
    /// locale whatever the thread's, so this only keeps the shape of the calls that wrapped libxlsxwriter.
    package func withCLocale<Result>(_ body: () throws -> Result) rethrows -> Result { try body() }

    /// The number of distinct formats made so far.
    var formatCount: Int { styles.count }

    /// Finishes `sheet` but for its current row: hands its XML so far to a compression task, which runs while
    /// the caller writes the next sheet.
    ///
    /// When every style of its last row already has its XF index, that row is written now and the entry ended
    /// (freeing its stream): writing it at `close()` would number no style, so the bytes are the same.
    private func finish(_ sheet: XLSXSheet) {
        guard let spool = sheet.spool else { return }
        sheet.spool = nil
        spool.flush()
        spool.buffer = []  // its capacity, while the sheet waits for the compression queue
        let compression = SheetCompression(name: "xl/worksheets/sheet\(sheet.number).xml")
        compressions.append(compression)
        compression.start(head: sheet.state.head(selected: sheet.number == 1), spool: spool, folder: temporaryFolder)
        if sheet.pendingStyles.allSatisfy(styles.hasXFIndex) { end(sheet, compression) }
    }

    /// Writes `sheet`'s last row and closing XML to its compression and ends it.
    private func end(_ sheet: XLSXSheet, _ compression: SheetCompression) {
        var last: [UInt8] = []
        sheet.writeRow(into: &last)
        compression.end(last + sheet.state.tail(merges: SheetState.mergeCells(sheet.mergedRanges)))
    }

    /// Every part but the sheets (left nil, at `sheetPositions`), compressed, in libxlsxwriter's order.
    private func packageParts() -> (entries: [ZipEntry?], sheetPositions: [Int]) {
        let parts = PackageParts(
            sheets: sheets.map { PackageParts.Sheet(name: $0.name, state: $0.state) }, properties: properties,
            styles: styles)
        var names: [String] = []
        var contents: [[UInt8]?] = []
        var sheetPositions: [Int] = []
        for (name, bytes) in parts.all() {
            if let bytes {
                names.append(name)
                contents.append(bytes)
            } else {
                sheetPositions.append(names.count)
                names.append(name)
                contents.append(nil)
            }
        }
        let results = (0..<names.count).map { _ in EntrySlot() }
        let work = contents
        let workNames = names
        DispatchQueue.concurrentPerform(iterations: names.count) { index in
            guard let bytes = work[index] else { return }
            results[index].entry = ZipEntry.deflating(workNames[index], bytes)
        }
        return (results.map(\.entry), sheetPositions)
    }

    /// Frees a workbook never closed: its sheets' temporary files; nothing is written.
    deinit {
        life.isOpen = false
        for compression in compressions where !compression.isEnded { compression.end([]) }
        for compression in compressions {
            _ = compression.result()
            compression.closeOutput()
        }
        sheets.forEach { $0.spool?.close() }  // the finished ones' compressions closed theirs
    }
}

/// A sheet's XML compressed on another thread: its head and spooled rows as soon as the sheet is finished,
/// its last row and closing XML when the workbook is closed, in that order on one serial queue.
final class SheetCompression: @unchecked Sendable {
    // @unchecked: `stream`, `spool`, `entry` and `failure` are touched only by the blocks of `queue`, which
    // run one after another; `result()` reads them after `queue.sync`, which orders those blocks before it.
    private let queue: DispatchQueue
    private let name: String
    private var stream: DeflateStream?
    private var output: SheetSpool?
    private var entry: ZipEntry?
    private var failure: String?

    /// The one queue of every sheet's compression: sheets are compressed one after another, on one other
    /// core, while the caller writes the next sheet (two cores busy; more threads would only hold more
    /// memory).
    private static let sharedQueue = DispatchQueue(label: "capplan.xlsx.compression")

    init(name: String) {
        self.name = name
        queue = Self.sharedQueue
    }

    /// Compresses `head`, then every byte of `spool`, and closes `spool`; the compressed bytes go to a new
    /// temporary file in `folder`.
    func start(head: [UInt8], spool: SheetSpool, folder: String) {
        queue.async {
            let output: SheetSpool
            switch SheetSpool.open(in: folder, bufferBytes: 1 << 16) {
            case .success(let opened): output = opened
            case .failure(let error):
                self.failure = "cannot create a temporary file in \(folder): \(error.reason)"
                spool.close()
                return
            }
            self.output = output
            let stream = DeflateStream(sink: output)
            stream.write(head)
            spool.read { stream.write($0) }
            stream.park()
            self.failure = spool.failure ?? output.failure
            spool.close()
            self.stream = stream
        }
    }

    /// Whether ``end(_:)`` was called (on the caller's thread).
    private(set) var isEnded = false

    /// Compresses `rest` and ends the entry.
    func end(_ rest: [UInt8]) {
        isEnded = true
        queue.async {
            guard let stream = self.stream else { return }
            stream.write(rest)
            stream.finish()
            self.entry = stream.entry(self.name)
            self.entry?.spool = self.output
            self.failure = self.failure ?? self.output?.failure
            self.stream = nil
        }
    }

    /// Closes the temporary file of the compressed bytes, once they are in the zip (or not wanted).
    func closeOutput() {
        queue.sync { output?.close() }
    }

    /// The entry (after ``end(_:)``) and the first spool error, once the compression is done.
    func result() -> (ZipEntry?, String?) {
        queue.sync {}
        return (entry, failure)
    }
}

/// One zip entry made on another thread.
final class EntrySlot: @unchecked Sendable {
    // @unchecked: written by one compression task only, and read after the DispatchGroup (or
    // concurrentPerform) it ran in has finished, which orders the write before the read.
    var entry: ZipEntry?
    var failure: String?
}

/// A cell format already resolved to one workbook's style (``XLSXWorkbook/cellFormat(_:)``), for
/// writing many cells without looking the format up for each.
///
/// Used with a sheet of another workbook, it is resolved again in that workbook, as an ``XLSXFormat`` is.
package struct XLSXCellFormat {
    /// What was resolved, in one object: a copy of the format costs one reference count.
    final class Resolution {
        /// The format.
        let format: XLSXFormat
        /// The format's number in ``workbook``; nil for the default style.
        let style: Int?
        /// The workbook the number belongs to (kept alive, so its identity is never another's).
        let workbook: XLSXWorkbook
        /// The workbook's identity, compared on every cell without touching the workbook.
        let workbookID: ObjectIdentifier

        /// `format` resolved to `style` in `workbook`.
        init(format: XLSXFormat, style: Int?, workbook: XLSXWorkbook) {
            self.format = format
            self.style = style
            self.workbook = workbook
            workbookID = ObjectIdentifier(workbook)
        }
    }

    /// What was resolved.
    let resolution: Resolution
}

extension DeflateStream {
    /// The finished stream as the zip entry `name`.
    func entry(_ name: String) -> ZipEntry {
        ZipEntry(
            name: name, crc: UInt32(crc), size: inputCount, compressed: output, spool: nil,
            compressedCount: outputCount,
            text: isText)
    }
}

/// Whether a workbook still takes cells: false once it is closed or dropped. Held by the workbook and its
/// sheets, so a sheet checks it without loading its workbook.
final class WorkbookLife {
    /// True until `close()` or the workbook's end.
    var isOpen = true
}
