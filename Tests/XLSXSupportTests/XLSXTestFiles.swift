import CapplanTestSupport
import Foundation

@testable import XLSXSupport

/// The parts of a written workbook, read back through Python's zipfile (python3 is on every Debian machine;
/// unzip is not).
struct UnzippedWorkbook {
    /// Each part's name and text, in the ZIP's order.
    var parts: [(name: String, text: String)]
    /// Each part's ZIP timestamp as year, month, day, hour, minute, second.
    var dates: [String: [Int]]

    /// The text of the part `name`, or "" when the workbook has no such part.
    subscript(_ name: String) -> String { parts.first { $0.name == name }?.text ?? "" }

    /// The part names, in the ZIP's order.
    var names: [String] { parts.map(\.name) }
}

/// A fixed creation date, folder listings and unzipping for the workbook tests (their folders are
/// ``CapplanTestSupport/TemporaryFolder``s).
enum XLSXTestFiles {
    /// 2024-05-01T00:00:00Z: the creation date of every test workbook.
    static let created = Date(timeIntervalSince1970: 1_714_521_600)

    /// Properties with a title and the fixed creation date.
    static let properties = XLSXDocumentProperties(title: "Test", created: created)

    /// The names of the files in `folder`, hidden ones included, sorted.
    static func contents(of folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    /// What this process's open file descriptors point to under `folder` (Linux's /proc/self/fd).
    static func openFiles(under folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").compactMap {
            try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0)
        }.filter { $0.hasPrefix(folder + "/") }
    }

    /// Writes a workbook at `book.xlsx` in a new folder with one sheet `Data` filled by `fill`, closes it,
    /// and returns its unzipped parts.
    static func write(
        options: XLSXWorkbookOptions = XLSXWorkbookOptions(), _ fill: (XLSXSheet) throws -> Void
    ) throws -> UnzippedWorkbook {
        let directory = try TemporaryFolder("capplan-xlsx")
        let path = directory.file("book.xlsx")
        let workbook = try XLSXWorkbook(path: path, properties: properties, options: options)
        try fill(workbook.addSheet(name: "Data"))
        try workbook.close()
        return try unzip(path)
    }

    /// The parts of the workbook at `path`.
    static func unzip(_ path: String) throws -> UnzippedWorkbook {
        let script = """
            import json, sys, zipfile
            with zipfile.ZipFile(sys.argv[1]) as z:
                infos = z.infolist()
                json.dump({"names": [i.filename for i in infos],
                           "texts": [z.read(i).decode("utf-8") for i in infos],
                           "dates": {i.filename: list(i.date_time) for i in infos}}, sys.stdout)
            """
        struct Listing: Decodable {
            var names: [String]
            var texts: [String]
            var dates: [String: [Int]]
        }
        let listing = try JSONDecoder().decode(Listing.self, from: run("/usr/bin/python3", ["-c", script, path]))
        return UnzippedWorkbook(parts: Array(zip(listing.names, listing.texts)), dates: listing.dates)
    }

    /// Runs `executable` with `arguments` and returns its standard output; throws when it fails.
    static func run(_ executable: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "\(executable) failed"])
        }
        return data
    }
}
