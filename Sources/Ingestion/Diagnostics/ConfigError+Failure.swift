import CapplanErrors

/// The plan config's errors in the one message shape: `FILE:LINE:COLUMN: what is wrong — what to do`, or
/// `FILE: what is wrong — what to do` without a position. Declared here, not beside the cases, because the
/// domain module depends on nothing.
extension ConfigError: CapplanFailure {
    /// The config file (with the position of a syntax error), what is wrong and what to do.
    package var message: ProblemMessage {
        ProblemMessage(
            SourceLocation(path, line: position?.line, column: position?.column), problem, remedy: remedy)
    }

    /// A missing config file is an input missing (66); any other config error is a usage error (64).
    package var exitStatus: ExitStatus {
        if case .notFound = self { return .inputMissing }
        return .usage
    }
}
