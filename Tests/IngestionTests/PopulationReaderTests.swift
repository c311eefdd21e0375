import CapplanTestSupport
import Foundation
import Testing

@testable import Ingestion

@Suite("PopulationReader (docs/INPUTS.md, Population)")
struct PopulationReaderTests {
    static let malinau = regionsTable([
        ("65.02.01", "Mentarang", "6501110"), ("65.02.02", "Malinau Kota", "6501150"),
        ("65.01.05", "Tanjung Selor", "6502050"),
    ])

    /// Reads files in order into one table; returns the table, the reports and the paths.
    private func read(
        _ files: [String], regions: RegionsTable? = nil
    ) throws -> (
        PopulationTable, [FileReport], [String]
    ) {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let reader = PopulationReader(resolver: KecamatanResolver(regions: regions, known: nil), delimiter: nil)
        var table = PopulationTable()
        var reports: [FileReport] = []
        var paths: [String] = []
        for (index, text) in files.enumerated() {
            let path = try folder.write("population\(index + 1).csv", text)
            paths.append(path)
            reports.append(reader.read(path, into: &table))
        }
        return (table, reports, paths)
    }

    @Test(
        "every column alias",
        arguments: [
            ["kode_kecamatan", "kecamatan", "kabupaten", "tahun", "penduduk", "desa", "kasus", "sumber"],
            [
                "Kode", "Nama Kecamatan", "Nama Kabupaten", "Year", "Jumlah Penduduk", "Jumlah Desa", "Caseload",
                "Source",
            ],
            ["Kode Wilayah", "Nama", "Kabupaten/Kota", "TAHUN", "Population", "Desa/Kelurahan", "PMKS", "Sumber"],
            ["KD_KEC", "District", "Regency", "year", "penduduk", "Villages", "Jumlah Kasus", "sumber"],
            ["District Code", "kecamatan", "kabupaten", "tahun", "jumlah-penduduk", "desa", "jumlah.kasus", "sumber"],
        ])
    func aliases(header: [String]) throws {
        let text = header.joined(separator: ",") + "\n65.02.01,Mentarang,Kabupaten Malinau,2024,5978,14,120,BPS\n"
        let (table, reports, paths) = try read([text])
        #expect(reports[0].counts == RowCounts(read: 1, accepted: 1, rejected: 0, skipped: 0))
        #expect(reports[0].diagnostics.isEmpty)
        #expect(
            table.kecamatan == [
                kec("65.02.01"): KecamatanPopulation(
                    code: kec("65.02.01"), name: "Mentarang", kabupaten: "Kabupaten Malinau",
                    figures: [
                        PopulationFigure(year: 2024, population: 5978, file: paths[0], line: 2, source: "BPS")
                    ],
                    desa: YearCount(year: 2024, count: 14), caseload: YearCount(year: 2024, count: 120))
            ])
        #expect(table.sources == ["BPS": 1])
    }

    @Test("thousands grouping in a semicolon file: dots and spaces")
    func groupingSemicolon() throws {
        let (table, reports, _) = try read([
            """
            kode_kecamatan;kecamatan;tahun;penduduk;desa;kasus
            65.02.01;Mentarang;2020;5.978;1.234;1.020
            65.02.02;Malinau Kota;2020;27 010;9;0
            65.02.03;Pujungan;2020;1.234.567;;
            """
        ])
        #expect(reports[0].counts == RowCounts(read: 3, accepted: 3, rejected: 0, skipped: 0))
        #expect(table.codes.map { table.kecamatan[$0]!.figures.map(\.population) } == [[5978], [27010], [1_234_567]])
        #expect(table.kecamatan[kec("65.02.01")]?.desa == YearCount(year: 2020, count: 1234))
        #expect(table.kecamatan[kec("65.02.01")]?.caseload == YearCount(year: 2020, count: 1020))
        #expect(table.kecamatan[kec("65.02.02")]?.caseload == YearCount(year: 2020, count: 0))
        #expect(table.kecamatan[kec("65.02.03")]?.desa == nil)
        #expect(table.kecamatan[kec("65.02.03")]?.caseload == nil)
    }

    @Test("thousands grouping in a comma file: quoted commas")
    func groupingComma() throws {
        let (table, reports, _) = try read(["kode,nama,tahun,penduduk\n65.02.01,Mentarang,2020,\"12,345\"\n"])
        #expect(reports[0].counts == RowCounts(read: 1, accepted: 1, rejected: 0, skipped: 0))
        #expect(table.kecamatan[kec("65.02.01")]?.figures.map(\.population) == [12345])
    }

    @Test("BPS codes are translated through the regions file; Kemendagri codes must be in it")
    func bpsTranslation() throws {
        let (table, reports, path) = try read(
            [
                """
                kode,kecamatan,tahun,penduduk
                6501110,Mentarang,2020,5978
                650202,Malinau Kota,2020,25186
                6599999,Unknown BPS,2020,100
                65.09.09,Nowhere,2020,100
                65.02,Kabupaten,2020,100
                """
            ], regions: Self.malinau)
        let p = path[0]
        #expect(reports[0].counts == RowCounts(read: 5, accepted: 2, rejected: 3, skipped: 0))
        #expect(table.codes == [kec("65.02.01"), kec("65.02.02")])
        #expect(table.kecamatan[kec("65.02.01")]?.figures.map(\.line) == [2])
        #expect(
            reports[0].rejects.map(\.rendered) == [
                "\(p):4:1: kode_kecamatan: BPS code not in the regions file's kode_bps column (\"6599999\")"
                    + " — check the code, or add it to the regions file",
                "\(p):5:1: kode_kecamatan: unknown kecamatan code (not in the regions file) (\"65.09.09\")"
                    + " — check the code against the regions file",
                "\(p):6:1: kode_kecamatan: kabupaten/kota code, not a kecamatan code (\"65.02\")"
                    + " — write the Kemendagri code as 65.02.01 or 650201, or the 7-digit BPS code",
            ])
    }

    @Test("without a regions file every Kemendagri code is accepted and BPS codes are rejected")
    func withoutRegions() throws {
        let (table, reports, path) = try read([
            """
            kode,kecamatan,tahun,penduduk
            65.09.09,Nowhere,2020,100
            11.01.01,Aceh,2020,200
            6501110,Mentarang,2020,5978
            """
        ])
        #expect(reports[0].counts == RowCounts(read: 3, accepted: 2, rejected: 1, skipped: 0))
        #expect(table.codes == [kec("11.01.01"), kec("65.09.09")])
        #expect(
            reports[0].rejects.map(\.rendered) == [
                "\(path[0]):4:1: kode_kecamatan: BPS code cannot be translated: no regions file was read (\"6501110\")"
                    + " — name a usable regions file with a kode_bps column in the config, or use the Kemendagri code"
            ])
    }

    @Test("a duplicate (kecamatan, year) in one file is rejected, naming the first line; BPS and Kemendagri forms meet")
    func duplicateInOneFile() throws {
        let (table, reports, paths) = try read(
            [
                """
                kode;kecamatan;tahun;penduduk
                65.02.02;Malinau Kota;2020;25.186
                6501150;Malinau Kota;2020;25.200
                650202;Malinau Kota;2024;27.010
                """
            ], regions: Self.malinau)
        let p = paths[0]
        #expect(reports[0].counts == RowCounts(read: 3, accepted: 2, rejected: 1, skipped: 0))
        #expect(
            reports[0].rejects.map(\.rendered) == [
                "\(p):3:3: tahun: duplicate of line 2 in \(p) (same kecamatan and year) (\"2020\")"
                    + " — keep one figure per kecamatan and year"
            ])
        #expect(reports[0].rejects.map(\.category) == ["tahun: duplicate kecamatan and year"])
        #expect(table.kecamatan[kec("65.02.02")]?.figures.map(\.population) == [25186, 27010])
    }

    @Test("a duplicate across two files names the first file and line")
    func duplicateAcrossFiles() throws {
        let (table, reports, paths) = try read([
            "kode,kecamatan,tahun,penduduk\n65.02.01,Mentarang,2020,5978\n65.02.01,Mentarang,2021,6000\n",
            "kode,kecamatan,tahun,penduduk\n65.02.01,Mentarang,2022,6100\n65.02.01,Mentarang,2021,6001\n",
        ])
        #expect(
            reports.map(\.counts) == [RowCounts(read: 2, accepted: 2), RowCounts(read: 2, accepted: 1, rejected: 1)])
        #expect(reports[0].rejects.isEmpty)
        #expect(
            reports[1].rejects.map(\.rendered) == [
                "\(paths[1]):3:3: tahun: duplicate of line 3 in \(paths[0]) (same kecamatan and year)"
                    + " (\"2021\") — keep one figure per kecamatan and year"
            ])
        #expect(
            table.kecamatan[kec("65.02.01")]?.figures == [
                PopulationFigure(year: 2020, population: 5978, file: paths[0], line: 2, source: nil),
                PopulationFigure(year: 2021, population: 6000, file: paths[0], line: 3, source: nil),
                PopulationFigure(year: 2022, population: 6100, file: paths[1], line: 2, source: nil),
            ])
    }

    @Test("a row repeating a rejected row's kecamatan and year is not a duplicate")
    func duplicateOfRejected() throws {
        let (table, reports, paths) = try read([
            "kode,kecamatan,tahun,penduduk\n65.02.01,Mentarang,2020,12.5\n65.02.01,Mentarang,2020,5978\n"
        ])
        #expect(reports[0].counts == RowCounts(read: 2, accepted: 1, rejected: 1, skipped: 0))
        #expect(
            reports[0].rejects.map(\.rendered) == [
                "\(paths[0]):2:4: penduduk: not a whole number (\"12.5\")"
                    + " — write digits only, grouping thousands with . , or a space (12.345)"
            ])
        #expect(table.kecamatan[kec("65.02.01")]?.figures.map(\.line) == [3])
    }

    @Test("name, kabupaten, desa and kasus come from the latest year that has them, rows in reverse year order")
    func latestYearWins() throws {
        let (table, reports, paths) = try read([
            """
            kode,kecamatan,kabupaten,tahun,penduduk,desa,kasus
            65.02.02,Malinau Kota Baru,Kabupaten Malinau Baru,2024,27010,,
            65.02.02,Malinau Kota,Kabupaten Malinau,2020,25186,7,100
            65.02.02,Malinau Kota Lama,Kabupaten Lama,2015,20000,6,90
            65.02.01,Mentarang,Kabupaten Malinau,2024,6000,14,
            65.02.01,Mentarang Lama,,2025,6100,,
            """
        ])
        let p = paths[0]
        #expect(reports[0].counts == RowCounts(read: 5, accepted: 5))
        #expect(
            table.kecamatan[kec("65.02.02")]
                == KecamatanPopulation(
                    code: kec("65.02.02"), name: "Malinau Kota Baru", kabupaten: "Kabupaten Malinau Baru",
                    figures: [
                        PopulationFigure(year: 2015, population: 20000, file: p, line: 4, source: nil),
                        PopulationFigure(year: 2020, population: 25186, file: p, line: 3, source: nil),
                        PopulationFigure(year: 2024, population: 27010, file: p, line: 2, source: nil),
                    ],
                    desa: YearCount(year: 2020, count: 7), caseload: YearCount(year: 2020, count: 100)))
        // The latest row leaves kabupaten empty: the kabupaten is then unknown, not the older one.
        #expect(table.kecamatan[kec("65.02.01")]?.name == "Mentarang Lama")
        #expect(table.kecamatan[kec("65.02.01")]?.kabupaten == nil)
        #expect(table.kecamatan[kec("65.02.01")]?.desa == YearCount(year: 2024, count: 14))
        #expect(table.kecamatan[kec("65.02.01")]?.caseload == nil)
        #expect(table.latestYear == 2025)
    }

    @Test("sumber: each distinct source counts the accepted figures it gave")
    func sources() throws {
        let (table, reports, _) = try read([
            """
            kode;kecamatan;tahun;penduduk;sumber
            65.02.01;Mentarang;2020;5.978;BPS SP2020
            65.02.02;Malinau Kota;2020;25.186;BPS SP2020
            65.02.02;Malinau Kota;2024;27.010;BPS proyeksi
            65.02.03;Pujungan;2020;1.869;
            65.02.03;Pujungan;2020;1.870;BPS SP2020
            """,
            "kode,kecamatan,tahun,penduduk,source\n65.02.03,Pujungan,2024,1900,BPS proyeksi\n",
        ])
        #expect(reports.map(\.counts.rejected) == [1, 0])
        #expect(table.sources == ["BPS SP2020": 2, "BPS proyeksi": 2])
        #expect(table.kecamatan[kec("65.02.03")]?.figures.map(\.source) == [nil, "BPS proyeksi"])
    }

    @Test(
        "bad cells are rejected with their column and value",
        arguments: [
            (
                "65.02.01,Mentarang,2020,5978,0", "5:", "desa: must be at least 1 (\"0\")",
                "give the number of desa and kelurahan, or leave the cell empty"
            ),
            ("65.02.01,Mentarang,2020,-5,", "4:", "penduduk: negative number (\"-5\")", "write a number of 0 or more"),
            (
                "65.02.01,Mentarang,1850,5978,", "3:", "tahun: year outside 1900–2100 (\"1850\")",
                "check the year: it must be from 1900 to 2100"
            ),
            ("65.02.01,,2020,5978,", "2:", "kecamatan: empty", "fill in the kecamatan cell"),
            ("65.02.01,Mentarang,,5978,", "3:", "tahun: empty", "fill in the tahun cell"),
            (",Mentarang,2020,5978,", "1:", "kode_kecamatan: empty", "fill in the kode_kecamatan cell"),
        ])
    func badCells(row: String, column: String, message: String, hint: String) throws {
        let (table, reports, paths) = try read(["kode,kecamatan,tahun,penduduk,desa\n\(row)\n"])
        #expect(reports[0].counts == RowCounts(read: 1, accepted: 0, rejected: 1, skipped: 0))
        #expect(reports[0].rejects.map(\.rendered) == ["\(paths[0]):2:\(column) \(message) — \(hint)"])
        #expect(table.kecamatan.isEmpty)
    }
}
