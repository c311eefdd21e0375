import CapplanTestSupport
import Foundation
import Testing

/// What one run of the `capplan` executable gave.
struct CapplanResult: Sendable {
    /// The process's exit code (128 + signal when it was killed).
    var exitCode: Int32
    /// Everything written to stdout, as UTF-8.
    var stdout: String
    /// Everything written to stderr, as UTF-8.
    var stderr: String
}

/// Runs the built `capplan` binary, as a planner would from a shell: given arguments, a working
/// directory, no stdin, and a time limit.
enum CapplanProcess {
    /// A run that takes longer is killed and reported.
    static let timeLimit: Duration = .seconds(60)

    /// Why the binary could not be run.
    struct LaunchError: Error, CustomStringConvertible {
        /// What went wrong.
        var description: String
    }

    /// The `capplan` executable in the build products folder, the one that holds the test bundle.
    static func executable() throws -> URL {
        // The resources bundle sits in the build products folder; so does the test binary
        // (`…/debug/capplanPackageTests.xctest`, on macOS a bundle with the binary deep inside).
        var folders = [Bundle.module.bundleURL.deletingLastPathComponent()]
        if let first = CommandLine.arguments.first {
            let binary = URL(fileURLWithPath: first)
            folders.append(binary.deletingLastPathComponent())
            if let bundle = binary.pathComponents.lastIndex(where: { $0.hasSuffix(".xctest") }) {
                folders.append(
                    URL(fileURLWithPath: NSString.path(withComponents: Array(binary.pathComponents[..<bundle]))))
            }
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("capplan")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        throw LaunchError(
            description: "the capplan executable is not in \(folders.map(\.path).joined(separator: " or ")) — "
                + "build it first with `swift build --build-tests`")
    }

    /// Runs `capplan ARGUMENTS` in `directory` and waits for it, at most ``timeLimit``; `environment` sets
    /// (a value) or removes (nil) variables of the test's own environment.
    static func run(
        _ arguments: [String], in directory: URL, environment changes: [String: String?] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CapplanResult {
        try start(arguments, in: directory, environment: changes).wait(sourceLocation: sourceLocation)
    }

    /// Starts `capplan ARGUMENTS` in `directory` without waiting for it; `environment` sets (a value) or
    /// removes (nil) variables of the test's own environment.
    static func start(
        _ arguments: [String], in directory: URL, environment changes: [String: String?] = [:]
    ) throws -> RunningCapplan {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // A fixed day for the workbook's date, so its parts can be compared with golden files.
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = environment["SOURCE_DATE_EPOCH"] ?? "1764460800"
        for (name, value) in changes { environment[name] = value }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        // Output goes to files, not pipes, so a chatty process can never block on a full pipe.
        let capture = try TemporaryFolder("capplan-output")
        let running = RunningCapplan(process: process, arguments: arguments, capture: capture)
        _ = FileManager.default.createFile(atPath: running.outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: running.errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: running.outURL)
        let errHandle = try FileHandle(forWritingTo: running.errURL)
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        try? outHandle.close()
        try? errHandle.close()
        return running
    }
}

/// A `capplan` process started by ``CapplanProcess/start(_:in:environment:)``: signal it, read its stderr
/// so far, wait for it.
final class RunningCapplan {
    /// The process.
    let process: Process
    /// Its arguments, for messages.
    let arguments: [String]
    /// The folder holding its captured output (``CapplanTestSupport/TemporaryFolder``), removed when this is
    /// released (after a process still running is killed).
    let capture: TemporaryFolder

    /// Where its stdout goes.
    var outURL: URL { capture.fileURL("stdout") }
    /// Where its stderr goes.
    var errURL: URL { capture.fileURL("stderr") }

    /// Wraps a process about to be started.
    init(process: Process, arguments: [String], capture: TemporaryFolder) {
        self.process = process
        self.arguments = arguments
        self.capture = capture
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// Its stderr so far.
    var stderr: String {
        String(decoding: (try? Self.contents(of: errURL)) ?? Data(), as: UTF8.self)
    }

    /// Sends it `signal`.
    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits until `condition` holds, at most `limit`; whether it does.
    func waitUntil(_ limit: Duration = .seconds(30), _ condition: () -> Bool) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: limit)
        while !condition() {
            if clock.now >= deadline || !process.isRunning { return condition() }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return true
    }

    /// Waits for it to end, at most ``CapplanProcess/timeLimit`` (then kills it and records an issue).
    func wait(sourceLocation: SourceLocation = #_sourceLocation) throws -> CapplanResult {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: CapplanProcess.timeLimit)
        while process.isRunning && clock.now < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            Issue.record(
                "capplan \(arguments.joined(separator: " ")) ran over \(CapplanProcess.timeLimit) and was killed",
                sourceLocation: sourceLocation)
        }
        process.waitUntilExit()
        let status =
            process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return CapplanResult(
            exitCode: status,
            stdout: String(decoding: try Self.contents(of: outURL), as: UTF8.self),
            stderr: String(decoding: try Self.contents(of: errURL), as: UTF8.self))
    }

    /// The bytes of a capture file. An empty one (most runs leave one of the two empty) is not read with
    /// `Data(contentsOf:)`: on Linux, swift-foundation's zero-size path (`readBytesFromFile`) reads into a 4 KB
    /// buffer it never frees when the file is empty, a leak LeakSanitizer reports under `make sanitize`.
    static func contents(of url: URL) throws -> Data {
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
        return size == 0 ? Data() : try Data(contentsOf: url)
    }
}

/// A scratch copy of a fixture set, removed when the test is done with it.
struct FixtureFolder: ~Copyable {
    /// The copy (``CapplanTestSupport/TemporaryFolder``, removed with this value).
    let folder: TemporaryFolder

    /// The copy: run the tool here with relative paths so outputs hold no machine-specific path.
    var url: URL { folder.url }

    /// Copies `Fixtures/NAME` (every file in it) into a new temporary folder.
    init(_ name: String) throws {
        let source = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
        folder = try TemporaryFolder(copying: source, prefix: "capplan-e2e")
    }

    /// Starts `capplan ARGUMENTS` in the copy without waiting for it.
    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> RunningCapplan {
        try CapplanProcess.start(arguments, in: url, environment: environment)
    }

    /// Runs `capplan ARGUMENTS` in the copy.
    func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> CapplanResult {
        try CapplanProcess.run(arguments, in: url, sourceLocation: sourceLocation)
    }

    /// The text of a file in the copy.
    func read(_ path: String) throws -> String { try folder.read(path) }

    /// Writes a file in the copy.
    func write(_ text: String, to path: String) throws { try folder.write(path, text) }

    /// Appends `[quality] max_rejected_share = SHARE` to the copy's plan.toml: the small fixtures have a few
    /// rows per file, so a test about one rejected row lets a file reject more than the default tenth.
    func allowRejectedShare(_ share: String = "0.5") throws {
        try write(try read("plan.toml") + "\n[quality]\nmax_rejected_share = \(share)\n", to: "plan.toml")
    }

    /// The names in the copy's top folder, sorted.
    func listing() throws -> [String] { try folder.listing() }
}
