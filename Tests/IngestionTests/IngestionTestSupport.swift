import Foundation

@testable import Ingestion

/// A folder of small input files written by one test; `remove()` deletes it.
struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("capplan-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` as UTF-8 and returns the file's path.
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    /// Writes raw bytes and returns the file's path.
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// A path in the folder that does not exist.
    func missing(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

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
