import Foundation

@testable import Ingestion

/// The bundled fixtures.
enum Fixture {
    static let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    /// The path of a file under `Fixtures/ingest/`.
    static func ingest(_ name: String) -> String {
        root.appendingPathComponent("ingest").appendingPathComponent(name).path
    }
}

/// `"65.02.01"` → its code; test input is always well formed.
func kec(_ text: String) -> KecamatanCode {
    let parts = text.split(separator: ".").map { Int($0)! }
    return KecamatanCode(province: parts[0], kabupaten: parts[1], kecamatan: parts[2])
}

/// A master list built in memory: (Kemendagri code, name, BPS code).
func regionsTable(_ rows: [(String, String, String?)]) -> RegionsTable {
    var table = RegionsTable()
    for (line, row) in rows.enumerated() {
        table.add(
            Region(
                code: kec(row.0), name: row.1, kabupaten: nil, desa: nil, kelurahan: nil, bpsCode: row.2, areaKm2: nil,
                line: line + 2))
    }
    return table
}

extension FileReport {
    /// Every diagnostic of the report, rejects first.
    var diagnostics: [Diagnostic] { rejects + warnings + notes }
}
