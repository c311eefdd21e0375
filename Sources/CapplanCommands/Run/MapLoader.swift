import Foundation
import Ingestion
import Reporting

/// Reads the boundary file the plan names (`map = "reference/kecamatan.geojson"`) for the brief's
/// map: a missing file exits 66 and a file that is not a usable boundary map 65, like any input
/// the plan names; kecamatan and boundaries that do not match are warnings, never errors.
enum MapLoader {
    /// The map and its file's digest, or nil when the plan names none.
    static func load(_ config: PlanConfig, console: Console) throws -> RunContext.Boundaries? {
        guard let path = config.map else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            console.error("\(path): cannot read the boundary file named by map in \(config.path) — check the path")
            throw ExitStatus.inputMissing.exitCode
        }
        do {
            let map = try BoundaryMap(geoJSON: data)
            return RunContext.Boundaries(
                path: path, sha256: try SHA256.hex(ofFileAt: path), map: map, attribution: attribution(of: path))
        } catch let error as BoundaryMapError {
            console.error("\(path): \(error.description)")
            throw ExitStatus.dataError.exitCode
        }
    }

    /// The attribution line of the boundary file's source note (`FILE.SOURCE.md` beside it): the first
    /// quoted text that starts with "Boundaries:", as the note asks it to be shown.
    static func attribution(of path: String) -> String? {
        guard let note = FileManager.default.contents(atPath: path + ".SOURCE.md") else { return nil }
        let text = String(decoding: note.prefix(65_536), as: UTF8.self)
        guard let start = text.range(of: "\"Boundaries:") else { return nil }
        let rest = text[text.index(after: start.lowerBound)...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// Warnings for kecamatan ranked without a boundary and boundaries of no ranked kecamatan.
    static func warn(_ boundaries: RunContext.Boundaries?, ranked: [KecamatanCode], console: Console) {
        guard let boundaries else { return }
        let drawn = Set(boundaries.map.codes)
        let values = Set(ranked)
        for code in ranked where !drawn.contains(code) {
            console.progress(
                "warning: \(boundaries.path): no boundary for ranked kecamatan \(code); the map leaves it out")
        }
        for code in boundaries.map.codes where !values.contains(code) {
            console.progress("warning: \(boundaries.path): \(code) has a boundary but no rank; the map draws it grey")
        }
    }
}
