import CapplanTestSupport
import Foundation
import Testing

@testable import Ingestion

/// docs/INPUTS.md "Control characters": a cell kept as text may not hold one; no reject shows one.
@Suite("control characters in kept text cells")
struct ControlCharacterTests {
    static let hint = "remove it: the file may be damaged; export it again as plain text"

    /// How a cell of `count` `kind` and one control character is described.
    static func described(_ count: Int, _ kind: String) -> String {
        "a value of \(count) \(kind) and 1 control character, not shown"
    }

    @Test("regions: a NUL in a name, an escape in kabupaten and DEL in provinsi reject their rows, described")
    func regions() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write(
            "regions.csv",
            "kode,kecamatan,kabupaten,provinsi\n65.03.01,Sesayap\u{0},K,P\n65.03.02,Hilir,K\u{1B}[31m,P\n"
                + "65.03.03,Tengah,K,Kal\u{7F}\n65.03.04,Baik,K\tTab,P\n")
        let (table, report) = RegionsReader(path: path, delimiter: nil).read()
        #expect(report.counts == RowCounts(read: 4, accepted: 1, rejected: 3, skipped: 0))
        #expect(table.regions.map(\.kabupaten) == ["K\tTab"])
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):2:2: kecamatan: holds the control character U+0000 (\(Self.described(7, "letters"))) — \(Self.hint)",
                "\(path):3:3: kabupaten: holds the control character U+001B (a value of 2 digits, 2 letters, 1 other character "
                    + "and 1 control character, not shown) — \(Self.hint)",
                "\(path):4:4: provinsi: holds the control character U+007F (\(Self.described(3, "letters"))) — \(Self.hint)",
            ])
        #expect(
            report.rejects.map(\.value) == [
                "a value of 7 letters and 1 control character, not shown",
                "a value of 2 digits, 2 letters, 1 other character and 1 control character, not shown",
                "a value of 3 letters and 1 control character, not shown",
            ])
    }

    @Test("population: a control character in sumber rejects the row")
    func population() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write(
            "population.csv",
            "kode_kecamatan,kecamatan,tahun,penduduk,sumber\n65.03.01,Sesayap,2024,9120,BPS\u{8}\n"
                + "65.03.01,Sesayap,2020,9000,BPS\n")
        var table = PopulationTable()
        let report = PopulationReader(resolver: KecamatanResolver(regions: nil, known: nil), delimiter: nil)
            .read(path, into: &table)
        #expect(report.counts == RowCounts(read: 2, accepted: 1, rejected: 1, skipped: 0))
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):2:5: sumber: holds the control character U+0008 (\(Self.described(3, "letters"))) — \(Self.hint)"
            ])
    }

    @Test("roster: a control character in the id rejects the row without showing the id")
    func roster() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write(
            "roster.csv", "id,peran,kode_kecamatan\nW\u{0}1,TKSK,65.03.01\nW2,PSM,65.03.01\n")
        let reader = RosterReader(
            moduleIDs: [], resolver: KecamatanResolver(regions: nil, known: [kec("65.03.01")]), currentYear: 2026,
            delimiter: nil)
        let (table, report) = reader.read(path)
        #expect(report.counts == RowCounts(read: 2, accepted: 1, rejected: 1, skipped: 0))
        #expect(table.ids == ["W2"])
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):2:1: id: holds the control character U+0000 (a value of 1 digit, 1 letter and 1 control "
                    + "character, not shown) — \(Self.hint)"
            ])
        #expect(report.rejects.map(\.value) == ["a value of 1 digit, 1 letter and 1 control character, not shown"])
    }

    @Test("a province name holding a long number is described, not shown, where it differs from the first")
    func provinceConflict() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write(
            "regions.csv",
            "kode,kecamatan,provinsi\n65.03.01,Sesayap,Kalimantan Utara\n65.03.02,Hilir,Kal 3201234567890123\n")
        let (_, report) = RegionsReader(path: path, delimiter: nil).read()
        #expect(
            report.warnings.map(\.rendered) == [
                "\(path):3:3: provinsi: (a value of 16 digits, 3 letters and 1 space, not shown) differs from "
                    + "\"Kalimantan Utara\" on line 2 for province 65; the first is used — give each province one name"
            ])
    }
}
