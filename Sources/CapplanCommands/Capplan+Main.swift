import ArgumentParser
import CapplanErrors
import Foundation

extension Capplan {
    /// Parses the command line (after ``withModeNames(_:)``), runs the subcommand and exits with the codes of
    /// docs/CLI.md "Exit codes": usage errors 64 (ArgumentParser's own); a failure a command throws
    /// (``CapplanFailure``, or a ``FailureReport`` of several messages) is said here, once, on stderr after
    /// `capplan: `, and its exit status is the code; anything unexpected is an internal error, 70, so no failure
    /// ever leaves with a bare 1; a trap or fault too exits 70 (``FatalSignal``).
    package static func runMain(arguments: [String]? = nil) -> Never {
        FatalSignal.install(environment: ProcessInfo.processInfo.environment)
        do {
            var command = try parseAsRoot(withModeNames(arguments ?? Array(CommandLine.arguments.dropFirst())))
            try command.run()
            Foundation.exit(0)
        } catch let failure as any CapplanFailure {
            end(saying: [failure.message], status: failure.exitStatus)
        } catch let report as FailureReport {
            end(saying: report.messages, status: report.exitStatus)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .failure {
                // Not a usage error and not one of ours: an internal error.
                end(saying: [ProblemMessage(nil, "\(error)")], status: .software)
            }
            exit(withError: error)
        }
    }

    /// Says each message on stderr after `capplan: ` (`capplan: internal error: ` for an internal error, 70), then
    /// exits with `status`.
    static func end(saying messages: [ProblemMessage], status: ExitStatus) -> Never {
        let console = Console(quiet: true)
        for message in messages {
            console.error(status == .software ? "internal error: \(message)" : message.description)
        }
        Foundation.exit(status.rawValue)
    }

    /// The arguments with the mode of `sample` or `whatif` named, so that the spellings of earlier versions, which
    /// chose the mode by its options, still work: when the first word after `sample` or `whatif` is an option,
    /// `roster` is put before it if an option before any `--` is `--regions` or `--roster-out`, and `variants`
    /// if one is `--variant` (with or without `=VALUE`). Otherwise the arguments stay as they are, and the
    /// default subcommand (`sample country`, `whatif scenario`) takes the options. So
    /// `capplan sample --regions F --roster-out G` runs `capplan sample roster --regions F --roster-out G`,
    /// and `capplan whatif --variant F --variant G` runs `capplan whatif variants --variant F --variant G`.
    static func withModeNames(_ arguments: [String]) -> [String] {
        guard arguments.count >= 2, arguments[1].hasPrefix("-") else { return arguments }
        let options = arguments.dropFirst().prefix { $0 != "--" }.map { String($0.prefix { $0 != "=" }) }
        let mode: String
        switch arguments[0] {
        case "sample" where options.contains("--regions") || options.contains("--roster-out"): mode = "roster"
        case "whatif" where options.contains("--variant"): mode = "variants"
        default: return arguments
        }
        return [arguments[0], mode] + arguments.dropFirst()
    }
}
