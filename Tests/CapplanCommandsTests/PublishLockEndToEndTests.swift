import CapplanTestSupport
import Foundation
import Testing

@testable import CapplanCommands

/// Crash-safe and locked publishing (issue 11, item 5) on the built binary: a signal removes the staging
/// folder, a later run removes the staging folders of dead processes, a destination that cannot be
/// replaced is refused before any work (73), and one run per output folder at a time (75 with `--no-wait`).
@Suite("crash-safe and locked publishing, end to end")
struct PublishLockEndToEndTests {
    static let run = RunEndToEndTests.run
    static let whatif = WhatIfEndToEndTests.whatif

    /// The staging folders beside `out` in the fixture copy.
    static func staging(_ folder: borrowing FixtureFolder, _ name: String = "out") throws -> [String] {
        try folder.listing().filter { $0.hasPrefix(".\(name).tmp-") }
    }

    /// Takes the lock of `out` in the fixture copy as another run would, writing this process's id into it;
    /// closing the returned descriptor releases it.
    static func holdLock(_ folder: borrowing FixtureFolder, _ name: String = "out") throws -> Int32 {
        let path = folder.url.appendingPathComponent(".capplan.\(name).lock").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        try #require(descriptor >= 0)
        try #require(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let text = Array("\(getpid())\n".utf8)
        _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return descriptor
    }

