import ArgumentParser
import Foundation

extension Capplan {
    /// Parses the command line, runs the subcommand and exits with the codes of docs/CLI.md "Exit codes": usage errors
    /// 64 (ArgumentParser's own), the codes commands throw as `ExitCode`, and 70 for anything
    /// unexpected, so no failure ever leaves with a bare 1; a trap or fault too exits 70 (``FatalSignal``).
    public static func runMain(arguments: [String]? = nil) -> Never {
        FatalSignal.install(environment: ProcessInfo.processInfo.environment)
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .failure {
                // Not a usage error and not one of ours: an internal error.
                FileHandle.standardError.write(Data("capplan: internal error: \(error)\n".utf8))
                Foundation.exit(ExitStatus.software.rawValue)
            }
            exit(withError: error)
        }
    }
}
