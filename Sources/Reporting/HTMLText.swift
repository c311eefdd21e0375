/// HTML building blocks for `brief.html`: escaping, and headings kept on a printed page with what
/// follows them (`HTMLRenderer` writes the brief's blocks as HTML).
enum HTMLText {
    /// `text` safe in element content and in double-quoted attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

extension HTMLText {
    /// The block elements of a section's HTML lines: a multi-line `<table>`, `<ul>` or `<figure>`
    /// is one block, every other line one block.
    static func blocks(_ lines: [String]) -> [[String]] {
        var blocks: [[String]] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let closing = ["<table>": "</table>", "<ul>": "</ul>", "<figure>": "</figure>"][line]
            if let closing, let end = lines[index...].firstIndex(of: closing) {
                blocks.append(Array(lines[index...end]))
                index = end + 1
            } else {
                blocks.append([line])
                index += 1
            }
        }
        return blocks
    }

    /// The lines with every heading kept on one printed page with what follows it: the next block,
    /// and when that is a short paragraph introducing a table or list, that too (a heading never
    /// ends a page alone).
    static func keepingHeadings(_ lines: [String]) -> [String] {
        let blocks = blocks(lines)
        var output: [String] = []
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            guard block.count == 1, block[0].hasPrefix("<h"), index + 1 < blocks.count else {
                output += block
                index += 1
                continue
            }
            var kept = block + blocks[index + 1]
            var next = index + 2
            let introducesList = blocks[index + 1].count == 1 && blocks[index + 1][0].hasPrefix("<p")
            if introducesList, next < blocks.count,
                let first = blocks[next].first, first == "<table>" || first == "<ul>"
            {
                kept += blocks[next]
                next += 1
            }
            output += ["<div class=\"keep\">"] + kept + ["</div>"]
            index = next
        }
        return output
    }
}
