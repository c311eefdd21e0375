/// The language of the brief and of numbers in its prose (docs/OUTPUTS.md, `brief.md`; docs/CLI.md, `--lang id|en`).
package enum ReportLanguage: String, Sendable, CaseIterable {
    /// Bahasa Indonesia, the default: `12.345`, `3,5%`.
    case indonesian = "id"
    /// English: `12,345`, `3.5%`.
    case english = "en"

    /// The thousands separator in prose.
    var groupingSeparator: String { self == .indonesian ? "." : "," }

    /// The decimal mark in prose.
    var decimalMark: String { self == .indonesian ? "," : "." }

    /// The Indonesian or the English wording, whichever this language is; keeps the two versions
    /// of a sentence side by side in the code so they stay the same sentence.
    func pick(_ indonesian: String, _ english: String) -> String {
        self == .indonesian ? indonesian : english
    }
}
