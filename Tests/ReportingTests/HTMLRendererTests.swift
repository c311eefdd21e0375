import Testing

@testable import Reporting

@Suite("HTMLRenderer: the brief's blocks as HTML")
struct HTMLRendererTests {
    @Test(
        "each span kind: plain text HTML-escaped and never markup, <code>, <strong>, <em>",
        arguments: [
            (RichText(#"a & b <c> "d" 'e'"#), "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;"),
            (RichText("`code` _em_ **strong** \\ | [x]"), "`code` _em_ **strong** \\ | [x]"),
            (RichText("line\nbreak\r\nand\rmore"), "line break and more"),
            ("see \(code: "a_b<c>`d")", "see <code>a_b&lt;c&gt;`d</code>"),
            ("\(strong: "1. X & Y"): z", "<strong>1. X &amp; Y</strong>: z"),
            ("\(emphasis: "note \(code: "x")")", "<em>note <code>x</code></em>"),
        ] as [(RichText, String)])
    func inline(text: RichText, html: String) {
        #expect(HTMLRenderer.inline(text) == html)
    }

    @Test("a heading at its level, 1 to 6")
    func heading() {
        #expect(HTMLRenderer.lines(.heading(2, "Title & more")) == ["<h2>Title &amp; more</h2>"])
        #expect(HTMLRenderer.lines(.heading(9, "Deep")) == ["<h6>Deep</h6>"])
    }

    @Test("a paragraph; a note as an italic paragraph of class note")
    func paragraphAndNote() {
        #expect(HTMLRenderer.lines(.paragraph("Some <text>.")) == ["<p>Some &lt;text&gt;.</p>"])
        #expect(
            HTMLRenderer.lines(.note("Made with \(code: "tool").")) == [
                "<p class=\"note\"><em>Made with <code>tool</code>.</em></p>"
            ])
    }

    @Test("data wrapped in underscores stays a plain paragraph")
    func underscoredData() {
        #expect(HTMLRenderer.lines(.paragraph("_Kota_")) == ["<p>_Kota_</p>"])
    }

    @Test("a list: <ul> with one <li> per item")
    func list() {
        #expect(
            HTMLRenderer.lines(.list(["one", "\(strong: "two")"])) == [
                "<ul>", "<li>one</li>", "<li><strong>two</strong></li>", "</ul>",
            ])
    }

    @Test("a table: header in <thead>, rows in <tbody>, class num on right-aligned columns")
    func table() {
        let block = Block.table(
            header: ["A", "B"], alignments: [.left, .right], rows: [["x | y", "1.234"], ["\(strong: "S")", ""]])
        #expect(
            HTMLRenderer.lines(block) == [
                "<table>", "<thead><tr><th>A</th><th class=\"num\">B</th></tr></thead>", "<tbody>",
                "<tr><td>x | y</td><td class=\"num\">1.234</td></tr>",
                "<tr><td><strong>S</strong></td><td class=\"num\"></td></tr>", "</tbody>", "</table>",
            ])
    }

    @Test("raw HTML lines pass through as they are")
    func html() {
        #expect(HTMLRenderer.lines(.html(["<figure>", "<svg/>", "</figure>"])) == ["<figure>", "<svg/>", "</figure>"])
    }

    @Test("blocks one after the other, without blank lines; headings kept with what follows")
    func blocks() {
        let blocks: [Block] = [.heading(2, "T"), .paragraph("intro"), .list(["a"]), .paragraph("after")]
        let lines = HTMLRenderer.lines(blocks)
        #expect(lines == ["<h2>T</h2>", "<p>intro</p>", "<ul>", "<li>a</li>", "</ul>", "<p>after</p>"])
        #expect(
            HTMLRenderer.section(blocks) == [
                "<div class=\"keep\">", "<h2>T</h2>", "<p>intro</p>", "<ul>", "<li>a</li>", "</ul>", "</div>",
                "<p>after</p>",
            ])
    }
}
