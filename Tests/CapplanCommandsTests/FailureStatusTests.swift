import CapplanErrors
import Ingestion
import Testing

@testable import CapplanCommands

@Suite("Failures: each error carries the exit code of docs/CLI.md")
struct FailureStatusTests {
    /// capplan's exit status, not Swift Testing's.
    typealias Status = CapplanErrors.ExitStatus

    @Test("a missing file is 66; the same reader's other errors are 64 or 65")
    func missingFiles() {
        #expect(ConfigError.notFound(path: "plan.toml").exitStatus == .inputMissing)
        #expect(ConfigError.missingKey(path: "plan.toml", key: "roster").exitStatus == .usage)
        #expect(IngestionError.csv(.fileNotFound(path: "a.csv")).exitStatus == .inputMissing)
        #expect(IngestionError.noHeader(path: "a.csv").exitStatus == .dataError)
        let missing = RunFolderReader.ReadError(
            path: "p.csv", problem: "no such file", hint: "h", exitStatus: .inputMissing)
        #expect(missing.exitStatus == .inputMissing)
        #expect(RunFolderReader.ReadError(path: "p.csv", problem: "bad", hint: "h").exitStatus == .dataError)
    }

    @Test("outputs that cannot be written are 73, a folder another run holds 75, a file gone mid-run 70")
    func outputs() {
        let statuses: [Status] = [
            OutputDestination.Refusal(path: "out", problem: "is a folder", hint: "h").exitStatus,
            RunDirectoryPublisher.PublishError(path: "out", reason: "r").exitStatus,
            AtomicFile.WriteError(path: "out", reason: "r").exitStatus,
            OutputLock.Failure.system(destination: "out", path: ".capplan.out.lock", reason: "r").exitStatus,
        ]
        #expect(statuses.allSatisfy { $0 == .cantCreate })
        #expect(OutputLock.Failure.held(destination: "out", pid: 42).exitStatus == .tempFail)
        do {
            _ = try SHA256.hex(ofFileAt: "/nonexistent/plan.toml")
            Issue.record("hashed a file that does not exist")
        } catch {
            #expect(error.exitStatus == .software)
        }
    }

    @Test("the lock's messages name the folder, the holder and what to do")
    func lockMessages() {
        #expect(
            OutputLock.Failure.held(destination: "out", pid: 42).description
                == "out: another run is writing this folder (pid 42) — "
                + "try again when it has finished, or leave out --no-wait to wait for it")
        #expect(
            OutputLock.Failure.system(destination: "out", path: ".capplan.out.lock", reason: "Permission denied")
                .description
                == ".capplan.out.lock: cannot lock the output folder out (Permission denied) — "
                + "check that the folder is writable")
    }

    @Test("a failure's status is found whatever its type; other errors have none")
    func statusOfAnyError() {
        #expect(Status(of: ConfigError.notFound(path: "p")) == .inputMissing)
        #expect(Status(of: FailureReport(messages: [], exitStatus: .dataError)) == .dataError)
        #expect(Status(of: CancellationError()) == nil)
    }
}
