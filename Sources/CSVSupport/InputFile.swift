import SystemIO

/// An open input file, read into buffers the caller owns (through ``SystemIO/SystemFile``); closed when
/// dropped.
struct InputFile: ~Copyable {
    /// The path as the user gave it, for messages.
    var path: String { file.path }
    private let file: SystemFile

    /// Opens `path` for reading: `.fileNotFound` when it does not exist, `.unreadable` otherwise, and for
    /// anything but a regular file: a folder, or a device or pipe that may never end (`/dev/zero`) or never
    /// answer (`/dev/stdin` at a terminal). Opened without blocking, so a FIFO with no writer cannot hang.
    init(path: String) throws {
        file = try Self.open(path)
    }

    /// The open regular file at `path` (``init(path:)`` says what is refused).
    private static func open(_ path: String) throws -> SystemFile {
        let file: SystemFile
        let kind: SystemFile.Kind
        do throws(SystemError) {
            file = try SystemFile.reading(path, nonBlocking: true)
            kind = try file.kind()
        } catch {
            if error.errno == .noSuchFileOrDirectory { throw CSVError.fileNotFound(path: path) }
            throw CSVError.unreadable(path: path, reason: error.reason)
        }
        switch kind {
        case .regular: break
        case .folder: throw CSVError.unreadable(path: path, reason: "it is a folder")
        case .other: throw CSVError.unreadable(path: path, reason: "it is a device or a pipe, not a file")
        }
        // Reads of a regular file never block; back to blocking mode, as a plain open gives.
        file.setBlocking()
        return file
    }

    /// Reads the next bytes into `buffer`; 0 at the end of the file.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        do { return try file.read(into: buffer) } catch { throw CSVError.unreadable(path: path, reason: error.reason) }
    }

    /// Reads up to `buffer.count` bytes at `offset` without moving the read position.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        do { return try file.read(into: buffer, at: offset) } catch {
            throw CSVError.unreadable(path: path, reason: error.reason)
        }
    }

    /// The file's size in bytes (the read position moves to the end: seek before reading on).
    func size() throws -> Int {
        do { return try file.size() } catch { throw CSVError.unreadable(path: path, reason: error.reason) }
    }

    /// Moves the read position to `offset` bytes from the start.
    func seek(to offset: Int) throws {
        do { try file.seek(to: offset) } catch { throw CSVError.unreadable(path: path, reason: error.reason) }
    }

    /// The 1-based physical line holding the byte at `offset`: one plus the line ends before it,
    /// where LF, CR and CRLF each end one line. Reads `[0, offset)` again through `buffer`.
    func line(ofOffset offset: Int, buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        var line = 1
        var position = 0
        var previous: UInt8 = 0
        while position < offset {
            let window = UnsafeMutableRawBufferPointer(rebasing: buffer[..<min(buffer.count, offset - position)])
            let count = try read(into: window, at: position)
            if count == 0 { break }
            for byte in UnsafeRawBufferPointer(rebasing: window[..<count]) {
                if byte == 13 || (byte == 10 && previous != 13) { line += 1 }
                previous = byte
            }
            position += count
        }
        return line
    }
}
