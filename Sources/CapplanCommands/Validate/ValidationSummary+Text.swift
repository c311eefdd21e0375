/// The human-readable validate summary (stdout).
extension ValidationSummary {
    /// Renders the summary as text: per file its counts, fatal error, rejects by reason with
    /// examples, warnings and notes; then every warning again at the end, and the outcome.
    var text: String {
        var lines = ["capplan validate: \(config)"]
        if let years {
            lines.append("years: base \(years.base), horizon \(years.horizon), priority \(years.priority)")
        }
        lines.append("")
        let roleWidth = files.map(\.role.count).max() ?? 0
        for file in files {
            let role = file.role.padding(toLength: roleWidth, withPad: " ", startingAt: 0)
            let rows = file.rows
            lines.append(
                "\(role)  \(file.path): read \(rows.read), accepted \(rows.accepted), "
                    + "rejected \(rows.rejected), skipped \(rows.skipped)")
            if let fatal = file.fatal { lines.append("  FATAL \(fatal)") }
            for group in file.rejects {
                lines.append("  rejected \(group.count) × \(group.reason)")
                lines += group.examples.map { "    \($0)" }
                if group.count > group.examples.count {
                    lines.append("    … and \(group.count - group.examples.count) more")
                }
            }
            lines += file.warnings.map { "  warning: \($0)" }
            lines += file.notes.map { "  note: \($0)" }
        }
        if !warnings.isEmpty {
            lines.append("")
            lines.append("warnings (\(warnings.count)):")
            lines += warnings.map { "  \($0)" }
        }
        lines.append("")
        lines.append(outcome)
        return lines.joined(separator: "\n") + "\n"
    }

    private var outcome: String {
        let failed = files.filter { $0.fatal != nil }.count
        var parts = [
            Wording.count(files.count - failed, "file") + " read", Wording.count(rejectedRows, "row") + " rejected",
        ]
        if failed > 0 { parts.append(Wording.count(failed, "file") + " failed") }
        if !warnings.isEmpty { parts.append(Wording.count(warnings.count, "warning")) }
        return "result: " + parts.joined(separator: ", ") + " (exit code \(exitCode))"
    }
}
