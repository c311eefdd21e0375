import Testing

@testable import Reporting

@Suite("HTMLText: escaping")
struct HTMLTextTests {
    @Test("escape: &, <, >, and both quotes")
    func escape() {
        #expect(HTMLText.escape(#"a & b <c> "d" 'e'"#) == "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;")
    }

    @Test("text without a special character comes back as it is; with one, every character is looked at")
    func unchanged() {
        func reference(_ text: String) -> String {
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
        for text in [
            "", "Kecamatan Ké", "日本語", "a&b", "&\u{301}x", "<\u{301}", "x'\u{301}", "tab\tline\n", "e\u{301}",
        ] {
            #expect(HTMLText.escape(text) == reference(text), "\(text.debugDescription)")
            #expect(Array(HTMLText.escape(text).utf8) == Array(reference(text).utf8))
        }
    }
}
