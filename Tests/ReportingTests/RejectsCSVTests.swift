import CapplanTestSupport
import Ingestion
import Testing

@testable import Reporting

@Suite("RejectsCSV: the rejects listing")
struct RejectsCSVTests {
    static func rejects(_ rows: [(line: Int?, column: Int?, value: String?)]) -> [Diagnostic] {
        rows.map {
            Diagnostic(
                severity: .error, file: "population.csv", line: $0.line, column: $0.column,
                reason: "penduduk: not a whole number", value: $0.value, hint: "write the count as digits")
        }
    }

    @Test("the fixture's rejects match the golden file")
    func golden() {
        Golden.check(RejectsCSV.render(ReportFixture.context().rejects), matches: "rejects.csv")
    }

    @Test("an empty listing is the header line alone")
    func empty() {
        #expect(RejectsCSV.render([]) == "file,line,column,reason,value\n")
    }

    @Test(
        "a value that a spreadsheet would run as a formula gets a leading quote mark",
        arguments: [
            ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("-12", "'-12"), ("+62 811", "'+62 811"), ("@cmd", "'@cmd"),
            ("12", "12"), ("12,5", "\"12,5\""), ("", ""),
        ])
    func formulaGuard(value: String, written: String) {
        let text = RejectsCSV.render(Self.rejects([(5, 5, value)]))
        #expect(
            text == "file,line,column,reason,value\npopulation.csv,5,5,penduduk: not a whole number,\(written)\n")
    }

    @Test("line and column are numbers, never guarded; unknown ones are empty")
    func numbers() {
        let text = RejectsCSV.render(Self.rejects([(12, 3, "x"), (nil, nil, nil)]))
        #expect(
            text == """
                file,line,column,reason,value
                population.csv,12,3,penduduk: not a whole number,x
                population.csv,,,penduduk: not a whole number,

                """)
    }

    @Test("a described cell is written as its description, never as the cell")
    func described() {
        let reject = Diagnostic(
            severity: .error, file: "roster.csv", line: 4, column: 2, reason: "peran: unknown role",
            value: CellEcho.described("Ahmad Fauzi"), hint: "write TKSK or PSM", valueShown: false)
        #expect(
            RejectsCSV.render([reject])
                == "file,line,column,reason,value\nroster.csv,4,2,peran: unknown role,"
                + "\"a value of 10 letters and 1 space, not shown\"\n")
        #expect(
            reject.rendered
                == "roster.csv:4:2: peran: unknown role (a value of 10 letters and 1 space, not shown) — write TKSK or PSM"
        )
    }

    @Test("rows come in the order given, file by file")
    func fileOrder() {
        let roster = Diagnostic(
            severity: .error, file: "roster.csv", line: 2, column: 1, reason: "id: missing", value: "",
            hint: "give an id")
        let lines = RejectsCSV.render(Self.rejects([(9, 1, "a")]) + [roster]).split(separator: "\n")
        #expect(lines.map { $0.prefix(while: { $0 != "," }) } == ["file", "population.csv", "roster.csv"])
    }
}
