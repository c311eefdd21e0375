/// The HTML of the brief's blocks, one block element per line (a table or list over several):
/// plain text escaped with `HTMLText.escape`, `<code>`, `<strong>`, `<em>`, notes as
/// `<p class="note"><em>…</em></p>`, right-aligned table columns with `class="num"`, raw HTML
/// blocks as they are.
enum HTMLRenderer {
    /// The lines of blocks, in order.
    static func lines(_ blocks: [Block]) -> [String] {
        blocks.flatMap(lines)
    }

    /// The lines of a section with every heading kept on one printed page with what follows it:
    /// the next block, and when that is a paragraph introducing a table or list, that too (a
    /// heading never ends a page alone). Grouped on the blocks, not on their HTML.
    static func section(_ blocks: [Block]) -> [String] {
        var output: [String] = []
        var index = 0
        while index < blocks.count {
            guard case .heading = blocks[index], index + 1 < blocks.count else {
                output += lines(blocks[index])
                index += 1
                continue
            }
            var kept = [blocks[index], blocks[index + 1]]
            var next = index + 2
            if case .paragraph = blocks[index + 1], next < blocks.count, blocks[next].isTableOrList {
                kept.append(blocks[next])
                next += 1
            }
            output += ["<div class=\"keep\">"] + lines(kept) + ["</div>"]
            index = next
        }
        return output
    }

    /// The lines of one block.
    static func lines(_ block: Block) -> [String] {
        switch block {
        case .heading(let level, let text):
            let level = min(6, max(1, level))
            return ["<h\(level)>\(inline(text))</h\(level)>"]
        case .paragraph(let text):
            return ["<p>\(inline(text))</p>"]
        case .note(let text):
            return ["<p class=\"note\"><em>\(inline(text))</em></p>"]
        case .list(let items):
            return ["<ul>"] + items.map { "<li>\(inline($0))</li>" } + ["</ul>"]
        case .table(let header, let alignments, let rows):
            return table(header: header, alignments: alignments, rows: rows)
        case .html(let lines):
            return lines
        }
    }

    /// A table: header in `<thead>`, rows in `<tbody>`; cells of right-aligned columns get
    /// `class="num"`.
    static func table(header: [RichText], alignments: [Block.Alignment], rows: [[RichText]]) -> [String] {
        func row(_ cells: [RichText], tag: String) -> String {
            let items = cells.enumerated().map { column, cell in
                let attribute = column < alignments.count && alignments[column] == .right ? " class=\"num\"" : ""
                return "<\(tag)\(attribute)>\(inline(cell))</\(tag)>"
            }
            return "<tr>" + items.joined() + "</tr>"
        }
        return ["<table>", "<thead>" + row(header, tag: "th") + "</thead>", "<tbody>"]
            + rows.map { row($0, tag: "td") } + ["</tbody>", "</table>"]
    }

    /// One line of HTML: plain text escaped (line breaks as spaces), `<code>`, `<strong>`, `<em>`.
    static func inline(_ text: RichText) -> String {
        text.spans.map { span in
            switch span {
            case .text(let text): HTMLText.escape(flat(text))
            case .code(let code): "<code>\(HTMLText.escape(flat(code)))</code>"
            case .strong(let text): "<strong>\(inline(text))</strong>"
            case .emphasis(let text): "<em>\(inline(text))</em>"
            }
        }.joined()
    }

    /// `text` on one line: each line break a space.
    static func flat(_ text: String) -> String {
        var flat = ""
        for character in text {
            switch character {
            case "\n", "\r", "\r\n": flat += " "
            default: flat.append(character)
            }
        }
        return flat
    }
}
