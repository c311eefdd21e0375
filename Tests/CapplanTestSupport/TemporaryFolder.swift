import Foundation

/// A new folder under the system's temporary folder for one test, removed when the last reference to it goes
/// (or at ``remove()``): the one scratch folder of the test targets.
package final class TemporaryFolder: Sendable {
    /// The folder.
    package let url: URL

    /// A new empty folder named `PREFIX-UUID`.
    package init(_ prefix: String = "capplan-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A new folder holding a copy of everything in `source`.
    package init(copying source: URL, prefix: String = "capplan-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: url)
    }

    deinit { remove() }

    /// The folder's path.
    package var path: String { url.path }

    /// The path of `name` (a file name, or `folder/name`) in the folder, whether or not it exists.
    package func file(_ name: String) -> String { fileURL(name).path }

    /// ``file(_:)`` as a URL: `name` (a file name, or `folder/name`) in the folder, whether or not it exists,
    /// such as an output folder a command is to create.
    package func fileURL(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// A path in the folder that does not exist.
    package func missing(_ name: String) -> String { file(name) }

    /// Writes `text` as UTF-8 to `name`, creating its folder, and returns the file's path.
    @discardableResult
    package func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    /// Writes raw bytes to `name`, creating its folder, and returns the file's path.
    @discardableResult
    package func write(_ name: String, bytes: [UInt8]) throws -> String {
        let target = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: target)
        return target.path
    }

    /// The text of `name`.
    package func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: url.appendingPathComponent(name)), as: UTF8.self)
    }

    /// The names in the subfolder `name` (the folder itself by default), sorted.
    package func listing(_ name: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: name.isEmpty ? path : file(name)).sorted()
    }

    /// Removes the folder and everything in it now.
    package func remove() { try? FileManager.default.removeItem(at: url) }
}
