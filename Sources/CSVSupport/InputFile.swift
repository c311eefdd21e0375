#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open input file, read with POSIX calls into buffers the caller owns; closed when dropped.
struct InputFile: ~Copyable {
    /// The path as the user gave it, for messages.
    let path: String
    private let descriptor: Int32

    /// Opens `path` for reading: `.fileNotFound` when it does not exist, `.unreadable` otherwise, and for
    /// anything but a regular file: a folder, or a device or pipe that may never end (`/dev/zero`) or never
    /// answer (`/dev/stdin` at a terminal). Opened without blocking, so a FIFO with no writer cannot hang.
    init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw CSVError.fileNotFound(path: path) }
            throw CSVError.unreadable(path: path, reason: Self.reason(code))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            throw CSVError.unreadable(path: path, reason: Self.reason(code))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            let kind = status.st_mode & S_IFMT == S_IFDIR ? "it is a folder" : "it is a device or a pipe, not a file"
            throw CSVError.unreadable(path: path, reason: kind)
        }
        // Reads of a regular file never block; back to blocking mode, as a plain open gives.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Reads the next bytes into `buffer`; 0 at the end of the file.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let count = posixRead(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw CSVError.unreadable(path: path, reason: Self.reason(errno)) }
        }
    }

    /// Reads up to `buffer.count` bytes at `offset` without moving the read position.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        while true {
            let count = pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
            if count >= 0 { return count }
            if errno != EINTR { throw CSVError.unreadable(path: path, reason: Self.reason(errno)) }
        }
    }

    /// The file's size in bytes (the read position moves to the end: seek before reading on).
    func size() throws -> Int {
        let end = lseek(descriptor, 0, SEEK_END)
        guard end >= 0 else { throw CSVError.unreadable(path: path, reason: Self.reason(errno)) }
        return Int(end)
    }

    /// Moves the read position to `offset` bytes from the start.
    func seek(to offset: Int) throws {
        guard lseek(descriptor, off_t(offset), SEEK_SET) >= 0 else {
            throw CSVError.unreadable(path: path, reason: Self.reason(errno))
        }
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

    /// strerror's text for `code`.
    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// POSIX `read`, reachable from inside `InputFile` whose own `read` methods shadow it.
private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
