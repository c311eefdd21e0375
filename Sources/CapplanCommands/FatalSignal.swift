#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns a crash into an internal error (docs/CLI.md "Exit codes"): a Swift trap (an overflow, a failed
/// precondition) or a memory fault ends the process with a message and exit 70, never with a signal that a
/// planner's shell reports as "Illegal instruction". The Swift runtime prints its own `Fatal error:` line before
/// the signal arrives when the trap has a message (a bare arithmetic overflow has none).
enum FatalSignal {
    /// The signals a trap or a fault raises.
    static let signals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGBUS, SIGSEGV]

    /// The environment variable that makes `capplan` trap at once after installing the handler, for the test
    /// that a trap exits 70 (no input can reach a trap on purpose).
    static let testVariable = "CAPPLAN_TEST_TRAP"

    /// Installs the handler, unless `SWIFT_BACKTRACE` is set: a developer who asks for the runtime's backtrace
    /// gets it instead. Traps at once when ``testVariable`` is `1`.
    static func install(environment: [String: String]) {
        guard environment["SWIFT_BACKTRACE"] == nil else { return }
        for number in signals {
            _ = signal(number, handle)
        }
        if environment[testVariable] == "1" {
            fatalError("\(testVariable)=1")
        }
    }

    /// Writes the message with `write(2)` (async-signal-safe, no allocation) and exits 70 at once.
    private static let handle: @convention(c) (Int32) -> Void = { _ in
        let message: StaticString =
            "capplan: internal error: stopped by a fatal signal; this is a bug: please report it with the command line\n"
        _ = write(2, message.utf8Start, message.utf8CodeUnitCount)
        _exit(70)
    }
}
