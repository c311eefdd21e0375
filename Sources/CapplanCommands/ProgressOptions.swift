import ArgumentParser

/// `--quiet` and `--timings`, shared by the commands that read the inputs and say how it went.
struct ProgressOptions: ParsableArguments {
    @Flag(name: .long, help: "No progress on stderr.")
    var quiet = false

    @Flag(
        name: .long, help: "At the end, print how long each stage took (wall clock) on stderr, even with --quiet.")
    var timings = false

    /// The console these options ask for: progress unless quiet, stage times when `--timings`.
    var console: Console { Console(quiet: quiet, timings: timings ? StageTimings() : nil) }
}

/// `--force` and `--no-wait`, shared by the commands that publish a run folder (`run`, `whatif`).
struct DestinationOptions: ParsableArguments {
    @Flag(
        name: .long,
        help: "Replace --out even when it is a non-empty folder capplan did not write (never one holding an input)."
    )
    var force = false

    @Flag(
        name: .long,
        help: "When another run is writing --out, exit 75 at once instead of waiting for it to finish.")
    var noWait = false
}
