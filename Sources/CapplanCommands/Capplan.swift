import ArgumentParser

/// The `capplan` command: where to train and recruit TKSK and PSM first.
public struct Capplan: ParsableCommand {
    /// The command's name, version and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "capplan",
        abstract: "Plan training and recruitment of social-welfare workers (TKSK, PSM) per kecamatan.",
        discussion: "The contract is in docs/: INPUTS.md, METHOD.md, OUTPUTS.md and CLI.md.",
        version: CapplanVersion.current,
        subcommands: [Run.self, Validate.self, Explain.self, Sample.self, WhatIf.self, Compare.self, Outputs.self]
    )

    /// Creates the command (ArgumentParser fills in the options).
    public init() {}
}

/// The tool's version, written to manifests and `--version`.
public enum CapplanVersion {
    /// Semantic version of capplan.
    public static let current = "0.1.0"
}
