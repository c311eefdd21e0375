import CapplanTestSupport
import Foundation
import Testing

@testable import Ingestion

@Suite("The kind of a population figure, jenis (docs/INPUTS.md, Population)")
struct PopulationKindTests {
    static let hint =
        "write sensus, proyeksi, alokasi, registrasi or turunan (or census, projection, allocated, registration, "
        + "derived), or leave the cell empty"
    static let unknown = ValueError(
        "unknown kind of figure (allowed: sensus, proyeksi, alokasi, registrasi, turunan)", hint: hint)

    @Test(
        "each value, its English word, in any case",
        arguments: [
            ("sensus", PopulationKind.census), ("proyeksi", .projection), ("alokasi", .allocated),
            ("registrasi", .registration), ("turunan", .derived), ("census", .census), ("projection", .projection),
            ("allocated", .allocated), ("registration", .registration), ("derived", .derived), ("SENSUS", .census),
            ("Proyeksi", .projection), ("ALLOCATED", .allocated), (" Turunan ", .derived),
            ("Registration", .registration),
        ])
    func reads(text: String, kind: PopulationKind) {
        #expect(PopulationKind.parse(text) == .success(kind))
    }

    @Test(
        "anything else is unknown, naming the allowed values", arguments: ["estimasi", "sensus 2020", "bps", "1", ""])
    func unknownValues(text: String) {
        #expect(PopulationKind.parse(text) == .failure(Self.unknown))
    }

    @Test("the values and words, and which are second-hand")
    func words() {
        #expect(PopulationKind.allCases.map(\.rawValue) == ["sensus", "proyeksi", "alokasi", "registrasi", "turunan"])
        #expect(
            PopulationKind.allCases.map(\.english) == ["census", "projection", "allocated", "registration", "derived"])
        #expect(PopulationKind.allCases.filter(\.isSecondHand) == [.allocated, .derived])
        #expect([PopulationKind.derived, .census, .allocated].sorted() == [.census, .allocated, .derived])
    }

    @Test("the population reader keeps each row's kind; an unknown one rejects the row with the exact reason")
    func populationColumn() throws {
        let folder = try TemporaryFolder("capplan-ingest")
        defer { folder.remove() }
        let path = try folder.write(
            "population.csv",
            """
            kode_kecamatan,kecamatan,tahun,penduduk,Jenis
            65.02.01,Mentarang,2020,5978,sensus
            65.02.01,Mentarang,2024,6210,Allocated
            65.02.02,Malinau Kota,2020,25186,
            65.02.02,Malinau Kota,2024,27010,estimasi
            """)
        var table = PopulationTable()
        let report = PopulationReader(resolver: KecamatanResolver(regions: nil, known: nil), delimiter: nil)
            .read(path, into: &table)
        #expect(report.counts == RowCounts(read: 4, accepted: 3, rejected: 1))
        #expect(table.kecamatan[kec("65.02.01")]?.figures.map(\.kind) == [.census, .allocated])
        #expect(table.kecamatan[kec("65.02.02")]?.figures.map(\.kind) == [nil])
        #expect(
            report.rejects == [
                Diagnostic(
                    severity: .error, file: path, line: 5, column: 5,
                    reason: "jenis: unknown kind of figure (allowed: sensus, proyeksi, alokasi, registrasi, turunan)",
                    value: "estimasi", hint: Self.hint, kecamatan: kec("65.02.02"))
            ])
    }
}
