import Foundation
import Reporting

/// One file of a run folder, as a renderer gives it: bytes in memory, a document streamed into the
/// file as it is rendered (`summary.json`), or a file a C library writes at a path (`capplan.xlsx`).
struct OutputFile {
    /// How the file's bytes are made.
    enum Content {
        /// Bytes rendered beforehand.
        case bytes([UInt8])
        /// A renderer writing into the open file.
        case stream((inout FileSink) -> Void)
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
    init(_ name: String, rendering render: @escaping () -> String) {
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
}

/// A ``ByteSink`` writing to an open file descriptor; the first failure is kept (later writes are
/// dropped) and reported by the publisher when the file is closed.
struct FileSink: ByteSink {
    /// The open file.
    let descriptor: Int32
    /// errno of the first failed write, 0 while every write succeeded.
    private(set) var failure: Int32 = 0

    /// A sink into `descriptor`.
    init(descriptor: Int32) { self.descriptor = descriptor }

    /// Writes all of `bytes`, retrying after EINTR and short writes.
    mutating func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == 0, var base = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let count = Foundation.write(descriptor, base, left)
            if count < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            base += count
            left -= count
        }
    }
}
