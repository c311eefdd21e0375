import CapplanTestSupport
import Foundation
import Testing

@testable import CapplanCommands

/// The map of the brief on the real data: the plan names `reference/kecamatan.geojson`.
@Suite("The brief's map, end to end on the real data")
struct MapEndToEndTests {
    static let root = ExplainEndToEndTests.root

    static func run(_ command: [String], out: URL) throws -> CapplanResult {
        try CapplanProcess.run(
            command + ["--config", "Data/plan.toml", "--out", out.path, "--as-of", "2026"], in: root)
    }

    @Test("brief.html maps the 55 kecamatan by code, with the score in each tooltip; the manifest names the file")
    func priorityMap() throws {
        let scratch = try TemporaryFolder("capplan-map")
        let out = scratch.fileURL("out")
        let result = try Self.run(["run", "--quiet"], out: out)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("brief.html"), encoding: .utf8)
        #expect(page.components(separatedBy: "<path data-kode=\"").count - 1 == 55)
        #expect(page.contains("<path data-kode=\"65.01.05\""))
        #expect(page.contains("Skor prioritas per kecamatan, lima kelas kuantil"))
        #expect(page.contains("Boundaries: cahyadsn/wilayah_boundaries (MIT), Copyright (c) 2024 Cahya DSN."))
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(
            manifest.contains(
                "\"map\" : {\n    \"path\" : \"Data/reference/kecamatan.geojson\",\n    \"sha256\" : "
                    + "\"5d89bd95eb96ae9e10dd988a536763b120969f688d64a883455e7c074e78ceac\"\n  }"))
        #expect(result.stderr.isEmpty, "no warning: every ranked kecamatan has a boundary")
    }

    @Test("a what-if brief maps the rank change instead")
    func rankChangeMap() throws {
        let scratch = try TemporaryFolder("capplan-map")
        let out = scratch.fileURL("out")
        let result = try Self.run(
            ["whatif", "--scenario", "Data/scenarios/kawasan-industri-tanjung-palas-timur.csv", "--quiet"], out: out)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("brief.html"), encoding: .utf8)
        #expect(page.components(separatedBy: "<path data-kode=\"").count - 1 == 55)
        #expect(page.contains("naik"))
        #expect(!page.contains("Skor prioritas per kecamatan, lima kelas kuantil"))
    }

    @Test("a map file that is missing exits 66, one that is not GeoJSON 65, naming the file")
    func badMapFile() throws {
        let folder = try FixtureFolder("run")
        let plan = try folder.read("plan.toml")
        try folder.write("map = \"missing.geojson\"\n" + plan, to: "plan.toml")
        let missing = try folder.run(RunEndToEndTests.run)
        #expect(missing.exitCode == 66)
        #expect(missing.stderr.contains("missing.geojson: cannot read the boundary file named by map in "))
        try folder.write("not json", to: "missing.geojson")
        let broken = try folder.run(RunEndToEndTests.run)
        #expect(broken.exitCode == 65)
        #expect(broken.stderr.hasPrefix("capplan: "), "\(broken.stderr)")
        #expect(broken.stderr.contains("missing.geojson: "))
    }
}

@Suite("MapLoader: the boundary file")
struct MapLoaderTests {
    /// The run fixture with `map = PATH` in its plan; the run's result.
    static func run(map path: String, in folder: borrowing FixtureFolder) throws -> CapplanResult {
        let plan = try folder.read("plan.toml")
        try folder.write("map = \"\(path)\"\n" + plan, to: "plan.toml")
        return try folder.run(RunEndToEndTests.run)
    }

    @Test("a file over 64 MiB is refused before it is read (65), with the exact message")
    func tooLarge() throws {
        let folder = try FixtureFolder("run")
        let url = folder.url.appendingPathComponent("big.geojson")
        // A sparse file: its size without its bytes.
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(MapLoader.maximumBytes) + 1)
        try handle.close()
        let result = try Self.run(map: "big.geojson", in: folder)
        #expect(result.exitCode == 65)
        #expect(
            result.stderr
                == "capplan: big.geojson: the boundary file is 67108865 bytes, over the limit of 67108864 — simplify "
                + "it (one province's kecamatan need a few megabytes)\n")
    }

    @Test("a device or FIFO is refused (65) rather than read without end")
    func notRegular() throws {
        let folder = try FixtureFolder("run")
        let result = try Self.run(map: "/dev/zero", in: folder)
        #expect(result.exitCode == 65)
        #expect(
            result.stderr
                == "capplan: /dev/zero: the boundary file named by map is not a regular file — give a GeoJSON file\n")
    }

    @Test("kecamatan and boundaries that do not match are warnings in the map's words, and the run goes on")
    func mismatch() throws {
        let folder = try FixtureFolder("run")
        let map = MapEndToEndTests.root.appendingPathComponent("Data/reference/kecamatan.geojson").path
        let plan = try folder.read("plan.toml")
        try folder.write("map = \"\(map)\"\n" + plan, to: "plan.toml")
        let result = try folder.run(["run", "--config", "plan.toml", "--out", "out"] + RunEndToEndTests.asOf)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(
            result.stderr.contains(
                "warning: \(map): 65.01.01: in the map file but without a value — drawn grey as no data\n"))
        #expect(!result.stderr.contains("65.01.05: in the map file"))
    }
}
