import Foundation
import Reporting
import SystemIO

/// One file of a run folder, as a renderer gives it: bytes in memory, a document streamed into the
/// file as it is rendered (`summary.json`), or a file a C library writes at a path (`capplan.xlsx`).
struct OutputFile {
    /// How the file's bytes are made.
    enum Content {
        /// Bytes rendered beforehand.
        case bytes([UInt8])
        /// A renderer writing into the open file.
        case stream(@Sendable (inout FileSink) -> Void)
        /// A writer given the file's path (it creates the file there). The publisher runs it on a
        /// thread of its own, beside the other files.
        case path(@Sendable (String) throws -> Void)
    }

    /// The name in the run folder: a plain name, or `baseline/name`.
    var name: String
    /// Its content.
    var content: Content

    /// A text file.
    init(_ name: String, text: String) {
        self.name = name
        content = .bytes(Array(text.utf8))
    }

    /// A text file rendered when it is written, so rendering overlaps with a file written beside it.
    init(_ name: String, rendering render: @escaping @Sendable () -> String) {
        self.name = name
        content = .stream { sink in
            var text = render()
            text.withUTF8 { sink.write(UnsafeRawBufferPointer($0)) }
        }
    }

    /// A file of any content.
    init(_ name: String, _ content: Content) {
        self.name = name
        self.content = content
    }

    /// The same file under `folder/` (a what-if's `baseline/`).
    func inFolder(_ folder: String) -> OutputFile { OutputFile(folder + "/" + name, content) }

    /// Whether a library writes the file at its path (the workbook): the longest to write.
    var isWrittenAtPath: Bool {
        if case .path = content { true } else { false }
    }
}

/// A ``ByteSink`` writing to an open file; the first failure is kept (later writes are dropped) and
/// reported by the publisher when the file is closed.
struct FileSink: ByteSink {
    /// The open file.
    let file: SystemFile
    /// The first failed write, nil while every write succeeded.
    private(set) var failure: SystemError?

    /// A sink into `file`.
    init(file: SystemFile) { self.file = file }

    /// Writes all of `bytes` (``SystemFile/write(_:)`` retries after EINTR and short writes).
    mutating func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, !bytes.isEmpty else { return }
        do { try file.write(bytes) } catch { failure = error }
    }
}
