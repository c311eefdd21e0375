import CapplanTestSupport
import Foundation
import Testing

@testable import Ingestion

/// A rejected population or roster row names its kecamatan when its code cell reads on its own
/// (docs/METHOD.md "Interpretations" 35), whichever cell rejected it.
@Suite("Rejected rows: the kecamatan they concern")
struct RejectedRowSubjectTests {
    static let regions = regionsTable([
        ("65.02.01", "Mentarang", "6501110"), ("65.02.02", "Malinau Kota", "6501150"),
    ])

    @Test("population: bad cells after a readable code, a duplicate, a BPS code; unknown, unreadable codes: none")
    func population() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write(
            "population.csv",
            """
            kode_kecamatan,kecamatan,tahun,penduduk
            65.02.01,Mentarang,2020,5978
            65.02.01,Mentarang,2020,6001
            6501150,Malinau Kota,20x4,27010
            65.02.02,,2024,27010
            65.02.02,Malinau Kota,2024,2l.400
            65.02.09,Nowhere,2024,100
            65.02,Kabupaten,2024,100
            65.02.01,Mentarang,2024
            """)
        var table = PopulationTable()
        let report = PopulationReader(resolver: KecamatanResolver(regions: Self.regions, known: nil), delimiter: nil)
            .read(path, into: &table)
        #expect(report.counts == RowCounts(read: 8, accepted: 1, rejected: 7))
        #expect(report.rejects.map(\.line) == [3, 4, 5, 6, 7, 8, 9])
        #expect(
            report.rejects.map(\.kecamatan) == [
                kec("65.02.01"), kec("65.02.02"), kec("65.02.02"), kec("65.02.02"), nil, nil, nil,
            ])
    }

    @Test("roster: a bad role before the code cell, a bad module year, a duplicate id; an unknown code names none")
    func roster() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write(
            "roster.csv",
            """
            id,peran,kode_kecamatan,komunikasi
            T1,TKSK,65.02.01,2023
            T2,Kader,65.02.02,
            T3,PSM,6501110,2099
            T1,PSM,65.02.02,
            T4,PSM,65.03.01,
            """)
        let (_, report) = RosterReader(
            moduleIDs: ["komunikasi"], resolver: KecamatanResolver(regions: Self.regions, known: nil),
            currentYear: 2026,
            delimiter: nil
        ).read(path)
        #expect(report.counts == RowCounts(read: 5, accepted: 1, rejected: 4))
        #expect(report.rejects.map(\.kecamatan) == [kec("65.02.02"), kec("65.02.01"), kec("65.02.02"), nil])
    }
}
