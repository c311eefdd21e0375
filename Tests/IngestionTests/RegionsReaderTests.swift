import CapplanTestSupport
import Foundation
import Testing

@testable import Ingestion

@Suite("RegionsReader (docs/INPUTS.md, Regions)")
struct RegionsReaderTests {
    private func read(_ text: String) throws -> (RegionsTable, FileReport, String) {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write("regions.csv", text)
        let (table, report) = RegionsReader(path: path, delimiter: nil).read()
        return (table, report, path)
    }

    @Test("a comma file: every field, area with a decimal point and thousands comma")
    func everyFieldComma() throws {
        let (table, report, _) = try read(
            """
            kode,kecamatan,kabupaten,desa,kelurahan,kode_bps,luas_km2
            65.02.01,Mentarang,Kabupaten Malinau,14,0,6501110,"1,234.5"
            650202,Malinau Kota,,5,4,,
            65 02 03,Pujungan,Kabupaten Malinau,,3,6501050,12.25

            """)
        #expect(report.counts == RowCounts(read: 3, accepted: 3, rejected: 0, skipped: 0))
        #expect(report.diagnostics.isEmpty)
        #expect(report.fatal == nil)
        #expect(
            table.regions == [
                Region(
                    code: kec("65.02.01"), name: "Mentarang", kabupaten: "Kabupaten Malinau", desa: 14, kelurahan: 0,
                    bpsCode: "6501110", areaKm2: 1234.5, line: 2),
                Region(
                    code: kec("65.02.02"), name: "Malinau Kota", kabupaten: nil, desa: 5, kelurahan: 4, bpsCode: nil,
                    areaKm2: nil, line: 3),
                Region(
                    code: kec("65.02.03"), name: "Pujungan", kabupaten: "Kabupaten Malinau", desa: nil, kelurahan: 3,
                    bpsCode: "6501050", areaKm2: 12.25, line: 4),
            ])
        #expect(table.regions.map(\.villages) == [14, 9, 3])
        #expect(table.kemendagriCode(forBPS: "6501110") == kec("65.02.01"))
        #expect(table.kemendagriCode(forBPS: "6501050") == kec("65.02.03"))
        #expect(table.kemendagriCode(forBPS: "6501150") == nil)
        #expect(table.region(kec("65.02.02"))?.line == 3)
        #expect(table.contains(kec("65.02.03")))
        #expect(!table.contains(kec("65.02.04")))
        #expect(report.csv?.delimiter == UInt8(ascii: ","))
    }

    @Test("a semicolon file with aliased headers: decimal comma, dot grouping; no counts → villages nil")
    func everyFieldSemicolon() throws {
        let (table, report, _) = try read(
            """
            Kode Kecamatan;Nama Kecamatan;Kabupaten/Kota;Jumlah Desa;Jumlah Kelurahan;Kode BPS;Luas
            65.02.01;Mentarang;Kabupaten Malinau;1.234;0;6501110;1.234,5
            65.02.02;Malinau Kota;;;;;"3,75"
            """)
        #expect(report.counts == RowCounts(read: 2, accepted: 2, rejected: 0, skipped: 0))
        #expect(report.diagnostics.isEmpty)
        #expect(
            table.regions == [
                Region(
                    code: kec("65.02.01"), name: "Mentarang", kabupaten: "Kabupaten Malinau", desa: 1234, kelurahan: 0,
                    bpsCode: "6501110", areaKm2: 1234.5, line: 2),
                Region(
                    code: kec("65.02.02"), name: "Malinau Kota", kabupaten: nil, desa: nil, kelurahan: nil,
                    bpsCode: nil, areaKm2: 3.75, line: 3),
            ])
        #expect(table.regions.map(\.villages) == [1234, nil])
    }

    @Test(
        "the other header aliases",
        arguments: [
            "kode_kecamatan,nama,kabupaten_nama,desa,kelurahan,kode_bps,luas_km2",
            "KODE,Kecamatan,Nama Kabupaten,Jumlah-Desa,Jumlah.Kelurahan,kode bps,Luas km2",
        ])
    func aliases(header: String) throws {
        let (table, report, _) = try read("\(header)\n65.02.01,Mentarang,Malinau,1,2,6501110,3.5\n")
        #expect(report.notes.isEmpty)
        #expect(
            table.regions == [
                Region(
                    code: kec("65.02.01"), name: "Mentarang", kabupaten: "Malinau", desa: 1, kelurahan: 2,
                    bpsCode: "6501110", areaKm2: 3.5, line: 2)
            ])
    }

    @Test("a duplicate code is rejected naming the first line, whatever form it is written in")
    func duplicateCode() throws {
        let (table, report, path) = try read(
            """
            kode,kecamatan
            65.02.01,Mentarang
            65.02.02,Malinau Kota
            650201,Mentarang (again)
            """)
        #expect(report.counts == RowCounts(read: 3, accepted: 2, rejected: 1, skipped: 0))
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):4:1: kode: duplicate of line 2 in \(path) (\"650201\") — keep one row per kecamatan"
            ])
        #expect(report.rejects.map(\.category) == ["kode: duplicate"])
        #expect(table.regions.map(\.name) == ["Mentarang", "Malinau Kota"])
    }

    @Test("a duplicate BPS code is rejected naming the first line")
    func duplicateBPS() throws {
        let (table, report, path) = try read(
            """
            kode,kecamatan,kode_bps
            65.02.01,Mentarang,6501110
            65.02.02,Malinau Kota,6501110
            """)
        #expect(report.counts == RowCounts(read: 2, accepted: 1, rejected: 1, skipped: 0))
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):3:3: kode_bps: duplicate of line 2 in \(path) (\"6501110\") — each BPS code names one kecamatan"
            ])
        #expect(report.rejects.map(\.category) == ["kode_bps: duplicate"])
        #expect(table.kemendagriCode(forBPS: "6501110") == kec("65.02.01"))
    }

    @Test(
        "a malformed BPS code is rejected",
        arguments: [
            ("650206", "kode_bps: not a BPS kecamatan code", "write the 7-digit BPS kecamatan code, e.g. 6502040"),
            ("65020600", "kode_bps: not a BPS kecamatan code", "write the 7-digit BPS kecamatan code, e.g. 6502040"),
            ("65.02.01", "kode_bps: not a BPS kecamatan code", "write the 7-digit BPS kecamatan code, e.g. 6502040"),
            (
                "0502060", "kode_bps: province part out of range",
                "province codes run from 11 to 99: check the first two digits"
            ),
            (
                "6502060.0", "kode_bps: code written as a decimal number",
                "format the code column as text in the spreadsheet, then write the code again without .0"
            ),
        ])
    func malformedBPS(cell: String, reason: String, hint: String) throws {
        let (table, report, path) = try read("kode,kecamatan,kode_bps\n65.01.06,Bad BPS,\(cell)\n")
        #expect(report.counts == RowCounts(read: 1, accepted: 0, rejected: 1, skipped: 0))
        #expect(report.rejects.map(\.rendered) == ["\(path):2:3: \(reason) (\"\(cell)\") — \(hint)"])
        #expect(report.rejects.map(\.value) == [cell])
        #expect(table.regions.isEmpty)
    }

    @Test(
        "a kode that is not a Kemendagri kecamatan code is rejected",
        arguments: [
            (
                "6502", "kode: not a Kemendagri kecamatan code",
                "write the Kemendagri code as 65.02.01 and put a BPS code in kode_bps"
            ),
            (
                "65.02", "kode: not a Kemendagri kecamatan code",
                "write the Kemendagri code as 65.02.01 and put a BPS code in kode_bps"
            ),
            (
                "65", "kode: not a Kemendagri kecamatan code",
                "write the Kemendagri code as 65.02.01 and put a BPS code in kode_bps"
            ),
            (
                "6502040", "kode: not a Kemendagri kecamatan code",
                "write the Kemendagri code as 65.02.01 and put a BPS code in kode_bps"
            ),
            (
                "65.2.1", "kode: code part with one digit", "write each part with two digits: 65.02.01, not 65.2.1"
            ),
            (
                "65.02.01.2001", "kode: desa code, not a kecamatan code",
                "write the kecamatan code: the first three parts, e.g. 65.02.01"
            ),
        ])
    func notAKecamatanCode(cell: String, reason: String, hint: String) throws {
        let (table, report, path) = try read("kode,kecamatan\n\(cell),Somewhere\n")
        #expect(report.counts == RowCounts(read: 1, accepted: 0, rejected: 1, skipped: 0))
        #expect(report.rejects.map(\.rendered) == ["\(path):2:1: \(reason) (\"\(cell)\") — \(hint)"])
        #expect(table.regions.isEmpty)
    }

    @Test("an empty name and a bad count are rejected with their column")
    func badCells() throws {
        let (table, report, path) = try read(
            """
            kode,kecamatan,desa,kelurahan
            65.02.01,,1,0
            65.02.02,Malinau Kota,-1,0
            65.02.03,Pujungan,1,2.5
            """)
        #expect(report.counts == RowCounts(read: 3, accepted: 0, rejected: 3, skipped: 0))
        #expect(
            report.rejects.map(\.rendered) == [
                "\(path):2:2: kecamatan: empty — fill in the kecamatan cell",
                "\(path):3:3: desa: negative number (\"-1\") — write a number of 0 or more",
                "\(path):4:4: kelurahan: not a whole number (\"2.5\") — "
                    + "write digits only, grouping thousands with . , or a space (12.345)",
            ])
        #expect(table.regions.isEmpty)
    }

    @Test(
        "a missing required column is fatal and names the column and its aliases",
        arguments: [
            (
                "kecamatan,kabupaten", "kode",
                "required column 'kode' is missing (accepted names: kode, kode_kecamatan)"
            ),
            (
                "kode,nama_kec", "kecamatan",
                "required column 'kecamatan' is missing (accepted names: kecamatan, nama_kecamatan, nama)"
            ),
            (
                "kode,kecamaten", "kecamatan",
                "required column 'kecamatan' is missing (accepted names: kecamatan, nama_kecamatan, nama);"
                    + " the header has 'kecamaten': is it misspelt?"
            ),
        ])
    func missingColumn(header: String, column: String, message: String) throws {
        let (table, report, path) = try read("\(header)\n65.02.01,Mentarang\n")
        #expect(report.fatal?.description == "\(path):1:1: \(message) — add the column or rename its header")
        #expect(report.counts == RowCounts())
        #expect(report.rejects.isEmpty)
        #expect(table.regions.isEmpty)
        if case .missingColumn(_, let line, let missing, _, _)? = report.fatal {
            #expect(line == 1)
            #expect(missing == column)
        } else {
            Issue.record("expected a missing column, got \(String(describing: report.fatal))")
        }
    }

    @Test("a negative area is rejected")
    func negativeArea() throws {
        let (table, report, path) = try read("kode,kecamatan,luas_km2\n65.02.01,Mentarang,-5\n")
        #expect(report.counts == RowCounts(read: 1, accepted: 0, rejected: 1))
        #expect(report.rejects.map(\.reason) == ["luas_km2: negative number"])
        #expect(report.rejects.map(\.location) == ["\(path):2:3"])
        #expect(table.regions.isEmpty)
    }
}