    /// The id of a process that has ended (a finished `/bin/true`).
    static func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        let pid = process.processIdentifier
        try #require(kill(pid, 0) != 0 && errno == ESRCH)
        return pid
    }

    @Test(
        "SIGINT or SIGTERM during the publish removes the staging folder, keeps the previous run byte for byte, exits 128+signal",
        arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))] as [(Int32, Int32)])
    func signalRemovesStaging(signal: Int32, code: Int32) throws {
        let folder = try FixtureFolder("run")
        #expect(try folder.run(Self.run + ["--with-names"]).exitCode == 0)
        let before = try OutputSafetyEndToEndTests.snapshot(folder, "out")
        let running = try folder.start(
            Self.run + ["--with-names"], environment: ["CAPPLAN_TEST_PAUSE_BEFORE_SWAP": "30"])
        var mode: mode_t = 0
        // The signal is sent in the pause before the swap, once every file is in the staging folder under
        // its own name: sent as soon as the folder appears, it could stop the run while the workbook is being
        // written (as under AddressSanitizer, which slows the writing down), and the run would then fail
        // with the workbook half written.
        let staged = running.waitUntil {
            guard let name = try? Self.staging(folder).first else { return false }
            let path = folder.url.appendingPathComponent(name).path
            var info = stat()
            guard stat(path, &info) == 0,
                let written = try? FileManager.default.subpathsOfDirectory(atPath: path),
                Set(written).isSuperset(of: before.keys)
            else { return false }
            mode = info.st_mode & 0o777
            return true
        }
        #expect(staged, "no full staging folder appeared; stderr: \(running.stderr)")
        #expect(mode == 0o700, "the staging folder is not private")
        running.send(signal)
        let result = try running.wait()
        #expect(result.exitCode == code, "stderr: \(result.stderr)")
        #expect(result.stderr == "")
        #expect(try Self.staging(folder).isEmpty, "a staging folder was left behind")
        #expect(try OutputSafetyEndToEndTests.snapshot(folder, "out") == before)
    }

    @Test("a SIGTERM while waiting for the lock exits 143 and writes nothing")
    func signalWhileWaiting() throws {
        let folder = try FixtureFolder("run")
        let lock = try Self.holdLock(folder)
        defer { close(lock) }
        let running = try folder.start(Self.run)
        #expect(running.waitUntil { running.stderr.contains("waiting") }, "stderr: \(running.stderr)")
        running.send(SIGTERM)
        let result = try running.wait()
        #expect(result.exitCode == 143)
        #expect(try folder.listing().filter { $0.hasPrefix(".out") || $0 == "out" }.isEmpty)
    }

    @Test("a run removes the staging folders of dead processes beside its output, and no other")
    func staleStagingRemoved() throws {
        let folder = try FixtureFolder("run")
        let dead = try Self.deadPID()
        let live = getpid()
        let names = [
            ".out.tmp-\(dead)-1a2b3c", ".out.tmp-\(dead)-1a2b3c-old", ".out.tmp-\(live)-beef", ".out.tmp-notes",
            ".other.tmp-\(dead)-1a2b3c",
        ]
        for name in names {
            try FileManager.default.createDirectory(
                at: folder.url.appendingPathComponent(name), withIntermediateDirectories: false)
            try folder.write("Nama Pekerja\n", to: "\(name)/training_needs.csv")
        }
        let result = try folder.run(Self.run)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(
            try folder.listing().filter { $0.contains(".tmp-") }
                == [".other.tmp-\(dead)-1a2b3c", ".out.tmp-\(live)-beef", ".out.tmp-notes"])
        #expect(try folder.read(".out.tmp-\(live)-beef/training_needs.csv") == "Nama Pekerja\n")
    }

    @Test("an --out under a regular file, or an --out that is a file, is refused (73) before any work")
    func notAFolderRefused() throws {
        let folder = try FixtureFolder("run")
        try folder.write("notes\n", to: "notes.txt")
        let under = try folder.run(["run", "--config", "plan.toml", "--out", "notes.txt/out", "--quiet"])
        #expect(under.exitCode == 73)
        #expect(
            under.stderr
                == "capplan: notes.txt/out: cannot write the output folder (notes.txt is a file, not a folder) — "
                + "choose another --out folder\n")
        let file = try folder.run(["run", "--config", "plan.toml", "--out", "notes.txt", "--quiet", "--force"])
        #expect(file.exitCode == 73)
        #expect(
            file.stderr
                == "capplan: notes.txt: cannot write the output folder (it exists and is not a folder) — "
                + "remove it or choose another --out folder\n")
        #expect(try folder.read("notes.txt") == "notes\n")
        #expect(try folder.listing().filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test(
        "an --out whose parent folder is read-only (0555) is refused (73) before any work",
        .enabled(if: getuid() != 0, "root bypasses permissions: CheckReplaceableTests checks the refusal"))
    func readOnlyParentRefused() throws {
        let folder = try FixtureFolder("run")
        let parent = folder.url.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: false)
        chmod(parent.path, 0o555)
        defer { chmod(parent.path, 0o755) }
        let result = try folder.run(["run", "--config", "plan.toml", "--out", "locked/out", "--quiet"])
        #expect(result.exitCode == 73)
        #expect(
            result.stderr
                == "capplan: locked/out: the folder locked that holds it is not writable — "
                + "make locked writable (chmod u+w locked) or choose another --out folder\n")
    }

    @Test("run and whatif with --no-wait exit 75 while another run holds the output folder, writing nothing")
    func heldLockNoWait() throws {
        let folder = try FixtureFolder("run")
        let lock = try Self.holdLock(folder)
        let result = try folder.run(Self.run + ["--no-wait"])
        #expect(result.exitCode == 75)
        #expect(
            result.stderr
                == "capplan: out: another run is writing this folder (pid \(getpid())) — try again when it has "
                + "finished, or leave out --no-wait to wait for it\n")
        #expect(try !folder.listing().contains("out"))
        close(lock)
        let whatifLock = try Self.holdLock(folder, "wi")
        defer { close(whatifLock) }
        let whatif = try folder.run(Self.whatif + ["--no-wait"])
        #expect(whatif.exitCode == 75)
        #expect(
            whatif.stderr
                == "capplan: wi: another run is writing this folder (pid \(getpid())) — try again when it has "
                + "finished, or leave out --no-wait to wait for it\n")
        #expect(try !folder.listing().contains("wi"))
    }

    @Test("without --no-wait a run waits for the lock, says so, and publishes when it is released")
    func heldLockWaits() throws {
        let folder = try FixtureFolder("run")
        let lock = try Self.holdLock(folder)
        let running = try folder.start(Self.run)
        let message = "capplan: waiting for another run writing out (pid \(getpid()))…\n"
        #expect(running.waitUntil { running.stderr == message }, "stderr: \(running.stderr)")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(running.process.isRunning)
        #expect(try !folder.listing().contains("out"))
        close(lock)
        let result = try running.wait()
        #expect(result.exitCode == 0)
        #expect(result.stderr == message)
        #expect(try folder.read("out/priorities.csv").isEmpty == false)
        // The lock file was this test's: the run, having locked it after the test let go, removed it.
        #expect(try folder.listing().filter { $0.hasPrefix(".") }.isEmpty)
    }
}

