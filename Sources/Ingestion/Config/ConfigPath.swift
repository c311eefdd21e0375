/// Resolves the file paths a plan config names (docs/INPUTS.md "Plan config": "relative paths resolve against the
/// config file's own folder").
///
/// Pure string work, no file system: the result stays relative when the config path was relative (so it is relative
/// to the same working directory), `.` and `a/..` are folded away, and `~` is not expanded.
package enum ConfigPath {
    /// `path` as named in the config at `configPath`: absolute paths are kept (normalised), relative ones are joined
    /// to the config file's folder. `Data/plan.toml` + `raw/roster.csv` → `Data/raw/roster.csv`.
    package static func resolve(_ path: String, relativeTo configPath: String) -> String {
        if path.hasPrefix("/") { return normalize(path) }
        let folder = configPath.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            .joined(separator: "/")
        if folder.isEmpty { return normalize(configPath.hasPrefix("/") ? "/" + path : path) }
        return normalize(folder + "/" + path)
    }

    /// Folds `//`, `.` and `name/..`; a relative path keeps the `..` it cannot fold, an absolute one drops them at
    /// the root. An empty result is `.`.
    package static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".":
                continue
            case "..":
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !absolute {
                    parts.append(part)
                }
            default:
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
