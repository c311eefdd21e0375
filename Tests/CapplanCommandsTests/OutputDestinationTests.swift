import CapplanTestSupport
import Foundation
import Testing

@testable import CapplanCommands

/// ``OutputDestination``'s pieces on their own: path resolution, what counts as a capplan folder, file identity.
@Suite("OutputDestination")
struct OutputDestinationTests {
    @Test("a missing path resolves through its nearest existing folder; . and .. are folded")
    func resolution() throws {
        let scratch = try TemporaryFolder("capplan-dest")
        let root = OutputDestination.resolved(scratch.path)  // the temporary folder may be a symbolic link
        try FileManager.default.createDirectory(atPath: root + "/real", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/real")
        #expect(OutputDestination.resolved(root + "/link") == root + "/real")
        #expect(OutputDestination.resolved(root + "/link/new/out") == root + "/real/new/out")
        #expect(OutputDestination.resolved(root + "/./real/../link/") == root + "/real")
        // `..` after a missing folder, then a symbolic link: resolved again.
        #expect(OutputDestination.resolved(root + "/missing/../link") == root + "/real")
        #expect(OutputDestination.resolved("/") == "/")
    }

    @Test("a capplan folder: a manifest naming tool_version and outputs, or only the robustness files")
    func capplanFolder() throws {
        let scratch = try TemporaryFolder("capplan-dest")
        let root = OutputDestination.resolved(scratch.path)
        let manager = FileManager.default
        for name in ["run", "robust", "foreign", "fake"] {
            try manager.createDirectory(atPath: root + "/" + name, withIntermediateDirectories: true)
        }
        try Data(#"{"outputs": ["a.csv"], "tool_version": "0.1.0"}"#.utf8).write(
            to: URL(fileURLWithPath: root + "/run/manifest.json"))
        for name in ["robustness.csv", "robustness.md"] {
            try Data("x\n".utf8).write(to: URL(fileURLWithPath: root + "/robust/" + name))
        }
        try Data("x\n".utf8).write(to: URL(fileURLWithPath: root + "/foreign/robustness.csv"))
        try Data("x\n".utf8).write(to: URL(fileURLWithPath: root + "/foreign/notes.txt"))
        try Data(#"{"name": "something else"}"#.utf8).write(to: URL(fileURLWithPath: root + "/fake/manifest.json"))
        #expect(OutputDestination.isCapplanFolder(root + "/run"))
        #expect(OutputDestination.isCapplanFolder(root + "/robust"))
        #expect(!OutputDestination.isCapplanFolder(root + "/foreign"))
        #expect(!OutputDestination.isCapplanFolder(root + "/fake"))
        #expect(throws: OutputDestination.Refusal.self) {
            try OutputDestination.checkFolder(root + "/fake", option: "--out", inputs: [], force: false)
        }
        try OutputDestination.checkFolder(root + "/fake", option: "--out", inputs: [], force: true)
        try OutputDestination.checkFolder(root + "/run", option: "--out", inputs: [], force: false)
    }

    @Test("a hard link is the same file as its original; a copy is not")
    func identity() throws {
        let scratch = try TemporaryFolder("capplan-dest")
        let root = OutputDestination.resolved(scratch.path)
        try Data("a\n".utf8).write(to: URL(fileURLWithPath: root + "/a.csv"))
        try FileManager.default.linkItem(atPath: root + "/a.csv", toPath: root + "/hard.csv")
        try FileManager.default.copyItem(atPath: root + "/a.csv", toPath: root + "/copy.csv")
        #expect(OutputDestination.sameFile(root + "/a.csv", root + "/hard.csv"))
        #expect(!OutputDestination.sameFile(root + "/a.csv", root + "/copy.csv"))
        #expect(!OutputDestination.sameFile(root + "/a.csv", root + "/missing.csv"))
    }
}
