/// The "did you mean" of an unknown key: the closest known key within two edits, if any.
enum KeySuggestion {
    /// The furthest a known key may be from the typed one and still be suggested.
    static let maximumDistance = 2

    /// The known key nearest to `key` (ignoring case), the earliest in `known` on a tie; nil when none is within
    /// ``maximumDistance`` edits.
    static func closest(to key: String, among known: [String]) -> String? {
        var best: (key: String, distance: Int)?
        for candidate in known {
            let distance = editDistance(key.lowercased(), candidate.lowercased())
            if distance <= maximumDistance, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.key
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two neighbours each
    /// count 1, so `per_dsea` is one edit from `per_desa`.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
