import CapplanErrors
import Foundation
import Ingestion

/// The rule of docs/CLI.md "Where outputs go": capplan never writes over what it did not write.
///
/// A run folder is replaced whole when it is published, so a folder destination must not be, or hold,
/// any file the command reads, and an existing folder that is not empty must be a folder capplan wrote
/// (``isCapplanFolder(_:)``) unless `--force` says to replace it anyway. A single-file destination must
/// not be an input (compared by device and inode, so a hard link or a symbolic link to one counts) nor a
/// folder, and an existing file must be empty or begin as the command's own file does. Paths are compared after resolving symbolic links: a destination that does not exist yet is
/// resolved through its nearest existing parent.
///
/// The checks only look: they read no input, write nothing, print nothing; the command throws the
/// ``Refusal`` (73) before any work is written.
enum OutputDestination {
    /// Why a destination is refused (exit code 73).
    struct Refusal: CapplanFailure, Equatable {
        /// The destination, as given.
        let path: String
        /// What is wrong.
        let problem: String
        /// What to do.
        let hint: String
        /// `PATH: what is wrong — what to do`.
        var message: ProblemMessage { ProblemMessage(file: path, problem, remedy: hint) }
        /// The output cannot be written there (73).
        var exitStatus: ExitStatus { .cantCreate }
    }

    /// Checks a folder destination that will be replaced whole (`run --out`, `whatif --out`) against
    /// `inputs` (every file and folder the command reads, as given). `force` allows replacing a non-empty
    /// folder capplan did not write, never one that is or holds an input.
    static func checkFolder(_ path: String, option: String, inputs: [String], force: Bool) throws(Refusal) {
        let target = resolved(path)
        for input in inputs {
            let source = resolved(input)
            if source == target || sameFile(path, input) {
                throw Refusal(
                    path: path, problem: "is an input of this command (\(input))",
                    hint: "choose another \(option) folder; capplan never writes over its inputs")
            }
            if target == "/" || source.hasPrefix(target + "/") {
                throw Refusal(
                    path: path, problem: "holds an input of this command (\(input)) and would be replaced whole",
                    hint: "choose another \(option) folder, outside the inputs' folders")
            }
        }
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            // Missing, or not a folder: the publisher makes it, or says why it cannot.
            return
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if entries.isEmpty || force || isCapplanFolder(path) { return }
        throw Refusal(
            path: path, problem: "the folder is not empty and is not a capplan run folder (no manifest.json)",
            hint: "choose a new or empty \(option) folder, or pass --force to replace it and everything in it")
    }

