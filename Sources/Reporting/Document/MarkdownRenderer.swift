/// The Markdown of the brief's blocks: data escaped with `MarkdownText.escape`, tables with
/// `MarkdownText.table`, notes as `_…_`, lists as `- ` items, headings as `#`…; raw HTML blocks
/// left out.
enum MarkdownRenderer {
    /// The whole document, its title and non-empty sections separated by blank lines, ending in a
    /// newline.
    static func render(_ document: BriefDocument) -> String {
        let sections = ([document.title] + document.sections).map(lines).filter { !$0.isEmpty }
        return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    /// The lines of blocks, a blank line between two blocks; empty when every block is HTML only.
    static func lines(_ blocks: [Block]) -> [String] {
        let rendered = blocks.compactMap(lines)
        return rendered.enumerated().flatMap { index, block in index == 0 ? block : [""] + block }
    }

    /// The lines of one block; nil for HTML.
    static func lines(_ block: Block) -> [String]? {
        switch block {
        case .heading(let level, let text):
            return [String(repeating: "#", count: max(1, level)) + " " + inline(text)]
        case .paragraph(let text):
            return [inline(text)]
        case .note(let text):
            return ["_" + inline(text) + "_"]
        case .list(let items):
            return items.map { "- " + inline($0) }
        case .table(let header, let alignments, let rows):
            return MarkdownText.table(header.map(inline), alignments, rows.map { $0.map(inline) })
        case .html:
            return nil
        }
    }

    /// One line of Markdown: plain text escaped, code in backticks, `**strong**`, `_emphasis_`.
    static func inline(_ text: RichText) -> String {
        text.spans.map { span in
            switch span {
            case .text(let text): MarkdownText.escape(text)
            case .code(let code): self.code(code)
            case .strong(let text): "**" + inline(text) + "**"
            case .emphasis(let text): "_" + inline(text) + "_"
            }
        }.joined()
    }

    /// A code span: in single backticks, or when the code holds backticks, in a longer run of them
    /// with spaces inside (CommonMark), so the code can never end early.
    static func code(_ code: String) -> String {
        let flat = HTMLRenderer.flat(code)
        guard flat.contains("`") else { return "`" + flat + "`" }
        var longest = 0
        var run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        return fence + " " + flat + " " + fence
    }
}
