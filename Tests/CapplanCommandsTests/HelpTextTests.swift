import Testing

/// The help text, which `make install` also turns into the man page.
@Suite("Help text")
struct HelpTextTests {
    @Test("every help text is ASCII: swift-argument-parser's manual generator drops other characters")
    func asciiForTheManPage() throws {
        let folder = try ScratchFolder()
        let result = try folder.run(["--experimental-dump-help"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        let other = result.stdout.unicodeScalars.filter { !$0.isASCII }.map(String.init)
        #expect(other.isEmpty, "not ASCII: \(other.joined(separator: " "))")
    }
}
