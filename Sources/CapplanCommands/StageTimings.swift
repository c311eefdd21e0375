import Synchronization

/// How long each stage of a command took, wall clock, for `--timings`: what docs/PERFORMANCE.md's
/// split by stage is read from, so that nobody needs a profiler to see where a run's time goes.
///
/// Stages are recorded in the order they finish; the output files, written side by side, are recorded
/// when the publisher reports them, each with its own wall time. Safe to record from any thread.
final class StageTimings: Sendable {
    /// One recorded stage.
    struct Entry: Equatable, Sendable {
        /// The stage's name ("ingest roster", "analyse", "priorities.csv").
        var name: String
        /// How long it took.
        var duration: Duration
        /// 0 for a stage, 1 for a part of the stage recorded before it (a file of "render and publish").
        var depth: Int
    }

    /// The stages recorded so far.
    private let entries = Mutex<[Entry]>([])
    /// When the command started.
    let started: ContinuousClock.Instant

    /// Starts the clock of a command at `started` (now by default).
    init(started: ContinuousClock.Instant = ContinuousClock.now) {
        self.started = started
    }

    /// Records that `name` took `duration`; `depth` 1 for a part of a stage.
    func record(_ name: String, _ duration: Duration, depth: Int = 0) {
        entries.withLock { $0.append(Entry(name: name, duration: duration, depth: depth)) }
    }

    /// The stages recorded so far, in order.
    var recorded: [Entry] { entries.withLock { $0 } }

    /// The table `--timings` prints: one line per stage, parts indented under the stage that holds
    /// them (recorded before it), then the total since the command started. Milliseconds are shown
    /// because the stages of a provincial run take a few of them.
    func table(total: Duration) -> String {
        var parts: [Entry] = []
        var lines = ["timings (wall clock, seconds):"]
        for entry in recorded {
            if entry.depth > 0 {
                parts.append(entry)
                continue
            }
            lines.append(Self.line(entry.name, entry.duration, indent: 2))
            lines += parts.map { Self.line($0.name, $0.duration, indent: 4) }
            parts = []
        }
        lines += parts.map { Self.line($0.name, $0.duration, indent: 4) }
        lines.append(Self.line("total", total, indent: 2))
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line of the table: the name padded to a column, then the seconds with three decimals.
    static func line(_ name: String, _ duration: Duration, indent: Int) -> String {
        let label = String(repeating: " ", count: indent) + name
        let padded = label.count < 36 ? label + String(repeating: " ", count: 36 - label.count) : label + " "
        return padded + seconds(duration)
    }

    /// A duration in seconds with three decimals, right-aligned in 8 places ("   0.417").
    static func seconds(_ duration: Duration) -> String {
        let (whole, attoseconds) = duration.components
        let milliseconds = whole * 1000 + (attoseconds + 500_000_000_000_000) / 1_000_000_000_000_000
        let text = "\(milliseconds / 1000)." + String("00\(milliseconds % 1000)".suffix(3))
        return String(repeating: " ", count: max(0, 8 - text.count)) + text
    }
}
