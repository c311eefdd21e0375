import Analysis
import Ingestion
import Testing

@testable import Reporting

/// Data with Markdown and HTML characters in it, in both briefs: always literal text.
@Suite("Data in the brief: a name or a path with ` _ * < & | is text, never markup")
struct BriefDataEscapingTests {
    /// A kecamatan name with every character that means something in Markdown or HTML.
    static let name = "_Sei `Menggaris`_ *A* <b> & C|D"

    /// The fixture run with the first kecamatan renamed and a scenario file whose path holds a
    /// backtick and underscores.
    static func run() -> (analysis: PlanAnalysis, context: RunContext) {
        var seeds = ReportFixture.seeds
        seeds[0].name = name
        var context = ReportFixture.context()
        context.inputs.append(
            .init(
                role: .scenario, path: "scenarios/hujan`deras_2.csv",
                sha256: "d4735e3a265e16eee03f59718b9b5d03019c07d8b6c51f90da3a666eec13ab35",
                rows: RowCounts(read: 1, accepted: 1)))
        return (ReportFixture.analysis(seeds: seeds), context)
    }

    @Test("brief.md: the name backslash-escaped in the table, the reasons and the movers")
    func markdown() {
        let (analysis, context) = Self.run()
        let brief = BriefMarkdown.render(analysis, context)
        let escaped = #"\_Sei \`Menggaris\`\_ \*A\* \<b> \& C\|D"#
        #expect(brief.contains("| \(escaped) (65.01.01) † | Malinau |"))
        #expect(brief.contains("- **1. \(escaped)**: ") || brief.contains("- **2. \(escaped)**: "))
        #expect(brief.contains("- \(escaped) (65.01.01): "))
        #expect(!brief.contains(Self.name))
    }

    @Test("brief.md: a path with a backtick is one code span, fenced by two backticks")
    func markdownCode() {
        let (analysis, context) = Self.run()
        let brief = BriefMarkdown.render(analysis, context)
        #expect(brief.contains("memakai asumsi dari `` scenarios/hujan`deras_2.csv ``;"))
        #expect(brief.contains(#"| skenario | scenarios/hujan\`deras\_2.csv | `d4735e3a265e` |"#))
        #expect(brief.hasPrefix(#"# Skenario: hujan\`deras\_2 — rencana pelatihan TKSK dan PSM 2025–2027"#))
    }

    @Test("brief.html: the name HTML-escaped, with no <code>, <em> or <strong> made from it")
    func html() {
        let (analysis, context) = Self.run()
        let page = BriefHTML.render(analysis, context)
        let escaped = "_Sei `Menggaris`_ *A* &lt;b&gt; &amp; C|D"
        #expect(page.contains("<td>\(escaped) (65.01.01) †</td><td>Malinau</td>"))
        #expect(
            page.contains("<li><strong>1. \(escaped)</strong>: ")
                || page.contains("<li><strong>2. \(escaped)</strong>: "))
        #expect(page.contains("<li>\(escaped) (65.01.01): "))
        #expect(
            page.contains("<h3>1. \(escaped) (65.01.01), Malinau — skor ")
                || page.contains("<h3>2. \(escaped) (65.01.01), Malinau — skor "))
        #expect(!page.contains("<code>Menggaris</code>"))
        #expect(!page.contains("<em>Sei"))
        #expect(!page.contains("<strong>A</strong>"))
    }

    @Test("brief.html: a path with a backtick is one <code> element, taken literally")
    func htmlCode() {
        let (analysis, context) = Self.run()
        let page = BriefHTML.render(analysis, context)
        #expect(page.contains("memakai asumsi dari <code>scenarios/hujan`deras_2.csv</code>;"))
        #expect(
            page.contains("<td>skenario</td><td>scenarios/hujan`deras_2.csv</td><td><code>d4735e3a265e</code></td>"))
        #expect(page.contains("<h1>Skenario: hujan`deras_2 — rencana pelatihan TKSK dan PSM 2025–2027</h1>"))
    }
}
