/// An error that ends a command: its message for the user and the exit status it ends with.
///
/// The command layer's entry point says the ``message`` once on stderr, after `capplan: `, and exits with
/// ``exitStatus`` (an internal error, 70, is said as `internal error: …`); no command prints an error and
/// exits as two steps. `description` is the message, rendered by ``ProblemMessage`` alone.
package protocol CapplanFailure: Error, CustomStringConvertible {
    /// What the user reads: where, what is wrong, what to do.
    var message: ProblemMessage { get }
    /// The exit code of docs/CLI.md "Exit codes" this failure ends a command with.
    var exitStatus: ExitStatus { get }
}

extension CapplanFailure {
    /// The message as the user reads it: `LOCATION: what is wrong — what to do`.
    package var description: String { message.description }
}
