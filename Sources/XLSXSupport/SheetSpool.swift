import Glibc

/// A sheet's row XML (or its compressed bytes) on its way to the zip: buffered in memory, written in large
/// pieces to a temporary file removed from its folder as soon as it is opened (as libxlsxwriter's
/// constant-memory mode does), so a sheet of any length takes the same memory. The file is read back once.
final class SheetSpool: @unchecked Sendable {
    // @unchecked: the sheet's thread writes it; after `seal()` it is handed whole to one compression task
    // (through a DispatchGroup), which alone reads and closes it.

    /// The bytes not yet written to the file.
    var buffer: [UInt8] = []
    /// The file descriptor; -1 once closed.
    private(set) var descriptor: Int32
    /// Bytes written to the file so far.
    private(set) var fileCount = 0
    /// The first write error, as the system's message.
    private(set) var failure: String?

    /// How many bytes the buffer holds before they go to the file.
    let bufferBytes: Int

    /// Opens a new spool file in `folder`; nil with the system's message when it cannot.
    static func open(in folder: String, bufferBytes: Int = 1 << 17) -> Result<SheetSpool, SpoolError> {
        var template = Array((folder + "/.capplan-xlsx-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return .failure(SpoolError(reason: String(cString: strerror(errno)))) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        return .success(SheetSpool(descriptor: descriptor, bufferBytes: bufferBytes))
    }

    private init(descriptor: Int32, bufferBytes: Int) {
        self.descriptor = descriptor
        self.bufferBytes = bufferBytes
    }

    /// Writes the buffer to the file when it is full.
    func flushIfFull() {
        if buffer.count >= bufferBytes { flush() }
    }

    /// Writes the buffer to the file.
    func flush() {
        guard !buffer.isEmpty, descriptor >= 0 else { return }
        buffer.withUnsafeBytes { bytes in
            var done = 0
            while done < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
                if written < 0 {
                    if errno == EINTR { continue }
                    if failure == nil { failure = String(cString: strerror(errno)) }
                    return
                }
                done += written
            }
        }
        fileCount += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with every byte spooled so far, in pieces, then frees the buffer.
    func read(_ body: (UnsafeRawBufferPointer) -> Void) {
        if fileCount > 0, descriptor >= 0 {
            var chunk = [UInt8](repeating: 0, count: 1 << 17)
            var offset = 0
            while offset < fileCount {
                let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, off_t(offset)) }
                if count < 0 {
                    if errno == EINTR { continue }
                    if failure == nil { failure = String(cString: strerror(errno)) }
                    break
                }
                if count == 0 {
                    if failure == nil { failure = "the temporary file ended early" }
                    break
                }
                chunk.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
                offset += count
            }
        }
        buffer.withUnsafeBytes { body($0) }
        buffer = []
    }

    /// Closes the file (its space is freed: it has no name).
    func close() {
        if descriptor >= 0 { Glibc.close(descriptor) }
        descriptor = -1
        buffer = []
    }

    deinit { close() }
}

/// Why a spool file could not be opened.
struct SpoolError: Error {
    /// The system's message.
    var reason: String
}
