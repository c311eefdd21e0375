import CapplanErrors
import Foundation
import SystemIO
import SystemPackage

/// Publishes a run folder atomically (docs/METHOD.md "Outputs: general rules"): readers see the whole previous run or the whole new
/// one, never a mix, and a failed publish leaves the previous folder exactly as it was.
///
/// Every file is written into a fresh private folder (mode 0700, so names written with `--with-names`
/// are never readable by others before the swap) `.<name>.tmp-<pid>-<random>` beside the destination,
/// given the usual mode just before it is swapped into place in one step: Linux `renameat2(…, RENAME_EXCHANGE)` when the
/// destination exists (the old folder, now at the temporary name, is removed afterwards), a plain
/// `rename` when it does not. Files are not fsynced: the guarantee is against failed runs, not power
/// loss. The staging folder is registered with ``StagingCleanup``, which removes it when SIGINT or
/// SIGTERM arrives; staging folders of processes that no longer exist (killed with SIGKILL, or by a
/// power loss) are removed by the next publish to the same destination.
struct RunDirectoryPublisher {
    /// Why a publish failed (exit code 73).
    struct PublishError: CapplanFailure {
        /// The output folder that could not be written.
        let path: String
        /// The system's reason (strerror), with the file it concerns when there is one.
        let reason: String
        /// `PATH: cannot write the output folder (REASON) — what to do`.
        var message: ProblemMessage {
            ProblemMessage(
                file: path, "cannot write the output folder (\(reason))", remedy: "check that the folder is writable")
        }
        /// The output cannot be written (73).
        var exitStatus: ExitStatus { .cantCreate }
    }

    /// The run folder to publish to, e.g. `Data/processed/latest`.
    let destination: String

    /// A publisher to `destination`; nothing is touched until ``publish(files:)``.
    init(destination: String) {
        self.destination = destination
    }

    /// Replaces the destination folder by one holding exactly `files` (plain names, or `folder/name`);
    /// `written` hears how long each file took (a streamed file is rendered while it is written).
    ///
    /// Each file is written by a task of its own on the global queue, so files are written side by
    /// side on every core; the folder is swapped in only when all have finished (the first failure,
    /// in the order the tasks started, is thrown), after `beforeSwap` (a pause for the tests that
    /// interrupt a run). `written` hears of the files in the order given.
    func publish(
        _ files: [OutputFile], written: (String, Duration) -> Void = { _, _ in }, beforeSwap: () -> Void = {}
    ) throws(PublishError) {
        let clock = ContinuousClock()
        try Self.stage(at: destination, beforeSwap: beforeSwap) { (folder) throws(PublishError) in
            for file in files {
                try Self.checkName(file.name, destination: destination)
                try Self.makeSubfolder(for: file.name, in: folder, destination: destination)
            }
            // Every file is its own task, the longest first (the workbook, then the order given), so
            // that both cores stay busy until the last file is written.
            let background = BackgroundWrites()
            let order =
                files.indices.filter { files[$0].isWrittenAtPath } + files.indices.filter { !files[$0].isWrittenAtPath }
            for index in order {
                let (file, destination) = (files[index], destination)
                background.start { () throws(PublishError) -> Duration in
                    let start = clock.now
                    try Self.write(file, to: folder, destination: destination)
                    return start.duration(to: clock.now)
                }
            }
            let results = background.wait()
            var durations = [Duration?](repeating: nil, count: files.count)
            for (index, result) in zip(order, results) {
                switch result {
                case .success(let duration): durations[index] = duration
                case .failure(let error): throw error
                }
            }
            for (file, duration) in zip(files, durations) {
                if let duration { written(file.name, duration) }
            }
        }
    }

    /// Replaces the destination folder by one holding exactly these text files.
    func publish(files: [(name: String, text: String)]) throws(PublishError) {
        try publish(files.map { OutputFile($0.name, text: $0.text) })
    }

