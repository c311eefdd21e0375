import Foundation

/// The terminal: results to stdout, progress, errors and stage times to stderr. It only writes; the steps
/// the commands share are ``CommandSteps``, and exit codes are the failures' own (``CapplanFailure``).
struct Console {
    /// No progress lines.
    let quiet: Bool
    /// Nothing at all, errors included: an in-process run (``InProcessRun``), whose messages are values.
    var silent = false
    /// The stages' durations when `--timings` is given; nil otherwise.
    var timings: StageTimings? = nil

    /// A console that writes nothing.
    static let silent = Console(quiet: true, silent: true)

    /// Writes results to stdout.
    func out(_ text: String) {
        if !silent { FileHandle.standardOutput.write(Data(text.utf8)) }
    }

    /// Writes an error line to stderr, after `capplan: `, even when quiet.
    func error(_ message: some CustomStringConvertible) {
        if !silent { FileHandle.standardError.write(Data("capplan: \(message)\n".utf8)) }
    }

    /// Writes a progress line to stderr unless quiet.
    func progress(_ message: String) {
        if !quiet && !silent { FileHandle.standardError.write(Data("\(message)\n".utf8)) }
    }

    /// Runs a stage and tells on stderr how long it took; `--timings` lists it as `name` (the stage's
    /// words by default).
    func timed<T>(_ stage: String, as name: String? = nil, _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        let elapsed = start.duration(to: clock.now)
        timings?.record(name ?? stage, elapsed)
        progress("\(stage) in \(Self.seconds(elapsed))")
        return result
    }

    /// Runs a stage that has no progress line of its own and records its duration for `--timings`.
    func measured<T, Failure: Error>(_ name: String, _ body: () throws(Failure) -> T) throws(Failure) -> T {
        guard let timings else { return try body() }
        let clock = ContinuousClock()
        let start = clock.now
        defer { timings.record(name, start.duration(to: clock.now)) }
        return try body()
    }

    /// Writes the `--timings` table to stderr (even when quiet: it was asked for), when asked for.
    func reportTimings() {
        guard let timings, !silent else { return }
        let total = timings.started.duration(to: ContinuousClock.now)
        FileHandle.standardError.write(Data(timings.table(total: total).utf8))
    }

    /// A duration as seconds with two decimals ("0.42 s").
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let value = Double(seconds) + Double(attoseconds) / 1e18
        return String(format: "%.2f s", value)
    }
}
