import Foundation
import SystemIO

/// A private folder for one fuzzing process (or one test): each input is written to files in it, because
/// the readers under test read files as a run does; removed when dropped.
package final class FuzzScratch {
    /// The folder's path.
    package let path: String

    /// A new folder in shared memory (`/dev/shm`) when the machine has it, where the publisher's fsync
    /// costs nothing; else under the system's temporary folder.
    package init() throws {
        var isFolder: ObjCBool = false
        let memory = FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isFolder) && isFolder.boolValue
        let parent = memory ? URL(fileURLWithPath: "/dev/shm") : FileManager.default.temporaryDirectory
        let url = parent.appendingPathComponent("capplan-fuzz-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The path of `name` in the folder.
    package func file(_ name: String) -> String { path + "/" + name }

    /// Writes `bytes` to `name` (replacing it, creating its folder) and returns its path; plain writes,
    /// through ``SystemIO/SystemFile``, not Foundation's atomic ones with their fsync. A write that fails is a broken harness, not a finding.
    @discardableResult
    package func write(_ name: String, _ bytes: some Collection<UInt8>) -> String {
        let target = file(name)
        if name.contains("/") {
            try? FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        }
        do {
            let file = try SystemFile.creating(target)
            try Array(bytes).withUnsafeBytes { buffer in
                Result { () throws(SystemError) in try file.write(buffer) }
            }.get()
            try file.close()
        } catch {
            fatalError("fuzz harness: cannot write \(target): \(error)")
        }
        return target
    }

    /// Removes `name` (a file or folder) when it is there.
    package func remove(_ name: String) {
        try? FileManager.default.removeItem(atPath: file(name))
    }
}
