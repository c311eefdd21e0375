/// Small pieces of English the command layer's messages share.
enum Wording {
    /// A count with its noun in singular or plural: "1 row", "2 rows".
    static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }
}
