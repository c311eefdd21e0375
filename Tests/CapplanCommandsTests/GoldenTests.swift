import CapplanTestSupport
import Testing

@Suite("Golden: the diff shown on a mismatch")
struct GoldenTests {
    @Test("a changed line: removed and added lines with line numbers and context")
    func changedLine() {
        let expected = "a\nb\nc\nd\ne\nf\ng\n"
        let actual = "a\nb\nc\nD\ne\nf\ng\n"
        #expect(
            Golden.diff(expected: expected, actual: actual, name: "x.txt") == """
                --- golden/x.txt
                +++ actual
                @@ -2,5 +2,5 @@
                 b
                 c
                -d
                +D
                 e
                 f
                """)
    }

    @Test("lines added at the end, and a missing final line end")
    func addedAtEnd() {
        #expect(
            Golden.diff(expected: "a\nb", actual: "a\nb\nc\n", name: "x.txt") == """
                --- golden/x.txt
                +++ actual
                @@ -1,2 +1,3 @@
                 a
                 b
                +c
                (the two differ in the final line end)
                """)
    }

    @Test("two changes far apart make two hunks")
    func twoHunks() {
        let old = (1...20).map(String.init)
        var new = old
        new[1] = "two"
        new[17] = "eighteen"
        let diff = Golden.diff(
            expected: old.joined(separator: "\n") + "\n", actual: new.joined(separator: "\n") + "\n", name: "n")
        #expect(diff.split(separator: "\n").filter { $0.hasPrefix("@@") } == ["@@ -1,4 +1,4 @@", "@@ -16,5 +16,5 @@"])
    }
}
