import CapplanTestSupport
import Foundation
import Testing

/// Issue 11, item 6 ("privacy by construction"): a name or an ID number in the wrong roster column never reaches
/// `validate`'s output, a `--rejects` file or a run's rejects.csv (docs/INPUTS.md "How rejects show a cell").
@Suite("reject privacy, end to end: names and ID numbers are described, not shown")
struct RejectPrivacyEndToEndTests {
    /// A NIK-like 16-digit number.
    static let nik = "6501020101900001"

    @Test("a name in peran and a NIK in kode_kecamatan: validate, --rejects and the run's rejects.csv")
    func nameAndNIK() throws {
        let folder = try FixtureFolder("run")
        let roster = try folder.read("roster.csv")
        let edited = roster.replacingOccurrences(of: "T02,Budi Ajang,TKSK,", with: "T02,Budi Ajang,Ahmad Fauzi,")
            .replacingOccurrences(of: "T03,Citra Usat,TKSK,65.02.02,", with: "T03,Citra Usat,TKSK,\(Self.nik),")
        #expect(edited != roster)
        try folder.write(edited, to: "roster.csv")
        try folder.allowRejectedShare()  // 3 of the 13 roster rows

        let validate = try folder.run(["validate", "--config", "plan.toml", "--rejects", "rejects.csv"])
        #expect(
            validate.stdout.contains(
                "roster.csv:3:3: peran: unknown role (a value of 10 letters and 1 space, not shown) — write TKSK or PSM"
            ),
            "\(validate.stdout)")
        #expect(validate.stdout.contains("roster.csv:4:4: kode_kecamatan: "), "\(validate.stdout)")
        #expect(validate.stdout.contains("(a value of 16 digits, not shown) — "), "\(validate.stdout)")
        let listing = try folder.read("rejects.csv")
        #expect(listing.contains(",peran: unknown role,\"a value of 10 letters and 1 space, not shown\"\n"))
        #expect(listing.contains(",\"a value of 16 digits, not shown\"\n"))

        let run = try folder.run(["run", "--config", "plan.toml", "--out", "out", "--quiet", "--as-of", "2026"])
        #expect(run.exitCode == 0, "stderr: \(run.stderr)")
        let written = try folder.read("out/rejects.csv")
        #expect(written == listing)
        for text in [validate.stdout, validate.stderr, listing, written, run.stderr] {
            for secret in ["Ahmad", "Fauzi", "Budi", "Citra", Self.nik] {
                #expect(!text.contains(secret), "\(secret) in \(text)")
            }
        }
    }
}
