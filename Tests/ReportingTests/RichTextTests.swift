import Testing

@testable import Reporting

@Suite("RichText: the brief's inline text as spans")
struct RichTextTests {
    @Test("a literal is one plain span; an empty literal has none")
    func literal() {
        let text: RichText = "Malinau Kota"
        #expect(text.spans == [.text("Malinau Kota")])
        #expect(RichText("").isEmpty)
        #expect(("" as RichText).spans == [])
    }

    @Test("interpolated strings and values are plain text, merged with the literal around them")
    func plainInterpolation() {
        let name = "a `b` _c_ *d*"
        let text: RichText = "\(3). \(name) (\(ReportFixture.code(1, 1)))"
        #expect(text.spans == [.text("3. a `b` _c_ *d* (65.01.01)")])
    }

    @Test("code, strong and emphasis interpolations make spans of their own")
    func spans() {
        let text: RichText = "see \(code: "priorities.csv"), \(strong: "1. \("X")"): \(emphasis: "note")."
        #expect(
            text.spans == [
                .text("see "), .code("priorities.csv"), .text(", "), .strong(RichText([.text("1. X")])),
                .text(": "), .emphasis(RichText([.text("note")])), .text("."),
            ])
    }

    @Test("a RichText interpolated into another keeps its spans")
    func nested() {
        let inner: RichText = "\(code: "a") b"
        let outer: RichText = "x \(inner) y"
        #expect(outer.spans == [.text("x "), .code("a"), .text(" b y")])
    }

    @Test("+ joins two texts, merging plain text at the seam")
    func concatenation() {
        let text = RichText("a ") + "\(code: "b")" + " c" + " d"
        #expect(text.spans == [.text("a "), .code("b"), .text(" c d")])
    }

    @Test("joined puts the separator between the texts only")
    func joined() {
        let items: [RichText] = ["\(code: "a")", "b", "c"]
        #expect(items.joined(separator: ", ").spans == [.code("a"), .text(", b, c")])
        #expect([RichText]().joined(separator: ", ").isEmpty)
        #expect(["only"].joined(separator: ", " as RichText).spans == [.text("only")])
    }

    @Test("RichText([spans]) drops empty plain text and merges neighbours")
    func normalised() {
        let text = RichText([.text(""), .text("a"), .text("b"), .code(""), .text("")])
        #expect(text.spans == [.text("ab"), .code("")])
    }

    @Test("spans nest: strong inside emphasis, each renderer writing its own markup around escaped text")
    func nesting() {
        let text: RichText = "\(emphasis: "a \(strong: "b*<c>") d")"
        #expect(text.spans == [.emphasis(RichText([.text("a "), .strong(RichText([.text("b*<c>")])), .text(" d")]))])
        #expect(MarkdownRenderer.inline(text) == #"_a **b\*\<c>** d_"#)
        #expect(HTMLRenderer.inline(text) == "<em>a <strong>b*&lt;c&gt;</strong> d</em>")
    }
}
