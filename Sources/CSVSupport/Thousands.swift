/// Whole numbers in messages, as the docs write them.
package enum Thousands {
    /// `n` with its thousands grouped by commas: 100,000,000.
    package static func grouped(_ n: Int) -> String {
        var text = String(n.magnitude)
        var index = text.endIndex
        while text.distance(from: text.startIndex, to: index) > 3 {
            index = text.index(index, offsetBy: -3)
            text.insert(",", at: index)
        }
        return n < 0 ? "-" + text : text
    }
}
