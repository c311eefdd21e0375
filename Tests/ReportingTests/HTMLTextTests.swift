import Testing

@testable import Reporting

@Suite("HTMLText: escaping")
struct HTMLTextTests {
    @Test("escape: &, <, >, and both quotes")
    func escape() {
        #expect(HTMLText.escape(#"a & b <c> "d" 'e'"#) == "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;")
    }
}
