/// Why the plan config (docs/INPUTS.md "Plan config") cannot be used; the command layer exits 64 on any of them.
///
/// Keys are named by their full dotted path (`norms.PSM.per_desa`, `priority.weights.growth`); the n-th
/// `[[modules]]` block is `modules[n]`, counted from 1 as a planner reads the file.
package enum ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
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

    /// True when the config file does not exist (the command layer exits 66, input missing).
    package var isMissingFile: Bool {
        if case .notFound = self { return true }
        return false
    }

    /// The config file the error is about.
    package var path: String {
        switch self {
        case .notFound(let path), .unreadable(let path, _), .syntax(let path, _, _, _), .unknownKey(let path, _, _),
            .wrongType(let path, _, _, _), .invalidValue(let path, _, _, _), .missingKey(let path, _):
            path
        }
    }

    /// `FILE:LINE:COLUMN: what is wrong — what to do`, or `FILE: what is wrong — what to do` without a position.
    package var description: String {
        switch self {
        case .notFound(let path):
            "\(path): no such config file — check the path, or pass another file with --config"
        case .unreadable(let path, let reason):
            "\(path): cannot read the config file (\(reason)) — make it a readable UTF-8 text file"
        case .syntax(let path, let line, let column, let message):
            "\(path):\(line):\(column): invalid TOML: \(message) — fix the TOML syntax at this position"
        case .unknownKey(let path, let key, let suggestion?):
            "\(path): unknown key `\(key)` — did you mean `\(suggestion)`?"
        case .unknownKey(let path, let key, nil):
            "\(path): unknown key `\(key)` — remove it or correct it to a key of docs/INPUTS.md \"Plan config\""
        case .wrongType(let path, let key, let expected, let found):
            "\(path): `\(key)` must be \(expected), not \(found) — change its value to \(expected)"
        case .invalidValue(let path, let key, let reason, let hint):
            "\(path): `\(key)` \(reason) — \(hint)"
        case .missingKey(let path, let key):
            "\(path): required key `\(key)` is missing — \(Self.howToAdd(key))"
        }
    }

    private static func howToAdd(_ key: String) -> String {
        switch key {
        case "population": "add population = [\"raw/population.csv\"] naming the population file(s)"
        case "roster": "add roster = \"raw/roster.csv\" naming the roster file"
        case _ where key.hasSuffix(".id"): "add id = \"module_id\" to that [[modules]] block"
        default: "add it (see docs/INPUTS.md \"Plan config\")"
        }
    }
}
