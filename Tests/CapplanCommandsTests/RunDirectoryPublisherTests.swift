import CapplanTestSupport
import Foundation
import Testing

@testable import CapplanCommands

@Suite("RunDirectoryPublisher: a run folder all or nothing")
struct RunDirectoryPublisherTests {
    /// Every file under `folder` (recursively, hidden ones too) with its bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let name = enumerator?.nextObject() as? String {
            let url = folder.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            files[name] = isFolder.boolValue ? Data("<folder>".utf8) : try Data(contentsOf: url)
        }
        return files
    }

    /// The names in `folder`, sorted, hidden ones included.
    static func listing(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("the first publish creates the folder, and its missing parents, with exactly the files")
    func firstPublish() throws {
        let scratch = try TemporaryFolder("capplan-publish")
        let root = scratch.url
        let destination = root.appendingPathComponent("processed/runs/latest")
        try RunDirectoryPublisher(destination: destination.path)
            .publish(files: [("priorities.csv", "rank,kode\n1,65.02.01\n"), ("brief.md", "# Ringkasan\n")])
        #expect(
            try Self.snapshot(destination) == [
                "priorities.csv": Data("rank,kode\n1,65.02.01\n".utf8), "brief.md": Data("# Ringkasan\n".utf8),
            ])
        #expect(try Self.listing(root) == ["processed"])
        #expect(try Self.listing(root.appendingPathComponent("processed/runs")) == ["latest"])
    }

    @Test("a second publish replaces every file and removes the ones no longer written")
    func secondPublish() throws {
        let scratch = try TemporaryFolder("capplan-publish")
        let root = scratch.url
        let destination = root.appendingPathComponent("latest")
        let publisher = RunDirectoryPublisher(destination: destination.path)
        try publisher.publish(files: [("a.csv", "old a, a longer text\n"), ("b.csv", "old b\n"), ("c.csv", "old c\n")])
        try publisher.publish(files: [("a.csv", "new a\n"), ("d.csv", "new d\n")])
        #expect(try Self.snapshot(destination) == ["a.csv": Data("new a\n".utf8), "d.csv": Data("new d\n".utf8)])
        #expect(try Self.listing(root) == ["latest"])
    }

    @Test("a publish with no files leaves an empty folder")
    func emptyPublish() throws {
        let scratch = try TemporaryFolder("capplan-publish")
        let root = scratch.url
        let destination = root.appendingPathComponent("latest")
        try RunDirectoryPublisher(destination: destination.path).publish(files: [("a.csv", "a\n")])
        try RunDirectoryPublisher(destination: destination.path).publish(files: [])
        #expect(try Self.listing(destination) == [])
        #expect(try Self.listing(root) == ["latest"])
    }

    @Test("a parent that is a regular file: the exact message, nothing created, no temporary folder")
    func parentIsAFile() throws {
        let scratch = try TemporaryFolder("capplan-publish")
        let root = scratch.url
        try Data("not a folder\n".utf8).write(to: root.appendingPathComponent("processed"))
        let destination = root.appendingPathComponent("processed/latest").path
        let error = #expect(throws: RunDirectoryPublisher.PublishError.self) {
            try RunDirectoryPublisher(destination: destination).publish(files: [("a.csv", "a\n")])
        }
        #expect(
            error?.description
                == "\(destination): cannot write the output folder (Not a directory) — check that the folder is writable"
        )
        #expect(try Self.snapshot(root) == ["processed": Data("not a folder\n".utf8)])
    }

    @Test("a parent two levels up that is a regular file: the same message for the destination")
    func grandparentIsAFile() throws {
        let scratch = try TemporaryFolder("capplan-publish")
        let root = scratch.url
        try Data("x\n".utf8).write(to: root.appendingPathComponent("processed"))
        let destination = root.appendingPathComponent("processed/runs/2026-01-01").path
        let error = #expect(throws: RunDirectoryPublisher.PublishError.self) {
            try RunDirectoryPublisher(destination: destination).publish(files: [("a.csv", "a\n")])
        }
        #expect(
            error?.description
                == "\(destination): cannot write the output folder (Not a directory) — check that the folder is writable"
        )
        #expect(try Self.listing(root) == ["processed"])
    }

    @Test("a failure while writing (a file name given twice) leaves the previous run byte for byte")
    func failureKeepsPreviousRun() throws {
        let scratch = try TemporaryFolder("capplan-publish")
        let root = scratch.url
        let destination = root.appendingPathComponent("latest")
        let publisher = RunDirectoryPublisher(destination: destination.path)
        try publisher.publish(files: [("a.csv", "old a\n"), ("b.csv", "old b\n")])
        let before = try Self.snapshot(root)
        let error = #expect(throws: RunDirectoryPublisher.PublishError.self) {
            try publisher.publish(files: [("a.csv", "new a\n"), ("c.csv", "new c\n"), ("a.csv", "again\n")])
        }
        #expect(
            error?.description
                == "\(destination.path): cannot write the output folder (a.csv: File exists) — check that the folder is writable"
        )
        #expect(try Self.snapshot(root) == before)
    }

    struct WriterFailure: Error, CustomStringConvertible {
        var description: String { "the library could not write it" }
    }

    @Test("files written side by side: each reported in the order given, or a failure keeps the previous run")
    func backgroundWriter() throws {
        let scratch = try TemporaryFolder("capplan-publish")
        let root = scratch.url
        let destination = root.appendingPathComponent("latest")
        let publisher = RunDirectoryPublisher(destination: destination.path)
        var timed: [String] = []
        try publisher.publish(
            [
                OutputFile("a.csv", text: "a\n"),
                OutputFile("book.bin", .path { try Data("book\n".utf8).write(to: URL(fileURLWithPath: $0)) }),
                OutputFile("b.csv") { "b\n" },
            ], written: { name, _ in timed.append(name) })
        #expect(try Self.listing(destination) == ["a.csv", "b.csv", "book.bin"])
        #expect(try String(contentsOf: destination.appendingPathComponent("book.bin"), encoding: .utf8) == "book\n")
        #expect(timed == ["a.csv", "book.bin", "b.csv"])
        let before = try Self.snapshot(root)
        let error = #expect(throws: RunDirectoryPublisher.PublishError.self) {
            try publisher.publish([
                OutputFile("a.csv", text: "new\n"), OutputFile("book.bin", .path { _ in throw WriterFailure() }),
            ])
        }
        #expect(
            error?.description
                == "\(destination.path): cannot write the output folder (book.bin: the library could not write it) — "
                + "check that the folder is writable")
        #expect(try Self.snapshot(root) == before)
    }

    @Test("a name that is not a plain file name is refused and the previous run stays")
    func badName() throws {
        let scratch = try TemporaryFolder("capplan-publish")
        let root = scratch.url
        let destination = root.appendingPathComponent("latest")
        let publisher = RunDirectoryPublisher(destination: destination.path)
        try publisher.publish(files: [("a.csv", "old a\n")])
        let before = try Self.snapshot(root)
        let error = #expect(throws: RunDirectoryPublisher.PublishError.self) {
            try publisher.publish(files: [("a.csv", "new a\n"), ("../escape.csv", "x\n")])
        }
        #expect(
            error?.description
                == "\(destination.path): cannot write the output folder (\"../escape.csv\" is not a plain file name) — "
                + "check that the folder is writable")
        #expect(try Self.snapshot(root) == before)
    }

    @Test("a destination that is a regular file is refused and left byte for byte")
    func destinationIsAFile() throws {
        let scratch = try TemporaryFolder("capplan-publish")
        let root = scratch.url
        let destination = root.appendingPathComponent("latest")
        try Data("keep me\n".utf8).write(to: destination)
        let error = #expect(throws: RunDirectoryPublisher.PublishError.self) {
            try RunDirectoryPublisher(destination: destination.path).publish(files: [("a.csv", "a\n")])
        }
        #expect(
            error?.description
                == "\(destination.path): cannot write the output folder (it exists and is not a folder) — "
                + "check that the folder is writable")
        #expect(try Self.snapshot(root) == ["latest": Data("keep me\n".utf8)])
    }

    @Test("copy(to:) publishes the same files to a second folder, replacing what was there")
    func copyToSecondFolder() throws {
        let scratch = try TemporaryFolder("capplan-publish")
        let root = scratch.url
        let latest = root.appendingPathComponent("latest")
        let dated = root.appendingPathComponent("runs/2026-03-01")
        let publisher = RunDirectoryPublisher(destination: latest.path)
        try publisher.publish(files: [("a.csv", "first\n")])
        try publisher.copy(to: dated.path)
        try publisher.publish(files: [("a.csv", "second\n"), ("b.csv", "b\n")])
        try publisher.copy(to: dated.path)
        #expect(try Self.snapshot(dated) == ["a.csv": Data("second\n".utf8), "b.csv": Data("b\n".utf8)])
        #expect(try Self.snapshot(latest) == Self.snapshot(dated))
        #expect(try Self.listing(root) == ["latest", "runs"])
        #expect(try Self.listing(root.appendingPathComponent("runs")) == ["2026-03-01"])
    }

    @Test("copy(to:) a parent that is a regular file: the message names the copy, the source stays")
    func copyFailure() throws {
        let scratch = try TemporaryFolder("capplan-publish")
        let root = scratch.url
        let publisher = RunDirectoryPublisher(destination: root.appendingPathComponent("latest").path)
        try publisher.publish(files: [("a.csv", "a\n")])
        try Data("x\n".utf8).write(to: root.appendingPathComponent("runs"))
        let other = root.appendingPathComponent("runs/2026-03-01").path
        let error = #expect(throws: RunDirectoryPublisher.PublishError.self) { try publisher.copy(to: other) }
        #expect(
            error?.description
                == "\(other): cannot write the output folder (Not a directory) — check that the folder is writable")
        #expect(
            try Self.snapshot(root) == [
                "latest": Data("<folder>".utf8), "latest/a.csv": Data("a\n".utf8), "runs": Data("x\n".utf8),
            ])
    }
}
