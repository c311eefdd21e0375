import CapplanTestSupport
import Foundation
import Testing

@testable import Analysis
@testable import Ingestion

/// docs/METHOD.md "Data quality", from files through ingestion: a population file with bad cells and kinds of
/// figure, a roster with a bad row; which kecamatan the rejects concern, and what each kecamatan's figures rest on.
@Suite struct DataQualityTests {
    /// Writes the files into a fresh folder, ingests and analyses them (B = H = 2024); removes the folder.
    private static func analyse(population: String, roster: String) throws -> (PlanAnalysis, [String]) {
        let folder = try TemporaryFolder("capplan-dq")
        let regions = try folder.write(
            "regions.csv",
            """
            kode,kecamatan,desa,kode_bps
            65.01.01,Alpha,4,6502010
            65.01.02,Beta,3,6502020
            65.02.01,Gamma,2,6501010
            65.02.02,Delta,2,6501020
            """)
        let paths = [try folder.write("population.csv", population), try folder.write("roster.csv", roster)]
        let config = PlanConfig(
            path: "plan.toml", regions: regions, population: [paths[0]], roster: paths[1], baseYear: 2024, horizon: 2024
        )
        let data = Ingestor.ingest(config: config, options: IngestionOptions(currentYear: 2026))
        let years = PlanYears(base: 2024, horizon: 2024, priority: 2024)
        return (PlanAnalyzer.analyze(config: config, years: years, data: data.planData), paths)
    }

    static let population = """
        kode_kecamatan,kecamatan,tahun,penduduk,jenis
        65.01.01,Alpha,2020,10000,sensus
        65.01.01,Alpha,2024,10400,alokasi
        6502020,Beta,2020,4000,alokasi
        65.01.02,Beta,2024,4100,turunan
        65.01.02,Beta,2024,4200,alokasi
        65.02.01,Gamma,2020,3000,proyeksi
        65.02.01,Gamma,2021,3.1,proyeksi
        65.02.01,Gamma,2022,3100,estimasi

        65.02.02,Delta,20x4,2000,sensus
        65.09.09,Nowhere,2024,100,sensus
        """

    static let roster = """
        id,peran,kode_kecamatan
        T1,TKSK,65.01.01
        T2,Kader,65.02.01
        T3,TKSK,65.02.02
        T3,TKSK,65.01.02
        T4,PSM,65.09.09
        """

    @Test("each kecamatan: the rejected rows that concern it and the kinds of its figures")
    func perKecamatan() throws {
        let (analysis, _) = try Self.analyse(population: Self.population, roster: Self.roster)
        #expect(analysis.kecamatan.map(\.code) == [kec("65.01.01"), kec("65.01.02"), kec("65.02.01")])
        #expect(
            analysis.kecamatan.map(\.dataQuality) == [
                KecamatanDataQuality(populationKinds: [.census, .allocated]),
                KecamatanDataQuality(
                    rejectedPopulationRows: 1, rejectedRosterRows: 1, populationKinds: [.allocated, .derived]),
                KecamatanDataQuality(rejectedPopulationRows: 2, rejectedRosterRows: 1, populationKinds: [.projection]),
            ])
        #expect(analysis.kecamatan.map(\.dataQuality.isClean) == [false, false, false])
        // Delta's only population row was rejected: it is unranked, and still affected.
        #expect(analysis.unranked.map(\.code) == [kec("65.02.02")])
    }

    @Test("the run: files with rejected or skipped rows, the kecamatan affected, second-hand figures")
    func summary() throws {
        let (analysis, paths) = try Self.analyse(population: Self.population, roster: Self.roster)
        #expect(
            analysis.dataQuality
                == DataQualitySummary(
                    files: [
                        .init(role: .population, path: paths[0], rejected: 5, skipped: 1, kecamatan: 3),
                        .init(role: .roster, path: paths[1], rejected: 3, skipped: 0, kecamatan: 2),
                    ],
                    affected: [kec("65.01.02"), kec("65.02.01"), kec("65.02.02")],
                    allocated: [kec("65.01.01"), kec("65.01.02")], derived: [kec("65.01.02")], analysed: 3))
        #expect(analysis.dataQuality.secondHand == [kec("65.01.01"), kec("65.01.02")])
        #expect(analysis.dataQuality.rejectedRows == 8)
        #expect(!analysis.dataQuality.isClean)
    }

    @Test("clean files: every record clean, and the summary too")
    func clean() throws {
        let (analysis, _) = try Self.analyse(
            population: "kode_kecamatan,kecamatan,tahun,penduduk\n65.01.01,Alpha,2024,10400\n",
            roster: "id,peran,kode_kecamatan\nT1,TKSK,65.01.01\n")
        #expect(analysis.kecamatan.map(\.dataQuality) == [KecamatanDataQuality()])
        #expect(analysis.dataQuality == DataQualitySummary(analysed: 1))
        #expect(analysis.dataQuality.isClean)
    }
}