/// ``OutputDestination/checkReplaceable(_:option:writable:)`` with permissions imposed, so the refusals are
/// checked even as root (which bypasses them).
@Suite("OutputDestination.checkReplaceable")
struct CheckReplaceableTests {
    /// Runs the check on `path` (under a scratch folder holding `parent/run/baseline/`) with the folders
    /// `readOnly` (under the scratch folder) not writable; the refusal with the scratch folder left out.
    static func refusal(_ path: String, readOnly: Set<String>) throws -> String? {
        let scratch = try TemporaryFolder("capplan-dest")
        let root = OutputDestination.resolved(scratch.path)
        try FileManager.default.createDirectory(
            atPath: root + "/parent/run/baseline", withIntermediateDirectories: true)
        let locked = Set(readOnly.map { root + "/" + $0 })
        do {
            try OutputDestination.checkReplaceable(root + "/" + path, option: "--out") { !locked.contains($0) }
            return nil
        } catch {
            return error.description.replacingOccurrences(of: root + "/", with: "")
        }
    }

    @Test("a parent that is not writable, or a missing parent's nearest existing folder")
    func parentNotWritable() throws {
        #expect(
            try Self.refusal("parent/run", readOnly: ["parent"])
                == "parent/run: the folder parent that holds it is not writable — "
                + "make parent writable (chmod u+w parent) or choose another --out folder")
        #expect(
            try Self.refusal("parent/new/deeper/out", readOnly: ["parent"])
                == "parent/new/deeper/out: the folder parent that holds it is not writable — "
                + "make parent writable (chmod u+w parent) or choose another --out folder")
        let refusal = OutputDestination.Refusal(
            path: "capplan-no-such-out", problem: "the folder . that holds it is not writable",
            hint: "make . writable (chmod u+w .) or choose another --out folder")
        #expect(throws: refusal) {
            try OutputDestination.checkReplaceable("capplan-no-such-out", option: "--out") { $0 != "." }
        }
    }

    @Test("an existing run folder, or a subfolder of it, that is not writable")
    func destinationNotWritable() throws {
        #expect(
            try Self.refusal("parent/run", readOnly: ["parent/run"])
                == "parent/run: parent/run is not writable, so the previous run in it cannot be removed — "
                + "make it writable (chmod -R u+w parent/run) or choose another --out folder")
        #expect(
            try Self.refusal("parent/run/", readOnly: ["parent/run/baseline"])
                == "parent/run/: parent/run/baseline is not writable, so the previous run in it cannot be removed — "
                + "make it writable (chmod -R u+w parent/run/) or choose another --out folder")
    }

    @Test("writable folders, a missing destination, and a destination under a missing folder pass")
    func writablePasses() throws {
        #expect(try Self.refusal("parent/run", readOnly: []) == nil)
        #expect(try Self.refusal("parent/other", readOnly: ["parent/run"]) == nil)
        #expect(try Self.refusal("missing/a/b", readOnly: ["parent"]) == nil)
    }
}

/// The exit code a locked output folder gives.
@Suite("ExitStatus.tempFail")
struct TempFailStatusTests {
    @Test("another run writing the output folder is EX_TEMPFAIL, 75")
    func tempFail() {
        #expect(CapplanCommands.ExitStatus.tempFail.rawValue == 75)
        #expect(CapplanCommands.ExitStatus.tempFail.exitCode.rawValue == 75)
    }
}
