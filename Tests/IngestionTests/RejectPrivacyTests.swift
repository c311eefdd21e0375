import CapplanTestSupport
import Foundation
import Testing

@testable import Ingestion

/// Rejects never carry a name or an ID number (docs/INPUTS.md "How rejects show a cell").
@Suite("Reject privacy: cells shown only when they look like what the column expects")
struct RejectPrivacyTests {
    /// A NIK-like 16-digit number.
    static let nik = "6501020101900001"
    /// The hint of an unknown role.
    static let roleHint =
        "write TKSK or PSM (or the full name: Tenaga Kesejahteraan Sosial Kecamatan, Pekerja Sosial Masyarakat)"

    /// Reads a roster with module `komunikasi`, checked against two known kecamatan.
    private func roster(_ text: String) throws -> (FileReport, String) {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write("roster.csv", text)
        let reader = RosterReader(
            moduleIDs: ["komunikasi"],
            resolver: KecamatanResolver(regions: nil, known: [kec("65.02.01"), kec("65.01.04")]), currentYear: 2026,
            delimiter: nil)
        return (reader.read(path).1, path)
    }

    /// Reads one population file without a regions file.
    private func population(_ text: String) throws -> (FileReport, String) {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write("population.csv", text)
        var table = PopulationTable()
        let reader = PopulationReader(resolver: KecamatanResolver(regions: nil, known: nil), delimiter: nil)
        return (reader.read(path, into: &table), path)
    }

    @Test(
        "shapes: what is shown and what is described",
        arguments: [
            ("Ketua", CellShape.word, true), ("Pendamping", .word, true), ("Ahmad Fauzi", .word, false),
            ("Siti", .word, true), ("Kepala Seksi Sosial", .word, false), ("TKSK/PSM", .word, true),
            ("65.01.02", .code, true), ("6501020", .code, true), (" 65.01 ", .code, true), (nik, .code, false),
            ("Tanjung Selor", .code, false), ("2019", .year, true), (" 15 ", .year, true), ("20190", .year, false),
            ("2023-13-01", .date, true), ("ya", .date, true), ("W1", .identifier, true),
            ("Ahmad Fauzi", .identifier, false), (nik, .identifier, false), ("Ahmad", .hidden, false),
            ("081234567890", .any, false), ("08123456789", .any, true), ("6501 0201 0190 0001", .any, false),
            ("Sesayap\u{0}", .any, false), ("20\u{7F}19", .date, false), ("Pendamping\u{1}", .word, false),
        ])
    func shapes(text: String, shape: CellShape, shown: Bool) {
        #expect(CellEcho.fits(text, shape) == shown)
    }

    @Test(
        "descriptions name each kind of character",
        arguments: [
            (nik, "a value of 16 digits, not shown"), ("Ahmad Fauzi", "a value of 10 letters and 1 space, not shown"),
            ("Siti A. 2", "a value of 1 digit, 5 letters, 2 spaces and 1 other character, not shown"),
            ("Sesayap\u{0}\u{1B}", "a value of 7 letters and 2 control characters, not shown"),
        ])
    func descriptions(text: String, description: String) {
        #expect(CellEcho.described(text) == description)
    }

    @Test("a name in peran is described; a short word is shown")
    func nameInRole() throws {
        let (report, path) = try roster("id,peran,kode\nW1,Ahmad Fauzi,65.02.01\nW2,Ketua,65.02.01\n")
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):2:2: peran: unknown role (a value of 10 letters and 1 space, not shown) — \(Self.roleHint)",
                "\(path):3:2: peran: unknown role (\"Ketua\") — \(Self.roleHint)",
            ])
        #expect(report.rejects.map(\.value) == ["a value of 10 letters and 1 space, not shown", "Ketua"])
        #expect(report.rejects.map(\.valueShown) == [false, true])
    }

    @Test("a 16-digit number in kode_kecamatan, tahun_mulai or a module column is described")
    func nikInRosterCells() throws {
        let (report, path) = try roster(
            """
            id,peran,kode,tahun_mulai,komunikasi
            W1,TKSK,\(Self.nik),,
            W2,TKSK,65.02.01,\(Self.nik),
            W3,TKSK,65.02.01,,\(Self.nik)
            W4,TKSK,65.09.09,,
            """)
        #expect(report.rejects.count == 4)
        for (reject, column) in zip(report.rejects.prefix(3), [3, 4, 5]) {
            #expect(reject.location == "\(path):\(reject.line!):\(column)")
            #expect(reject.rendered.contains(" (a value of 16 digits, not shown) — "))
            #expect(!reject.rendered.contains(Self.nik))
            #expect(reject.value == "a value of 16 digits, not shown")
        }
        #expect(
            report.rejects[3].rendered
                == "\(path):5:3: kode_kecamatan: unknown kecamatan code (not in the population data) (\"65.09.09\")"
                + " — check the code against the population data")
    }

    @Test("a NIK or a name used as the worker id is not echoed in a duplicate; an ordinary id is")
    func idColumn() throws {
        let (report, path) = try roster(
            """
            id,peran,kode
            \(Self.nik),TKSK,65.02.01
            \(Self.nik),PSM,65.02.01
            Ahmad Fauzi,TKSK,65.02.01
            Ahmad Fauzi,TKSK,65.02.01
            W1,TKSK,65.02.01
            W1,TKSK,65.02.01
            """)
        let hint = "give every worker one row and a unique id"
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):3:1: id: duplicate of line 2 in \(path) (a value of 16 digits, not shown) — \(hint)",
                "\(path):5:1: id: duplicate of line 4 in \(path) (a value of 10 letters and 1 space, not shown) — \(hint)",
                "\(path):7:1: id: duplicate of line 6 in \(path) (\"W1\") — \(hint)",
            ])
    }

    @Test("a row rejected for another cell never shows its id or name")
    func otherCellsOnly() throws {
        let (report, _) = try roster("id,nama,peran,kode\n\(Self.nik),Ahmad Fauzi,Ketua,65.02.01\n")
        #expect(report.rejects.count == 1)
        #expect(!report.rejects[0].rendered.contains(Self.nik))
        #expect(!report.rejects[0].rendered.contains("Ahmad"))
        #expect(report.rejects[0].value == "Ketua")
    }

    @Test("a 16-digit number in a population cell is described")
    func nikInPopulation() throws {
        let (report, path) = try population(
            "kode_kecamatan,kecamatan,tahun,penduduk\n65.02.01,Malinau Kota,2024,\(Self.nik)\n")
        #expect(report.rejects.count == 1)
        #expect(report.rejects[0].location == "\(path):2:4")
        #expect(report.rejects[0].rendered.contains(" (a value of 16 digits, not shown) — "))
        #expect(report.rejects[0].value == "a value of 16 digits, not shown")
    }
}
