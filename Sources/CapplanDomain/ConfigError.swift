/// Why the plan config (docs/INPUTS.md "Plan config") cannot be used: exit 66 when the file is missing, 64 otherwise
/// (Ingestion's conformance to `CapplanFailure` renders `FILE:LINE:COLUMN: what is wrong — what to do` from
/// ``path``, ``position``, ``problem`` and ``remedy``).
///
/// Keys are named by their full dotted path (`norms.PSM.per_desa`, `priority.weights.growth`); the n-th
/// `[[modules]]` block is `modules[n]`, counted from 1 as a planner reads the file.
package enum ConfigError: Error, Equatable, Sendable {
    /// No file at the given path.
    case notFound(path: String)
    /// The file exists but cannot be read as UTF-8 text; `reason` says why.
    case unreadable(path: String, reason: String)
    /// The text is not valid TOML; `line` and `column` count from 1, `message` is the TOML parser's.
    case syntax(path: String, line: Int, column: Int, message: String)
    /// A key the config does not know, with the known key it most likely meant (full dotted path) if any.
    case unknownKey(path: String, key: String, suggestion: String?)
    /// A value of the wrong TOML type: `expected` and `found` read like "an integer", "a string".
    case wrongType(path: String, key: String, expected: String, found: String)
    /// A value of the right type that breaks a rule: `reason` says what is wrong, `hint` what to do.
    case invalidValue(path: String, key: String, reason: String, hint: String)
    /// A required key that is absent.
    case missingKey(path: String, key: String)

    /// The config file the error is about.
    package var path: String {
        switch self {
        case .notFound(let path), .unreadable(let path, _), .syntax(let path, _, _, _), .unknownKey(let path, _, _),
            .wrongType(let path, _, _, _), .invalidValue(let path, _, _, _), .missingKey(let path, _):
            path
        }
    }

    /// The line and column of a syntax error; nil when the error is about a key or the whole file.
    package var position: (line: Int, column: Int)? {
        if case .syntax(_, let line, let column, _) = self { return (line, column) }
        return nil
    }

    /// What is wrong (the message is rendered by Ingestion's conformance to `CapplanFailure`, with ``path`` and
    /// ``position`` in front: this module depends on nothing).
    package var problem: String {
        switch self {
        case .notFound: "no such config file"
        case .unreadable(_, let reason): "cannot read the config file (\(reason))"
        case .syntax(_, _, _, let message): "invalid TOML: \(message)"
        case .unknownKey(_, let key, _): "unknown key `\(key)`"
        case .wrongType(_, let key, let expected, let found): "`\(key)` must be \(expected), not \(found)"
        case .invalidValue(_, let key, let reason, _): "`\(key)` \(reason)"
        case .missingKey(_, let key): "required key `\(key)` is missing"
        }
    }

    /// What to do.
    package var remedy: String {
        switch self {
        case .notFound: "check the path, or pass another file with --config"
        case .unreadable: "make it a readable UTF-8 text file"
        case .syntax: "fix the TOML syntax at this position"
        case .unknownKey(_, _, let suggestion?): "did you mean `\(suggestion)`?"
        case .unknownKey(_, _, nil): "remove it or correct it to a key of docs/INPUTS.md \"Plan config\""
        case .wrongType(_, _, let expected, _): "change its value to \(expected)"
        case .invalidValue(_, _, _, let hint): hint
        case .missingKey(_, let key): Self.howToAdd(key)
        }
    }

    /// How to add the required `key`.
    private static func howToAdd(_ key: String) -> String {
        switch key {
        case "population": "add population = [\"raw/population.csv\"] naming the population file(s)"
        case "roster": "add roster = \"raw/roster.csv\" naming the roster file"
        case _ where key.hasSuffix(".id"): "add id = \"module_id\" to that [[modules]] block"
        default: "add it (see docs/INPUTS.md \"Plan config\")"
        }
    }
}