    /// Checks that a folder destination can be replaced (`run --out`, `whatif --out`), before any work: the
    /// publisher creates its staging folder in the destination's parent and renames it over the destination,
    /// then removes the previous run, so the parent (or, when it is missing, the nearest existing folder
    /// above it, where the missing ones are made) must be a writable folder, and an existing destination,
    /// with its subfolders, must be writable too. `writable` is `access(W_OK | X_OK)` (a parameter so that
    /// tests running as root, which bypasses permissions, can check the refusals).
    static func checkReplaceable(
        _ path: String, option: String,
        writable: (String) -> Bool = { access($0, W_OK | X_OK) == 0 }
    ) throws(Refusal) {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        var folder = (trimmed as NSString).deletingLastPathComponent
        if folder.isEmpty { folder = "." }
        var info = stat()
        while stat(folder, &info) != 0 {
            let parent = (folder as NSString).deletingLastPathComponent
            let above = parent.isEmpty ? "." : parent
            // Another error (a folder on the way that cannot be searched): the publisher says it.
            guard errno == ENOENT || errno == ENOTDIR, above != folder else { return }
            folder = above
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw Refusal(
                path: path, problem: "cannot write the output folder (\(folder) is a file, not a folder)",
                hint: "choose another \(option) folder")
        }
        if !writable(folder) {
            throw Refusal(
                path: path, problem: "the folder \(folder) that holds it is not writable",
                hint: "make \(folder) writable (chmod u+w \(folder)) or choose another \(option) folder")
        }
        guard stat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw Refusal(
                path: path, problem: "cannot write the output folder (it exists and is not a folder)",
                hint: "remove it or choose another \(option) folder")
        }
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
        let subfolders = entries.map { (path as NSString).appendingPathComponent($0) }.filter { entry in
            var entryInfo = stat()
            return lstat(entry, &entryInfo) == 0 && entryInfo.st_mode & S_IFMT == S_IFDIR
        }
        for folder in [path] + subfolders where !writable(folder) {
            throw Refusal(
                path: path, problem: "\(folder) is not writable, so the previous run in it cannot be removed",
                hint: "make it writable (chmod -R u+w \(path)) or choose another \(option) folder")
        }
    }

    /// Checks a single-file destination (`validate --rejects`, `compare --out`, `outputs --out`) against
    /// `inputs`. `writtenBy`, when given, is how a file this command wrote begins: an existing file that is
    /// not empty and begins otherwise is refused too.
    static func checkFile(
        _ path: String, option: String, inputs: [String], writtenBy: (command: String, start: String)? = nil
    ) throws(Refusal) {
        let target = resolved(path)
        for input in inputs where resolved(input) == target || sameFile(path, input) {
            throw Refusal(
                path: path, problem: "is an input of this command (\(input))",
                hint: "choose another \(option) file; capplan never writes over its inputs")
        }
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR {
            throw Refusal(path: path, problem: "is a folder", hint: "give \(option) the name of a file")
        }
        guard let writtenBy, info.st_size > 0 else { return }
        let expected = Array(writtenBy.start.utf8)
        let start = FileHandle(forReadingAtPath: path).flatMap { try? $0.read(upToCount: expected.count) }
        if start.map(Array.init) != expected {
            throw Refusal(
                path: path, problem: "the file exists and was not written by \(writtenBy.command)",
                hint: "choose another \(option) file, or remove this one first")
        }
    }

    /// The inputs of a run folder read by `compare` or `whatif --baseline`: the folder and the files read
    /// from it.
    static func runFolderInputs(_ folder: String) -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return [folder, base + "/priorities.csv", base + "/allocation.csv"]
    }

    /// Whether `folder` was written by capplan: it holds a `manifest.json` naming the tool's version and
    /// the files written (`run`, `whatif --scenario`), or only the files of `whatif --variant`
    /// (`robustness.csv` and `robustness.md`).
    static func isCapplanFolder(_ folder: String) -> Bool {
        let manifest = (folder as NSString).appendingPathComponent("manifest.json")
        if let data = FileManager.default.contents(atPath: manifest),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            object["tool_version"] is String, object["outputs"] is [Any]
        {
            return true
        }
        let robustness: Set = ["robustness.csv", "robustness.md"]
        let entries = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        return entries.contains("robustness.csv") && entries.isSubset(of: robustness)
    }

    /// Whether `a` and `b` exist and are the same file (device and inode, symbolic links followed).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat()
        var second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// `path` absolute, with `.` and `..` removed and the symbolic links of its longest existing part
    /// resolved (`realpath`); the missing rest is appended as given.
    static func resolved(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var head = absolute.split(separator: "/").map(String.init)
        var tail: [String] = []
        var base = "/"
        while true {
            if let real = realpath("/" + head.joined(separator: "/"), nil) {
                base = String(cString: real)
                free(real)
                break
            }
            guard let last = head.popLast() else { break }
            tail.insert(last, at: 0)
        }
        if tail.isEmpty { return base }
        var parts = base.split(separator: "/").map(String.init)
        var climbed = false
        for part in tail {
            switch part {
            case ".": continue
            case "..":
                climbed = true
                _ = parts.popLast()
            default: parts.append(part)
            }
        }
        let result = "/" + parts.joined(separator: "/")
        // After a `..` the lexical result may name an existing path again: resolve it once more.
        return climbed ? resolved(result) : result
    }
}

extension OutputDestination {
    /// Every file a plan config names and the config itself, with the command line's scenario files.
    static func inputs(of config: PlanConfig, scenarios: [String]) -> [String] {
        [config.path] + [config.regions, config.map, config.classes.travel].compactMap { $0 } + config.population
            + [config.roster] + scenarios
    }
}
