import Testing

@testable import Ingestion

@Suite("Diagnostic")
struct DiagnosticTests {
    private func diagnostic(line: Int?, column: Int?, value: String?) -> Diagnostic {
        Diagnostic(
            severity: .error, file: "data/roster.csv", line: line, column: column, reason: "peran: unknown role",
            value: value, hint: "write TKSK or PSM")
    }

    @Test(
        "location and rendered for every line/column combination, with and without a value",
        arguments: [
            (
                7, 3, "Pendamping", "data/roster.csv:7:3",
                "data/roster.csv:7:3: peran: unknown role (\"Pendamping\") — write TKSK or PSM"
            ),
            (
                7, nil, "Pendamping", "data/roster.csv:7",
                "data/roster.csv:7: peran: unknown role (\"Pendamping\") — write TKSK or PSM"
            ),
            (
                nil, 3, "Pendamping", "data/roster.csv",
                "data/roster.csv: peran: unknown role (\"Pendamping\") — write TKSK or PSM"
            ),
            (
                nil, nil, "Pendamping", "data/roster.csv",
                "data/roster.csv: peran: unknown role (\"Pendamping\") — write TKSK or PSM"
            ),
            (7, 3, nil, "data/roster.csv:7:3", "data/roster.csv:7:3: peran: unknown role — write TKSK or PSM"),
            (7, nil, nil, "data/roster.csv:7", "data/roster.csv:7: peran: unknown role — write TKSK or PSM"),
            (nil, 3, nil, "data/roster.csv", "data/roster.csv: peran: unknown role — write TKSK or PSM"),
            (nil, nil, nil, "data/roster.csv", "data/roster.csv: peran: unknown role — write TKSK or PSM"),
            (7, 3, "", "data/roster.csv:7:3", "data/roster.csv:7:3: peran: unknown role (\"\") — write TKSK or PSM"),
        ] as [(Int?, Int?, String?, String, String)])
    func rendering(line: Int?, column: Int?, value: String?, location: String, rendered: String) {
        let finding = diagnostic(line: line, column: column, value: value)
        #expect(finding.location == location)
        #expect(finding.rendered == rendered)
    }

    @Test(
        "values longer than 60 characters are cut to 57 and an ellipsis in rendered, kept whole in value",
        arguments: [59, 60, 61, 200])
    func shortened(length: Int) {
        let value = String(repeating: "x", count: length - 1) + "y"
        let finding = diagnostic(line: 2, column: 1, value: value)
        let shown = length <= 60 ? value : String(repeating: "x", count: 57) + "..."
        #expect(finding.rendered == "data/roster.csv:2:1: peran: unknown role (\"\(shown)\") — write TKSK or PSM")
        #expect(finding.value == value)
        #expect(finding.value?.count == length)
    }

    @Test("a long value of multi-byte characters is cut by characters")
    func shortenedCharacters() {
        let finding = diagnostic(line: 2, column: 1, value: String(repeating: "é", count: 61))
        #expect(
            finding.rendered
                == "data/roster.csv:2:1: peran: unknown role (\"\(String(repeating: "é", count: 57))...\")"
                + " — write TKSK or PSM")
    }

    @Test("category defaults to the reason, or is given")
    func category() {
        #expect(diagnostic(line: 1, column: 1, value: nil).category == "peran: unknown role")
        let duplicate = Diagnostic(
            severity: .error, file: "r.csv", line: 5, column: 1, reason: "id: duplicate of line 3 in r.csv",
            value: "W002", hint: "give every worker one row and a unique id", category: "id: duplicate")
        #expect(duplicate.category == "id: duplicate")
        #expect(duplicate.reason == "id: duplicate of line 3 in r.csv")
    }

    @Test("severities sort errors first, notes last")
    func severityOrder() {
        #expect([Diagnostic.Severity.note, .error, .warning].sorted() == [.error, .warning, .note])
        #expect(Diagnostic.Severity.error < .warning)
        #expect(Diagnostic.Severity.warning < .note)
        #expect(!(Diagnostic.Severity.note < .error))
        #expect([Diagnostic.Severity.error, .warning, .note].map(\.rawValue) == ["error", "warning", "note"])
    }

    @Test("rendered stays on one line when the value holds a line break")
    func renderedOneLine() {
        let finding = diagnostic(line: 2, column: 2, value: "TK\nSK")
        #expect(!finding.rendered.contains("\n"))
        #expect(finding.value == "TK\nSK")
    }
}
