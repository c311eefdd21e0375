/// Markdown building blocks for the brief: escaping of data text and pipe tables.
enum MarkdownText {
    /// `text` safe inside a table cell or prose: `\`, `|`, `*`, `_`, `` ` ``, `[`, `]`, `<` and `&`
    /// are backslash-escaped, and line breaks become spaces, so a kecamatan name or a path can
    /// neither split a table row nor start emphasis, code, a link, HTML or an entity.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\", "|", "*", "_", "`", "[", "]", "<", "&": escaped += "\\\(character)"
            case "\n", "\r", "\r\n": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Column alignment in a pipe table.
    typealias Alignment = Block.Alignment

    /// A pipe table; the cells must already be escaped.
    static func table(_ header: [String], _ alignments: [Alignment], _ rows: [[String]]) -> [String] {
        let rule = alignments.map { $0 == .right ? "---:" : "---" }
        return ([header, rule] + rows).map { "| " + $0.joined(separator: " | ") + " |" }
    }
}
