import Ingestion
import Testing

@Suite("Role cells (docs/INPUTS.md, Roster)")
struct RoleParsingTests {
    static let hint =
        "write TKSK or PSM (or the full name: Tenaga Kesejahteraan Sosial Kecamatan, Pekerja Sosial Masyarakat)"

    @Test(
        "reads codes and full names in any case",
        arguments: [
            ("TKSK", Role.tksk),
            ("tksk", .tksk),
            ("Tksk", .tksk),
            (" TKSK ", .tksk),
            ("PSM", .psm),
            ("psm", .psm),
            ("Tenaga Kesejahteraan Sosial Kecamatan", .tksk),
            ("TENAGA KESEJAHTERAAN SOSIAL KECAMATAN", .tksk),
            ("tenaga  kesejahteraan\tsosial kecamatan", .tksk),
            ("Pekerja Sosial Masyarakat", .psm),
            ("pekerja sosial  masyarakat", .psm),
        ])
    func reads(text: String, role: Role) {
        #expect(Role.parse(text) == .success(role))
    }

    @Test(
        "rejects anything else",
        arguments: [
            ("", ValueError("no role given", hint: hint)),
            ("Pendamping PKH", ValueError("unknown role", hint: hint)),
            ("T K S K", ValueError("unknown role", hint: hint)),
            ("TKSK/PSM", ValueError("unknown role", hint: hint)),
            ("Tenaga Kesejahteraan Sosial", ValueError("unknown role", hint: hint)),
        ])
    func rejects(text: String, error: ValueError) {
        #expect(Role.parse(text) == .failure(error))
    }
}
