import CapplanTestSupport
import Foundation
import Testing

@testable import CapplanCommands

@Suite("AtomicFile: all or nothing")
struct AtomicFileTests {
    @Test("writes a new file and leaves no temporary file beside it")
    func writes() throws {
        let folder = try TemporaryFolder("capplan-atomic")
        let path = folder.file("rejects.csv")
        try AtomicFile.write("file,line\nä,1\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "file,line\nä,1\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rejects.csv"])
    }

    @Test("replaces an existing file")
    func replaces() throws {
        let folder = try TemporaryFolder("capplan-atomic")
        let path = folder.file("rejects.csv")
        try AtomicFile.write("a much longer old text\nwith two lines\n", to: path)
        try AtomicFile.write("new\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rejects.csv"])
    }

    @Test("a folder that does not exist: the exact message, and nothing written")
    func missingFolder() throws {
        let folder = try TemporaryFolder("capplan-atomic")
        let path = folder.missing("nowhere/rejects.csv")
        let error = #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x\n", to: path) }
        #expect(
            error?.description
                == "\(path): cannot write the file (No such file or directory) — check that the folder exists and is writable"
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test("a path that is a folder: the old folder stays, no temporary file is left")
    func pathIsAFolder() throws {
        let folder = try TemporaryFolder("capplan-atomic")
        let target = folder.fileURL("rejects.csv")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        let error = #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x\n", to: target.path) }
        #expect(error?.description.hasPrefix("\(target.path): cannot write the file (") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rejects.csv"])
    }
}
