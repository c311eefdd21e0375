import Testing

@testable import CSVSupport

@Suite("DelimiterSniffer")
struct DelimiterSnifferTests {
    @Test(
        "the most frequent of , ; TAB | outside quotes; ties go to the first in that order",
        arguments: [
            ("a,b,c", ","), ("a;b;c", ";"), ("a\tb\tc", "\t"), ("a|b|c", "|"),
            ("a,b;c;d", ";"), ("a|b|c\td\te\tf", "\t"),
            ("a,b;c", ","), ("a;b\tc", ";"), ("a\tb|c", "\t"), ("a,b;c\td|e", ","),
            ("abc", ","), ("", ","),
            ("\"a;b;c\",d", ","), ("\"x,y,z\";\"w\"", ";"), ("\"say \"\"a,b,c\"\"\"|d", "|"),
        ] as [(String, Character)])
    func sniff(header: String, expected: Character) {
        let delimiter = Array(header.utf8).withUnsafeBytes { DelimiterSniffer.sniff($0) }
        #expect(delimiter == expected.asciiValue)
    }
}
