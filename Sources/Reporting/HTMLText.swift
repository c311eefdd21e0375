/// HTML building blocks for `brief.html`: escaping, and the brief's Markdown turned into HTML so
/// the page says exactly what `brief.md` says.
///
/// The converter knows only the Markdown `BriefSections` writes: `#`–`###` headings, paragraphs,
/// `- ` lists, pipe tables with a `---`/`---:` rule, `**strong**`, `` `code` ``, a paragraph
/// wrapped whole in `_…_`, and `MarkdownText.escape`'s backslash escapes. Anything else passes
/// through as escaped text, never as markup.
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

    /// The HTML of a section's Markdown lines, one block element per line of output.
    static func html(markdown lines: [String]) -> [String] {
        var html: [String] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.isEmpty {
                index += 1
            } else if line.hasPrefix("#") {
                let level = min(6, line.prefix { $0 == "#" }.count)
                html.append("<h\(level)>\(inline(String(line.dropFirst(level + 1))))</h\(level)>")
                index += 1
            } else if line.hasPrefix("| ") {
                let end = lines[index...].firstIndex { !$0.hasPrefix("| ") } ?? lines.count
                html += table(Array(lines[index..<end]))
                index = end
            } else if line.hasPrefix("- ") {
                let end = lines[index...].firstIndex { !$0.hasPrefix("- ") } ?? lines.count
                html.append("<ul>")
                html += lines[index..<end].map { "<li>\(inline(String($0.dropFirst(2))))</li>" }
                html.append("</ul>")
                index = end
            } else {
                let end =
                    lines[index...].firstIndex { $0.isEmpty || $0.hasPrefix("#") || $0.hasPrefix("| ") }
                    ?? lines.count
                let text = lines[index..<end].joined(separator: " ")
                if text.count > 2, text.hasPrefix("_"), text.hasSuffix("_") {
                    html.append("<p class=\"note\"><em>\(inline(String(text.dropFirst().dropLast())))</em></p>")
                } else {
                    html.append("<p>\(inline(text))</p>")
                }
                index = end
            }
        }
        return html
    }

    /// A pipe table: header, alignment rule, rows; right-aligned columns get `class="num"`.
    static func table(_ lines: [String]) -> [String] {
        let rows = lines.map(cells)
        guard rows.count >= 2 else { return rows.map { "<p>\($0.map(inline).joined(separator: " "))</p>" } }
        let numeric = rows[1].map { $0.hasSuffix(":") }
        func row(_ cells: [String], tag: String) -> String {
            let items = cells.enumerated().map { column, cell in
                let attribute = column < numeric.count && numeric[column] ? " class=\"num\"" : ""
                return "<\(tag)\(attribute)>\(inline(cell))</\(tag)>"
            }
            return "<tr>" + items.joined() + "</tr>"
        }
        return ["<table>", "<thead>" + row(rows[0], tag: "th") + "</thead>", "<tbody>"]
            + rows.dropFirst(2).map { row($0, tag: "td") } + ["</tbody>", "</table>"]
    }

    /// The cells of `| a | b \| c |`, still Markdown-escaped: split at each unescaped `|`.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in line.dropFirst(2) {
            if escaped {
                cell += "\\\(character)"
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(cell.trimmingSpaces())
                cell = ""
            } else {
                cell.append(character)
            }
        }
        if !cell.trimmingSpaces().isEmpty { cells.append(cell.trimmingSpaces()) }
        return cells
    }

    /// Inline Markdown to HTML: backslash escapes, `` `code` `` (taken literally) and `**strong**`.
    static func inline(_ markdown: String) -> String {
        var html = ""
        var strong = false
        var characters = markdown[...]
        while let character = characters.popFirst() {
            switch character {
            case "\\" where !characters.isEmpty:
                html += escape(String(characters.removeFirst()))
            case "`":
                if let close = characters.firstIndex(of: "`") {
                    html += "<code>\(escape(String(characters[..<close])))</code>"
                    characters = characters[characters.index(after: close)...]
                } else {
                    html += "`"
                }
            case "*" where characters.first == "*":
                characters.removeFirst()
                html += strong ? "</strong>" : "<strong>"
                strong.toggle()
            default:
                html += escape(String(character))
            }
        }
        return strong ? html + "</strong>" : html
    }
}

extension String {
    /// Without leading and trailing spaces.
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
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
