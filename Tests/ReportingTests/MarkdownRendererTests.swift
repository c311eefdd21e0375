import Testing

@testable import Reporting

@Suite("MarkdownRenderer: the brief's blocks as Markdown")
struct MarkdownRendererTests {
    @Test(
        "each span kind: plain text escaped, code in backticks, **strong**, _emphasis_",
        arguments: [
            (RichText("a | b * c ` d [e] <f> \\ g"), #"a \| b \* c \` d \[e\] \<f> \\ g"#),
            (RichText("line\nbreak\r\nand\rmore"), "line break and more"),
            (RichText("_a_ & b_c"), #"\_a\_ \& b\_c"#),
            ("see \(code: "a_b<c>|d")", "see `a_b<c>|d`"),
            ("\(code: "a`b")", "`` a`b ``"),
            ("\(code: "``x` y")", "``` ``x` y ```"),
            ("\(strong: "1. X|Y"): z", #"**1. X\|Y**: z"#),
            ("\(emphasis: "note \(code: "x")")", "_note `x`_"),
        ] as [(RichText, String)])
    func inline(text: RichText, markdown: String) {
        #expect(MarkdownRenderer.inline(text) == markdown)
    }

    @Test("a heading at its level, its text escaped")
    func heading() {
        #expect(MarkdownRenderer.lines(.heading(1, "A*B")) == [#"# A\*B"#])
        #expect(MarkdownRenderer.lines(.heading(3, "Metode")) == ["### Metode"])
    }

    @Test("a paragraph is one line; a note is wrapped in underscores")
    func paragraphAndNote() {
        #expect(MarkdownRenderer.lines(.paragraph("Some `text`.")) == [#"Some \`text\`."#])
        #expect(MarkdownRenderer.lines(.note("† see \(code: "data_note").")) == ["_† see `data_note`._"])
    }

    @Test("a list is one `- ` line per item")
    func list() {
        #expect(MarkdownRenderer.lines(.list(["one", "\(strong: "two")"])) == ["- one", "- **two**"])
    }

    @Test("a table: header, rule with ---: for right-aligned columns, rows; | in a cell escaped")
    func table() {
        let block = Block.table(
            header: ["A", "B"], alignments: [.left, .right], rows: [["x | y", "1.234"], ["\(code: "z")", ""]])
        #expect(
            MarkdownRenderer.lines(block) == [
                "| A | B |", "| --- | ---: |", #"| x \| y | 1.234 |"#, "| `z` |  |",
            ])
    }

    @Test("raw HTML is left out of the Markdown")
    func html() {
        #expect(MarkdownRenderer.lines(.html(["<figure>", "</figure>"])) == nil)
        #expect(MarkdownRenderer.lines([.paragraph("a"), .html(["<p>x</p>"]), .paragraph("b")]) == ["a", "", "b"])
        #expect(MarkdownRenderer.lines([.html(["<p>x</p>"])]) == [])
    }

    @Test("blocks are separated by one blank line")
    func blocks() {
        let blocks: [Block] = [.heading(2, "T"), .paragraph("p"), .list(["a", "b"]), .note("n")]
        #expect(MarkdownRenderer.lines(blocks) == ["## T", "", "p", "", "- a", "- b", "", "_n_"])
    }

    @Test("a document: title and sections separated by blank lines, empty sections left out, a final newline")
    func document() {
        let document = BriefDocument(
            title: [.heading(1, "Title")],
            sections: [[.heading(2, "One"), .paragraph("p")], [], [.html(["<figure>"])], [.paragraph("q")]])
        #expect(MarkdownRenderer.render(document) == "# Title\n\n## One\n\np\n\nq\n")
    }
}
