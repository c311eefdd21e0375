import Testing

@testable import Reporting

@Suite("HTMLText: escaping and the brief's Markdown as HTML")
struct HTMLTextTests {
    @Test("escape: &, <, >, and both quotes")
    func escape() {
        #expect(HTMLText.escape(#"a & b <c> "d" 'e'"#) == "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;")
    }

    @Test(
        "inline: backslash escapes, code taken literally, strong",
        arguments: [
            (#"Malinau \| Kota\* \<b\>"#, "Malinau | Kota* &lt;b&gt;"),
            ("see `a_b<c>` and **1. X & Y**: z", "see <code>a_b&lt;c&gt;</code> and <strong>1. X &amp; Y</strong>: z"),
            ("a `lone backtick", "a `lone backtick"),
            ("snake_case_name", "snake_case_name"),
        ])
    func inline(markdown: String, html: String) {
        #expect(HTMLText.inline(markdown) == html)
    }

    @Test("blocks: headings, paragraphs, lists, tables with right-aligned columns, an italic note")
    func blocks() {
        let markdown = [
            "## Title & more", "", "Some text.", "", "- one", "- **two**", "", "| A | B |", "| --- | ---: |",
            #"| x \| y | 1.234 |"#, "", "_Made with `tool`._",
        ]
        #expect(
            HTMLText.html(markdown: markdown) == [
                "<h2>Title &amp; more</h2>", "<p>Some text.</p>", "<ul>", "<li>one</li>",
                "<li><strong>two</strong></li>", "</ul>", "<table>",
                "<thead><tr><th>A</th><th class=\"num\">B</th></tr></thead>", "<tbody>",
                "<tr><td>x | y</td><td class=\"num\">1.234</td></tr>", "</tbody>", "</table>",
                "<p class=\"note\"><em>Made with <code>tool</code>.</em></p>",
            ])
    }
}
