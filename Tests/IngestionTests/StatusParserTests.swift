import Ingestion
import Testing

@Suite("Status flags (docs/INPUTS.md, Roster)")
struct StatusParserTests {
    static let hint = "write aktif or nonaktif (also: active, inactive, ya, tidak, 1, 0)"

    @Test(
        "reads every active spelling",
        arguments: [
            "aktif", "active", "ya", "y", "1", "true", "AKTIF", "Aktif", "Active", "YA", "Y", "TRUE", " aktif ",
        ])
    func active(text: String) {
        #expect(StatusParser.parse(text) == .success(true))
    }

    @Test(
        "reads every inactive spelling",
        arguments: [
            "nonaktif", "non aktif", "non-aktif", "tidak aktif", "inactive", "tidak", "n", "0", "false",
            "NONAKTIF", "Non Aktif", "Non-Aktif", "Tidak  Aktif", "tidak\taktif", "non   aktif", "INACTIVE", "N",
            "False",
        ])
    func inactive(text: String) {
        #expect(StatusParser.parse(text) == .success(false))
    }

    @Test(
        "rejects anything else",
        arguments: [
            ("", ValueError("no status given", hint: hint)),
            ("   ", ValueError("no status given", hint: hint)),
            ("pensiun", ValueError("unknown status", hint: hint)),
            ("yes", ValueError("unknown status", hint: hint)),
            ("2", ValueError("unknown status", hint: hint)),
            ("non - aktif", ValueError("unknown status", hint: hint)),
            ("nonaktif?", ValueError("unknown status", hint: hint)),
        ])
    func rejects(text: String, error: ValueError) {
        #expect(StatusParser.parse(text) == .failure(error))
    }
}
