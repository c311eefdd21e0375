import Foundation
import Testing

/// Golden files: expected output kept in `Fixtures/golden/`, compared as text.
///
/// Set `CAPPLAN_RECORD_GOLDEN=1` to (re)write them in the source tree from what the code gives now;
/// such a run fails every test that recorded ("recorded new baseline"), so it can never hide a
/// regression: review the change with `git diff`, then run the tests again.
package enum Golden {
    /// The environment variable that switches to recording.
    package static let recordVariable = "CAPPLAN_RECORD_GOLDEN"

    /// Lines of diff shown on a mismatch; the rest are counted.
    package static let shownDiffLines = 40

    /// `Fixtures/golden` beside the calling test file in the source tree (not the copy in the bundle,
    /// so a re-recorded file is what the next run compares with).
    package static func folder(filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/golden")
    }

    /// Checks `actual` against the golden file `name`, or records it when recording is switched on.
    package static func check(
        _ actual: String, matches name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let url = folder(filePath: filePath).appendingPathComponent(name)
        if ProcessInfo.processInfo.environment[recordVariable] == "1" {
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                // A recording run never passes: it would hide whatever changed.
                let message =
                    "recorded new baseline \(url.path) (\(recordVariable)=1): review it with git diff, then run "
                    + "the tests again without \(recordVariable)"
                Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record golden file \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "golden file \(url.path) is missing — run the tests with \(recordVariable)=1 to record it",
                sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        Issue.record(
            """
            output differs from golden file \(name) (re-record with \(recordVariable)=1 if the change is intended):
            \(diff(expected: expected, actual: actual, name: name))
            """, sourceLocation: sourceLocation)
    }

    /// A unified-style line diff: `-` lines only in the golden file, `+` lines only in the output,
    /// each hunk headed `@@ -LINE,COUNT +LINE,COUNT @@` with 1-based line numbers.
    package static func diff(expected: String, actual: String, name: String, context: Int = 2) -> String {
        let old = lines(expected)
        let new = lines(actual)
        let edits = editScript(old, new)
        var output = ["--- golden/\(name)", "+++ actual"]
        var index = 0
        while index < edits.count {
            guard edits[index].kind != .same else {
                index += 1
                continue
            }
            // One hunk: from `context` lines before this change to `context` lines after the last
            // change closer than 2 × context to the one before.
            let start = max(0, index - context)
            var end = index
            var probe = index
            while probe < edits.count {
                if edits[probe].kind != .same {
                    end = probe
                } else if probe - end > 2 * context {
                    break
                }
                probe += 1
            }
            let stop = min(edits.count, end + context + 1)
            let hunk = edits[start..<stop]
            let oldStart = hunk.first(where: { $0.kind != .insert })?.oldLine ?? (hunk.first!.oldLine)
            let newStart = hunk.first(where: { $0.kind != .delete })?.newLine ?? (hunk.first!.newLine)
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            output.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            for edit in hunk {
                switch edit.kind {
                case .same: output.append(" " + edit.text)
                case .delete: output.append("-" + edit.text)
                case .insert: output.append("+" + edit.text)
                }
            }
            index = stop
        }
        if expected.hasSuffix("\n") != actual.hasSuffix("\n") {
            output.append("(the two differ in the final line end)")
        }
        if output.count > shownDiffLines + 2 {
            let hidden = output.count - shownDiffLines - 2
            output = Array(output.prefix(shownDiffLines + 2)) + ["… \(hidden) more diff lines"]
        }
        return output.joined(separator: "\n")
    }

    private static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// One line of the edit script.
    package struct Edit: Equatable {
        /// Kept, removed from the golden file, or added by the output.
        package enum Kind: Sendable { case same, delete, insert }
        /// What the edit does.
        package var kind: Kind
        /// The line's text.
        package var text: String
        /// 1-based line in the golden file (for an insert: the line it comes before).
        package var oldLine: Int
        /// 1-based line in the output (for a delete: the line it comes before).
        package var newLine: Int
    }

    /// The shortest edit script by longest common subsequence; golden files are small.
    package static func editScript(_ old: [String], _ new: [String]) -> [Edit] {
        let rows = old.count + 1
        let columns = new.count + 1
        var common = [Int](repeating: 0, count: rows * columns)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                common[i * columns + j] =
                    old[i] == new[j]
                    ? common[(i + 1) * columns + j + 1] + 1
                    : max(common[(i + 1) * columns + j], common[i * columns + j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                edits.append(Edit(kind: .same, text: old[i], oldLine: i + 1, newLine: j + 1))
                i += 1
                j += 1
            } else if i < old.count, j == new.count || common[(i + 1) * columns + j] >= common[i * columns + j + 1] {
                edits.append(Edit(kind: .delete, text: old[i], oldLine: i + 1, newLine: j + 1))
                i += 1
            } else {
                edits.append(Edit(kind: .insert, text: new[j], oldLine: i + 1, newLine: j + 1))
                j += 1
            }
        }
        return edits
    }
}
