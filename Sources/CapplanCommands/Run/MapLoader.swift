import CapplanErrors
import Foundation
import Ingestion
import Reporting
import SystemIO

/// Reads the boundary file the plan names (`map = "reference/kecamatan.geojson"`) for the brief's
/// map: a missing file exits 66 and a file that is not a usable boundary map 65, like any input
/// the plan names; kecamatan and boundaries that do not match are warnings, never errors. A file
/// larger than ``maximumBytes`` is refused (65) before it is read: a province's boundaries, even
/// unsimplified, are a few megabytes, and the whole file is parsed in memory.
enum MapLoader {
    /// The largest boundary file read: 64 MiB.
    static let maximumBytes = 64 << 20

    /// The map and its file's digest, or nil when the plan names none.
    static func load(_ config: PlanConfig) throws(CommandFailure) -> RunContext.Boundaries? {
        guard let path = config.map else { return nil }
        if let kind = SystemCalls.resolvedKind(of: path), kind != .regular {
            throw CommandFailure(
                ProblemMessage(
                    file: path, "the boundary file named by map is not a regular file", remedy: "give a GeoJSON file"),
                .dataError)
        }
        let size = SystemCalls.size(of: path) ?? 0
        if size > maximumBytes {
            throw CommandFailure(
                ProblemMessage(
                    file: path, "the boundary file is \(size) bytes, over the limit of \(maximumBytes)",
                    remedy: "simplify it (one province's kecamatan need a few megabytes)"), .dataError)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(
                ProblemMessage(
                    file: path, "cannot read the boundary file named by map in \(config.path)", remedy: "check the path"
                ),
                .inputMissing)
        }
        do {
            let map = try BoundaryMap(geoJSON: data)
            // The digest of the very bytes parsed: the file is read once.
            return RunContext.Boundaries(
                path: path, sha256: SHA256.hex(of: data), map: map, attribution: attribution(of: path))
        } catch {
            throw CommandFailure(error.message.at(SourceLocation(path)), error.exitStatus)
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
        // In the map's own words (ChoroplethMap.Warning), which the map draws by.
        let warnings =
            ranked.filter { !drawn.contains($0) }.map(ChoroplethMap.Warning.noBoundary)
            + boundaries.map.codes.filter { !values.contains($0) }.map(ChoroplethMap.Warning.noValue)
        for warning in warnings { console.progress("warning: \(boundaries.path): \(warning)") }
    }
}