    /// Publishes the destination's files, as they are now, to a second folder `other` (a dated copy of a
    /// nightly run), with the same all-or-nothing guarantee for `other`. Hidden files (a leftover
    /// staging folder among them) are not copied.
    func copy(to other: String) throws(PublishError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: destination).sorted()
        } catch {
            throw PublishError(path: destination, reason: "cannot list it: \(Self.reason(of: error))")
        }
        try Self.stage(at: other) { (folder) throws(PublishError) in
            for name in names where !name.hasPrefix(".") {
                let source = (destination as NSString).appendingPathComponent(name)
                guard let bytes = FileManager.default.contents(atPath: source) else {
                    throw PublishError(path: other, reason: "cannot read \(source)")
                }
                try Self.write(OutputFile(name, .bytes(Array(bytes))), to: folder, destination: other)
            }
        }
    }

    // MARK: - Staging and the swap

    /// Creates the temporary folder beside `destination`, lets `fill` write into it, then swaps it
    /// into place; on any failure before the swap the temporary folder is removed.
    private static func stage(
        at destination: String, beforeSwap: () -> Void = {}, _ fill: (String) throws(PublishError) -> Void
    ) throws(PublishError) {
        let url = URL(fileURLWithPath: destination)
        let parent = url.deletingLastPathComponent().path
        let existing = try kind(of: destination, for: destination)
        if let existing, existing != .folder {
            throw PublishError(path: destination, reason: "it exists and is not a folder")
        }
        try makeFolders(parent, destination: destination)
        removeStaleStaging(of: url.lastPathComponent, in: parent)
        let random = String(UInt32.random(in: .min ... .max), radix: 16)
        let temporary = (parent as NSString)
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(random)")
        var failure: SystemError?
        guard
            StagingCleanup.create(
                temporary,
                by: {
                    do {
                        try SystemCalls.makeFolder(temporary, permissions: .ownerReadWriteExecute)
                        return true
                    } catch {
                        failure = error as? SystemError
                        return false
                    }
                })
        else { throw PublishError(path: destination, reason: failure?.reason ?? "") }
        defer { StagingCleanup.unregister(temporary) }
        do throws(PublishError) {
            try fill(temporary)
            beforeSwap()
            // The mode a plain mkdir would have given (0755 less the umask); no thread writes files now.
            do {
                try SystemCalls.setPermissions(temporary, SystemCalls.masked(Self.folderPermissions))
            } catch {
                throw PublishError(path: destination, reason: error.reason)
            }
            let swapped = try StagingCleanup.unlessTerminating { () throws(PublishError) in
                try swap(temporary, into: destination, exchange: existing != nil)
            }
            // A signal arrived: its thread removes the staging folder and ends the process.
            if !swapped { StagingCleanup.parkIfTerminating() }
        } catch {
            StagingCleanup.parkIfTerminating()
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        // After an exchange the old run sits at the temporary name.
        if existing != nil { try? FileManager.default.removeItem(atPath: temporary) }
    }

    /// Removes the staging folders beside a destination named `name` in `parent` left by processes that no
    /// longer exist (`kill(pid, 0)` says ESRCH): only folders named as ``stage(at:beforeSwap:_:)`` names them,
    /// `.<name>.tmp-<pid>-<hex>`, or with `-old` after it (the previous run set aside).
    static func removeStaleStaging(of name: String, in parent: String) {
        let prefix = ".\(name).tmp-"
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        for entry in entries where entry.hasPrefix(prefix) {
            var parts = entry.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
            if parts.count == 3, parts[2] == "old" { parts.removeLast() }
            guard parts.count == 2, let pid = Int32(parts[0]), pid > 0, pid != getpid(), !parts[1].isEmpty,
                parts[1].allSatisfy({ $0.isASCII && $0.isHexDigit }), parts[0].allSatisfy({ $0.isASCII && $0.isNumber })
            else { continue }
            let path = (parent as NSString).appendingPathComponent(entry)
            guard (try? SystemCalls.kind(of: path)) == .folder, SystemCalls.processIsGone(pid) else { continue }
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Moves the finished folder to `destination`: an atomic exchange when `destination` exists.
    private static func swap(_ temporary: String, into destination: String, exchange: Bool) throws(PublishError) {
        do throws(SystemError) {
            if !exchange {
                try SystemCalls.rename(temporary, to: destination)
                return
            }
            if try SystemCalls.exchange(temporary, with: destination) { return }
            // Fallback: the old folder steps aside (a moment without a destination), then the new one
            // moves in; the old one ends up at the temporary name, as after an exchange.
            let aside = temporary + "-old"
            try SystemCalls.rename(destination, to: aside)
            do {
                try SystemCalls.rename(temporary, to: destination)
            } catch {
                try? SystemCalls.rename(aside, to: destination)
                throw error
            }
            try? SystemCalls.rename(aside, to: temporary)
        } catch {
            throw PublishError(path: destination, reason: error.reason)
        }
    }

    // MARK: - Files and folders

    /// Writes one output file into the staging folder.
    private static func write(_ file: OutputFile, to folder: String, destination: String) throws(PublishError) {
        switch file.content {
        case .bytes(let bytes):
            try writeFile(to: folder, name: file.name, destination: destination) { sink in
                bytes.withUnsafeBytes { sink.write($0) }
            }
        case .stream(let render):
            try writeFile(to: folder, name: file.name, destination: destination, render)
        case .path(let writer):
            try write(at: file.name, with: writer, in: folder, destination: destination)
        }
    }

    /// Lets `writer` create the file `name` in `folder`, refusing a name already written.
    private static func write(
        at name: String, with writer: @Sendable (String) throws -> Void, in folder: String, destination: String
    ) throws(PublishError) {
        let path = (folder as NSString).appendingPathComponent(name)
        if (try? kind(of: path, for: destination)) ?? nil != nil {
            throw PublishError(path: destination, reason: "\(name): \(Errno.fileExists.description)")
        }
        do {
            try writer(path)
        } catch {
            throw PublishError(path: destination, reason: "\(name): \(error)")
        }
    }

    /// Creates one file, refusing to replace one already written in this publish, and lets `fill`
    /// write into it.
    private static func writeFile(
        to folder: String, name: String, destination: String, _ fill: (inout FileSink) -> Void
    ) throws(PublishError) {
        let path = (folder as NSString).appendingPathComponent(name)
        do throws(SystemError) {
            let file = try SystemFile.creating(path, exclusive: true)
            var sink = FileSink(file: file)
            fill(&sink)
            if let failure = sink.failure { throw failure }
            try file.close()
        } catch {
            throw PublishError(path: destination, reason: "\(name): \(error.reason)")
        }
    }

    /// Creates `path` and its missing parents, as `mkdir -p` does.
    private static func makeFolders(_ path: String, destination: String) throws(PublishError) {
        if try kind(of: path, for: destination) == .folder { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeFolders(parent, destination: destination) }
        do {
            try SystemCalls.makeFolder(path, permissions: folderPermissions, existingIsError: false)
        } catch {
            throw PublishError(path: destination, reason: error.reason)
        }
        guard try kind(of: path, for: destination) == .folder else {
            throw PublishError(path: destination, reason: Errno.notDirectory.description)
        }
    }

    /// What `path` names, or nil when nothing is there; an error names `destination`.
    private static func kind(of path: String, for destination: String) throws(PublishError) -> SystemFile.Kind? {
        do {
            return try SystemCalls.kind(of: path)
        } catch {
            // ENOTDIR: a parent is a regular file, so nothing can be made there.
            throw PublishError(path: destination, reason: error.reason)
        }
    }

    /// A name must be a plain file name, or `folder/name` with plain parts (a what-if run keeps its
    /// baseline run in `baseline/`): nothing can point outside the run folder.
    private static func checkName(_ name: String, destination: String) throws(PublishError) {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
            throw PublishError(path: destination, reason: "\"\(name)\" is not a plain file name")
        }
    }

    /// Creates the subfolder of a `folder/name` file inside the staging folder, once.
    private static func makeSubfolder(for name: String, in folder: String, destination: String) throws(PublishError) {
        guard let slash = name.firstIndex(of: "/") else { return }
        let path = (folder as NSString).appendingPathComponent(String(name[..<slash]))
        do {
            try SystemCalls.makeFolder(path, permissions: folderPermissions, existingIsError: false)
        } catch {
            throw PublishError(path: destination, reason: "\(name): \(error.reason)")
        }
    }

    /// The system's words for a Foundation error that wraps a POSIX one, else its own description.
    private static func reason(of error: any Error) -> String {
        if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
            posix.domain == NSPOSIXErrorDomain, let code = Int32(exactly: posix.code)
        {
            return Errno(rawValue: code).description
        }
        return error.localizedDescription
    }

    /// The mode of a folder the publisher makes (before the umask): 0755.
    static let folderPermissions: FilePermissions = [.ownerReadWriteExecute, .groupReadExecute, .otherReadExecute]
}
