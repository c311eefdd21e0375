import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open file, closed when dropped: the one place capplan reads and writes files with system calls.
/// Built on swift-system's `FileDescriptor`, whose calls retry after EINTR.
package final class SystemFile {
    /// The path as the caller gave it, for errors.
    package let path: String
    /// The open file; nil once closed.
    private var open: FileDescriptor?
    /// The open file (a closed file is a programming error).
    package var descriptor: FileDescriptor { open! }

    /// What a path names.
    package enum Kind: Sendable, Equatable {
        case regular, folder, other
    }

    private init(path: String, descriptor: FileDescriptor) {
        self.path = path
        open = descriptor
    }

    deinit {
        try? open?.close()
    }

    /// Opens `path` for reading. With `nonBlocking`, a FIFO with no writer cannot hang the open (for a
    /// caller that then refuses what is not a regular file).
    package static func reading(_ path: String, nonBlocking: Bool = false) throws(SystemError) -> SystemFile {
        do {
            let descriptor = try FileDescriptor.open(
                FilePath(path), .readOnly, options: nonBlocking ? [.closeOnExec, .nonBlocking] : [.closeOnExec])
            return SystemFile(path: path, descriptor: descriptor)
        } catch {
            throw SystemError(path: path, thrown: error)
        }
    }

    /// Creates `path` for writing with `permissions`: a new file only (`exclusive`), or truncating one.
    package static func creating(
        _ path: String, exclusive: Bool = false,
        permissions: FilePermissions = [.ownerReadWrite, .groupRead, .otherRead]
    ) throws(SystemError) -> SystemFile {
        do {
            let options: FileDescriptor.OpenOptions =
                exclusive ? [.create, .exclusiveCreate, .closeOnExec] : [.create, .truncate, .closeOnExec]
            let descriptor = try FileDescriptor.open(
                FilePath(path), .writeOnly, options: options, permissions: permissions)
            return SystemFile(path: path, descriptor: descriptor)
        } catch {
            throw SystemError(path: path, thrown: error)
        }
    }

    /// Reads the next bytes into `buffer`; 0 at the end of the file.
    package func read(into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> Int {
        do { return try descriptor.read(into: buffer) } catch { throw SystemError(path: path, thrown: error) }
    }

    /// Reads up to `buffer.count` bytes at `offset` without moving the read position.
    package func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(SystemError) -> Int {
        do {
            return try descriptor.read(fromAbsoluteOffset: Int64(offset), into: buffer)
        } catch {
            throw SystemError(path: path, thrown: error)
        }
    }

    /// The rest of the file from the read position, `expected` bytes long as far as the caller knows (more
    /// are read if it has grown), but never more than `limit` + 1 bytes: a longer result says it is over.
    package func readToEnd(expected: Int, limit: Int) throws(SystemError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
            let count = try bytes.withUnsafeMutableBytes { buffer in
                Result { () throws(SystemError) in
                    try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
                }
            }.get()
            if count == 0 { break }
            filled += count
            if filled > limit { break }
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Writes all of `bytes` (retrying short writes).
    package func write(_ bytes: UnsafeRawBufferPointer) throws(SystemError) {
        do { _ = try descriptor.writeAll(bytes) } catch { throw SystemError(path: path, thrown: error) }
    }

    /// Moves the read position to `offset` bytes from the start.
    package func seek(to offset: Int) throws(SystemError) {
        do { _ = try descriptor.seek(offset: Int64(offset), from: .start) } catch {
            throw SystemError(path: path, thrown: error)
        }
    }

    /// The file's size in bytes (the read position moves to the end: seek before reading on).
    package func size() throws(SystemError) -> Int {
        do { return Int(try descriptor.seek(offset: 0, from: .end)) } catch {
            throw SystemError(path: path, thrown: error)
        }
    }

    /// What the open file is.
    package func kind() throws(SystemError) -> Kind {
        var status = stat()
        guard fstat(descriptor.rawValue, &status) == 0 else { throw SystemError(path: path, errno: .current) }
        return SystemCalls.kind(status.st_mode)
    }

    /// Back to blocking reads (after a `nonBlocking` open of what proved to be a regular file).
    package func setBlocking() {
        let flags = fcntl(descriptor.rawValue, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor.rawValue, F_SETFL, flags & ~O_NONBLOCK) }
    }

    /// Closes the file now, reporting an error of the close (the last chance to hear of a failed write).
    package func close() throws(SystemError) {
        guard let descriptor = open else { return }
        open = nil
        do { try descriptor.close() } catch { throw SystemError(path: path, thrown: error) }
    }
}

extension Errno {
    /// The calling thread's errno.
    static var current: Errno { Errno(rawValue: errno) }
}
