// swift-tools-version: 6.0
// capplan: where to train and recruit social-welfare workers (TKSK, PSM) first.
// Layers, one way: SystemIO and CCSV → CSVSupport → Ingestion → Reporting → CapplanCommands → capplan, with
// CapplanDomain (codes, roles, the plan, the input tables) under Ingestion and Analysis (the method, which
// depends on the domain alone) under Reporting; CapplanErrors (one message shape, exit statuses) under all of
// them but the domain and the method.
// CZlib → XLSXSupport writes .xlsx workbooks for the report layer; CapplanSample generates the
// synthetic data of `capplan sample` for the command layer.
import PackageDescription

let package = Package(
    name: "capplan",
    products: [
        .executable(name: "capplan", targets: ["capplan"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.4.0"),
    ],
    targets: [
        // One error channel: the location and message every error renders through (`FILE:LINE:COLUMN: what —
        // what to do`), the exit statuses, and the protocol of errors that carry both. No dependencies.
        .target(name: "CapplanErrors"),
        // The system layer: files read, written, renamed and locked through swift-system, EINTR and errno
        // handled in one place (SystemError).
        .target(
            name: "SystemIO",
            dependencies: ["CapplanErrors", .product(name: "SystemPackage", package: "swift-system")]),
        // The system C library libcsv (Debian libcsv-dev ships no pkg-config file).
        .systemLibrary(
            name: "CCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        // Streaming CSV records over libcsv; the only module that imports CCSV. The inputs' SHA-256 is taken
        // in the pass that reads them, with swift-crypto.
        .target(
            name: "CSVSupport",
            dependencies: ["CapplanErrors", "CCSV", "SystemIO", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The system C library zlib (Debian zlib1g-dev), for the workbook's deflate streams; no pkgConfig, so
        // the build does not need pkg-config installed.
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Excel workbooks, written as libxlsxwriter 1.1.4 wrote them (its XML ported, BSD-2-Clause), each sheet
        // compressed on another core while the next is written; the only module that imports CZlib.
        .target(name: "XLSXSupport", dependencies: ["CapplanErrors", "CZlib"]),
        // The domain every stage shares: region codes, roles, the plan's values and years, the input tables
        // and their row accounting. Plain values: no files, no parsers, no C libraries.
        .target(name: "CapplanDomain"),
        // Typed tables and row diagnostics from the four inputs and the plan config (docs/INPUTS.md).
        .target(
            name: "Ingestion",
            dependencies: [
                "CapplanErrors", "CapplanDomain", "SystemIO", "CSVSupport",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // The method of docs/METHOD.md: values in, values out; no files, no printing, no clock.
        .target(name: "Analysis", dependencies: ["CapplanDomain"]),
        // Renderers of the outputs of docs/OUTPUTS.md: they return text or bytes; only the command layer writes files.
        .target(
            name: "Reporting", dependencies: ["CapplanErrors", "Ingestion", "Analysis", "CSVSupport", "XLSXSupport"]),
        // The synthetic data of `capplan sample` (a country, a roster for real regions): seeded text and rows,
        // no files, no printing, no clock; the command layer writes what it returns.
        .target(name: "CapplanSample"),
        // The subcommands: files, stdout/stderr and exit codes live here only.
        .target(
            name: "CapplanCommands",
            dependencies: [
                "CapplanErrors", "SystemIO", "CSVSupport", "Ingestion", "Analysis", "Reporting", "CapplanSample",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        .executableTarget(name: "capplan", dependencies: ["CapplanCommands"]),
        // The fuzz targets' properties (docs/TESTING.md "Fuzzing"), and their driver: a libFuzzer binary
        // under `make fuzz`, a corpus replayer otherwise.
        .target(
            name: "CapplanFuzzing",
            dependencies: [
                "CapplanErrors", "SystemIO", "CSVSupport", "Ingestion", "Reporting", "CapplanCommands",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "CFuzzerDriver"),
        .executableTarget(name: "capplan-fuzz", dependencies: ["CapplanFuzzing", "CFuzzerDriver"]),
        // Golden-file checks, the seeded generator and the scratch folder (TemporaryFolder) shared by the test
        // targets (not part of the product).
        .target(name: "CapplanTestSupport", path: "Tests/CapplanTestSupport"),
        .testTarget(name: "CapplanErrorsTests", dependencies: ["CapplanErrors"]),
        .testTarget(
            name: "CSVSupportTests", dependencies: ["CSVSupport", "CapplanTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "IngestionTests", dependencies: ["CSVSupport", "Ingestion", "CapplanTestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "AnalysisTests", dependencies: ["Ingestion", "Analysis", "CapplanTestSupport"]),
        .testTarget(name: "XLSXSupportTests", dependencies: ["CZlib", "XLSXSupport", "CapplanTestSupport"]),
        .testTarget(
            name: "ReportingTests",
            dependencies: ["CSVSupport", "Ingestion", "Analysis", "Reporting", "CapplanTestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "CapplanFuzzingTests", dependencies: ["CapplanFuzzing", "Ingestion"], resources: [.copy("Corpus")]),
        .testTarget(name: "CapplanSampleTests", dependencies: ["CapplanSample"]),
        .testTarget(
            name: "CapplanCommandsTests",
            dependencies: ["Analysis", "CapplanErrors", "Ingestion", "CapplanCommands", "CapplanTestSupport"],
            resources: [.copy("Fixtures")]),
    ]
)
