/// The small piece of English the sample's README needs (the command layer has its own `Wording`).
enum SampleWording {
    /// A count with its noun in singular or plural: "1 province", "2 provinces".
    static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }
}
