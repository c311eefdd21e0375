import ArgumentParser

/// The `capplan` command: where to train and recruit TKSK and PSM first.
package struct Capplan: ParsableCommand {
    /// The command's name, version and subcommands.
    package static let configuration = CommandConfiguration(
        commandName: "capplan",
        abstract: "Plan training and recruitment of social-welfare workers (TKSK, PSM) per kecamatan.",
        discussion: "The contract is in docs/: INPUTS.md, METHOD.md, OUTPUTS.md and CLI.md.",
        version: CapplanVersion.current,
        subcommands: [Run.self, Validate.self, Explain.self, Sample.self, WhatIf.self, Compare.self, Outputs.self]
    )

    /// Creates the command (ArgumentParser fills in the options).
    package init() {}
}

/// The tool's version, written to manifests and `--version`.
package enum CapplanVersion {
    /// Semantic version of capplan.
    package static let current = "0.1.0"
}
