import CapplanErrors
import Foundation
import Synchronization
import SystemIO
import SystemPackage

/// One run per output folder at a time (docs/CLI.md "Where outputs go"): an advisory `flock` on the file
/// `.capplan.<name>.lock` beside the folder, in its parent, never inside the folder that is replaced.
///
/// The lock is taken before anything is staged and held until the process ends, after the swap; the
/// holder writes its process id into the file, so a second run can say whom it waits for. The holder
/// removes the file when it exits (an `atexit` handler), before its descriptor closes and the lock is
/// released; so a process that gets the lock checks that its descriptor is still the file at the path
/// (device and inode) and otherwise opens the new file and locks again. `make nightly` takes the same
/// lock with `flock(1)`, with the same check, for its dated copy.
final class OutputLock: Sendable {
    /// Why the lock of the output folder `destination` could not be taken.
    enum Failure: CapplanFailure {
        /// Another process holds it (`--no-wait`); its process id when the file names one.
        case held(destination: String, pid: Int32?)
        /// The lock file (or its folder) at `path` cannot be opened or locked.
        case system(destination: String, path: String, reason: String)

        /// Who holds the folder and what to do, or which file cannot be locked.
        var message: ProblemMessage {
            switch self {
            case .held(let destination, let pid):
                ProblemMessage(
                    file: destination, "another run is writing this folder\(pid.map { " (pid \($0))" } ?? "")",
                    remedy: "try again when it has finished, or leave out --no-wait to wait for it")
            case .system(let destination, let path, let reason):
                ProblemMessage(
                    file: path, "cannot lock the output folder \(destination) (\(reason))",
                    remedy: "check that the folder is writable")
            }
        }

        /// 75 (EX_TEMPFAIL) when another run holds the folder, 73 when the lock file cannot be made.
        var exitStatus: ExitStatus {
            if case .held = self { return .tempFail }
            return .cantCreate
        }
    }

    /// The locks taken by this process, held until it ends.
    private static let held = Mutex<[OutputLock]>([])

    /// The open lock file; closing it releases the lock.
    private let descriptor: Int32
    /// Where the lock file is.
    private let path: String

    /// Wraps a locked descriptor of the file at `path`.
    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit { close(descriptor) }

    /// Removes the lock file if it is still this lock's (the lock itself is released when the process ends).
    private func remove() {
        if Self.isCurrent(descriptor, path: path) { unlink(path) }
    }

    /// Whether `descriptor` is the file now at `path` (device and inode).
    private static func isCurrent(_ descriptor: Int32, path: String) -> Bool {
        var open = stat()
        var named = stat()
        guard fstat(descriptor, &open) == 0, lstat(path, &named) == 0 else { return false }
        return open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    /// Removes the lock files of the locks this process holds; registered with `atexit`.
    private static func removeAll() {
        let locks = held.withLock { $0 }
        for lock in locks { lock.remove() }
    }

    /// The lock file of the output folder `destination`: `.capplan.<name>.lock` in its parent.
    static func path(for destination: String) -> String {
        let url = URL(fileURLWithPath: destination)
        return url.deletingLastPathComponent().appendingPathComponent(".capplan.\(url.lastPathComponent).lock").path
    }

    /// Locks `destination`'s lock file until the process ends, creating the parent folder when it is
    /// missing. When another process holds it, throws ``Failure/held(pid:)`` if `wait` is false, otherwise
    /// calls `waiting` with the holder's process id and blocks until the lock is free.
    static func acquire(_ destination: String, wait: Bool, waiting: (Int32?) -> Void) throws(Failure) {
        let path = path(for: destination)
        let parent = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .system(destination: destination, path: parent, reason: "cannot create it")
        }
        var said = false
        while true {
            let descriptor = try openLocked(path, of: destination, wait: wait) { holder in
                if !said { waiting(holder) }
                said = true
            }
            // The holder before removed the file as it finished: lock the new one.
            guard isCurrent(descriptor, path: path) else {
                close(descriptor)
                continue
            }
            let text = Array("\(getpid())\n".utf8)
            if ftruncate(descriptor, 0) == 0 {
                _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
            }
            let lock = OutputLock(descriptor: descriptor, path: path)
            let first = held.withLock { locks in
                locks.append(lock)
                return locks.count == 1
            }
            if first { atexit { OutputLock.removeAll() } }
            return
        }
    }

    /// Opens the file at `path`, the lock of `destination`, and locks it, waiting (after `waiting`) when `wait` is
    /// set; its descriptor.
    private static func openLocked(
        _ path: String, of destination: String, wait: Bool, waiting: (Int32?) -> Void
    ) throws(Failure) -> Int32 {
        let descriptor: FileDescriptor
        do {
            descriptor = try SystemCalls.openForUpdate(path, permissions: [.ownerReadWrite, .groupRead, .otherRead])
        } catch {
            throw .system(destination: destination, path: path, reason: error.reason)
        }
        do throws(SystemError) {
            if try SystemCalls.lock(descriptor, path: path, wait: false) { return descriptor.rawValue }
        } catch {
            try? descriptor.close()
            throw .system(destination: destination, path: path, reason: error.reason)
        }
        let holder = Self.holder(descriptor.rawValue)
        guard wait else {
            try? descriptor.close()
            throw .held(destination: destination, pid: holder)
        }
        waiting(holder)
        do throws(SystemError) {
            _ = try SystemCalls.lock(descriptor, path: path, wait: true)
            return descriptor.rawValue
        } catch {
            try? descriptor.close()
            throw .system(destination: destination, path: path, reason: error.reason)
        }
    }

    /// The process id written in the lock file by its holder, if it names one.
    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return Int32(text).flatMap { $0 > 0 ? $0 : nil }
    }
}
