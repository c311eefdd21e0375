import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The calls on paths that swift-system does not wrap (folders, renames, modes, processes), each turning
/// a failure into a ``SystemError`` the same way.
package enum SystemCalls {
    /// What `path` names, without following a final symbolic link (a link is `.other`); nil when nothing
    /// is there. Any other failure (a parent that is a file, no permission) throws.
    package static func kind(of path: String) throws(SystemError) -> SystemFile.Kind? {
        var status = stat()
        if lstat(path, &status) == 0 { return kind(status.st_mode) }
        if errno == ENOENT { return nil }
        throw SystemError(path: path, errno: .current)
    }

    /// What `path` names, following links; nil when nothing is there or it cannot be told.
    package static func resolvedKind(of path: String) -> SystemFile.Kind? {
        var status = stat()
        return stat(path, &status) == 0 ? kind(status.st_mode) : nil
    }

    /// The size of the file at `path`, following links; nil when it cannot be told.
    package static func size(of path: String) -> Int? {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : nil
    }

    /// The kind a `st_mode` stands for.
    static func kind(_ mode: mode_t) -> SystemFile.Kind {
        switch mode & S_IFMT {
        case S_IFREG: .regular
        case S_IFDIR: .folder
        default: .other
        }
    }

    /// Creates the folder `path` with `permissions`; an existing one is an error only when `existingIsError`.
    package static func makeFolder(
        _ path: String, permissions: FilePermissions, existingIsError: Bool = true
    )
        throws(SystemError)
    {
        if mkdir(path, permissions.rawValue) == 0 { return }
        let error = Errno.current
        if error == .fileExists && !existingIsError { return }
        throw SystemError(path: path, errno: error)
    }

    /// Renames `source` to `destination`, replacing a file there (`rename(2)`).
    package static func rename(_ source: String, to destination: String) throws(SystemError) {
        guard posixRename(source, destination) == 0 else { throw SystemError(path: destination, errno: .current) }
    }

    /// Swaps `source` and `destination` in one step (Linux `renameat2` with `RENAME_EXCHANGE`): false when
    /// the system or the file system cannot (the caller then falls back to two renames).
    package static func exchange(_ source: String, with destination: String) throws(SystemError) -> Bool {
        guard let renameat2 = Renameat2.function else { return false }
        if renameat2(AT_FDCWD, source, AT_FDCWD, destination, Renameat2.exchange) == 0 { return true }
        let error = Errno.current
        // A file system without RENAME_EXCHANGE says EINVAL; an old kernel ENOSYS.
        if error == .invalidArgument || error == .noFunction { return false }
        throw SystemError(path: destination, errno: error)
    }

    /// Sets the permissions of `path`.
    package static func setPermissions(_ path: String, _ permissions: FilePermissions) throws(SystemError) {
        guard chmod(path, permissions.rawValue) == 0 else { throw SystemError(path: path, errno: .current) }
    }

    /// The permissions a new file or folder of `permissions` gets under the process's umask.
    package static func masked(_ permissions: FilePermissions) -> FilePermissions {
        let mask = umask(0o022)
        umask(mask)
        return FilePermissions(rawValue: permissions.rawValue & ~mask)
    }

    /// Removes the file at `path`, if any; errors are ignored (a clean-up).
    package static func removeFile(_ path: String) {
        _ = unlink(path)
    }

    /// Opens or creates `path` for reading and writing (a lock file), as a bare descriptor the caller closes.
    package static func openForUpdate(
        _ path: String, permissions: FilePermissions
    ) throws(SystemError)
        -> FileDescriptor
    {
        do {
            return try FileDescriptor.open(
                FilePath(path), .readWrite, options: [.create, .closeOnExec], permissions: permissions)
        } catch {
            throw SystemError(path: path, thrown: error)
        }
    }

    /// Takes the exclusive advisory lock on `descriptor` (`flock`): waiting for it when `wait`, else false
    /// when another process holds it. Retries after EINTR. `path` names the file in an error.
    package static func lock(_ descriptor: FileDescriptor, path: String, wait: Bool) throws(SystemError) -> Bool {
        let operation = LOCK_EX | (wait ? 0 : LOCK_NB)
        while flock(descriptor.rawValue, operation) != 0 {
            let error = Errno.current
            if error == .interrupted { continue }
            if !wait && error == .wouldBlock { return false }
            throw SystemError(path: path, errno: error)
        }
        return true
    }

    /// Whether the process `pid` is known to be gone (`kill(pid, 0)` says ESRCH).
    package static func processIsGone(_ pid: Int32) -> Bool {
        kill(pid, 0) != 0 && errno == ESRCH
    }

    /// glibc's `renameat2`, which Swift's Glibc module does not import (it is behind `_GNU_SOURCE`),
    /// looked up once at run time.
    private enum Renameat2 {
        typealias Function =
            @convention(c) (
                Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
            ) -> Int32
        /// `RENAME_EXCHANGE` from `<linux/fs.h>`.
        static let exchange: UInt32 = 1 << 1
        /// The function, or nil on a C library without it.
        static let function: Function? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: Function.self) }
    }
}

/// `rename(2)`, outside ``SystemCalls`` whose own `rename` would shadow it.
private func posixRename(_ source: String, _ destination: String) -> Int32 {
    rename(source, destination)
}
