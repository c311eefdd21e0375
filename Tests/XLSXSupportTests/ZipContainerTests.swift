import CZlib
import CapplanTestSupport
import Foundation
import Testing

@testable import XLSXSupport

@Suite("The zip container: minizip's headers, zlib's streams, the same bytes however they are compressed")
struct ZipContainerTests {
    /// Each entry's header fields and data as Python's zipfile reads them.
    struct Entry: Decodable {
        var name: String
        var method: Int
        var createVersion: Int
        var extractVersion: Int
        var flags: Int
        var internalAttributes: Int
        var externalAttributes: Int
        var date: [Int]
        var size: Int
        var compressedSize: Int
        var crc: UInt32
        var data: String
    }

    /// The entries of the zip at `path`, after `testzip()` found every CRC right.
    static func entries(_ path: String) throws -> [Entry] {
        let script = """
            import base64, json, sys, zipfile, zlib
            with zipfile.ZipFile(sys.argv[1]) as z:
                assert z.testzip() is None
                out = []
                for i in z.infolist():
                    data = z.read(i)
                    assert zlib.crc32(data) == i.CRC
                    out.append({"name": i.filename, "method": i.compress_type, "createVersion": i.create_version,
                                "extractVersion": i.extract_version, "flags": i.flag_bits,
                                "internalAttributes": i.internal_attr, "externalAttributes": i.external_attr,
                                "date": list(i.date_time), "size": i.file_size, "compressedSize": i.compress_size,
                                "crc": i.CRC, "data": base64.b64encode(data).decode()})
                json.dump(out, sys.stdout)
            """
        return try JSONDecoder().decode(
            [Entry].self, from: XLSXTestFiles.run("/usr/bin/python3", ["-c", script, path]))
    }

    /// A workbook of three sheets, the second larger than the 4 MiB an entry keeps zlib's default level for.
    static func write(_ path: String) throws {
        let workbook = try XLSXWorkbook(path: path, properties: XLSXTestFiles.properties)
        let cover = try workbook.addSheet(name: "Sampul")
        try cover.writeString("Rencana & <prioritas>", row: 0, column: 0, format: XLSXFormat(bold: true))
        let large = try workbook.addSheet(name: "Proyeksi")
        let number = try large.cellFormat(XLSXFormat(numberFormat: "#,##0.00"))
        try large.addComment("Penduduk", row: 0, column: 1)
        for row in 0..<20_000 {
            try large.writeString("65.0\(row % 9).\(row % 97)", row: row, column: 0)
            for column in 1..<10 {
                try large.writeNumber(Double(row * 37 + column) / 8, row: row, column: column, format: number)
            }
        }
        let notes = try workbook.addSheet(name: "Sumber data")
        try notes.writeNumber(9.7, row: 0, column: 0)
        try workbook.close()
    }

    @Test("every entry: deflated, version 2.0 made by MS-DOS 0.0, no flags, text, dated 1980-01-01, CRCs right")
    func headers() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let path = scratch.file("zip.xlsx")
        try Self.write(path)
        let entries = try Self.entries(path)
        #expect(
            entries.map(\.name) == [
                "[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
                "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/workbook.xml",
                "xl/drawings/vmlDrawing1.vml", "xl/comments1.xml", "xl/theme/theme1.xml", "xl/styles.xml",
                "xl/worksheets/_rels/sheet2.xml.rels", "docProps/core.xml", "docProps/app.xml",
            ])
        for entry in entries {
            #expect(entry.method == 8 && entry.createVersion == 0 && entry.extractVersion == 20, "\(entry.name)")
            #expect(entry.flags == 0 && entry.internalAttributes == 1 && entry.externalAttributes == 0)
            #expect(entry.date == [1980, 1, 1, 0, 0, 0])
        }
        let large = try #require(entries.first { $0.name == "xl/worksheets/sheet2.xml" })
        #expect(large.size > DeflateStream.defaultLevelBytes)
        #expect(large.compressedSize < large.size / 4)
    }

    @Test("the file is the zip of its parts compressed one by one on this thread")
    func parallelIsSerial() throws {
        let scratch = try TemporaryFolder("capplan-xlsx")
        let path = scratch.file("zip.xlsx")
        try Self.write(path)
        let serial = try Self.entries(path).map { entry in
            ZipEntry.deflating(entry.name, [UInt8](try #require(Data(base64Encoded: entry.data))))
        }
        var bytes: [UInt8] = []
        #expect(try ZipFile.bytes(serial) { bytes.append(contentsOf: $0) })
        #expect(bytes == [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    @Test(
        "a stream gives the same bytes however its input is cut, and inflates back to it, at one level or two",
        arguments: [DeflateStream.laterDefault, 1])
    func chunking(laterLevel: Int32) throws {
        var input: [UInt8] = []
        var state: UInt32 = 1
        while input.count < DeflateStream.defaultLevelBytes + 300_000 {
            state = state &* 1_103_515_245 &+ 12_345
            input.append(contentsOf: Array("<c r=\"B\(state % 5000)\"><v>\(state % 977)</v></c>".utf8))
        }
        func deflate(_ piece: Int) -> (bytes: [UInt8], crc: UInt) {
            let stream = DeflateStream(laterLevel: laterLevel)
            var start = 0
            while start < input.count {
                let end = min(input.count, start + piece)
                input[start..<end].withUnsafeBytes { stream.write($0) }
                start = end
            }
            stream.finish()
            return (stream.output, stream.crc)
        }
        let whole = deflate(input.count)
        #expect(deflate(65_536).bytes == whole.bytes)
        #expect(deflate(1_000_003).bytes == whole.bytes)
        #expect(whole.crc == input.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) })
        let scratch = try TemporaryFolder("capplan-xlsx")
        let file = scratch.file("stream.deflate")
        try Data(whole.bytes).write(to: URL(fileURLWithPath: file))
        let script =
            "import sys, zlib; sys.stdout.write(str(len(zlib.decompress(open(sys.argv[1], 'rb').read(), -15))))"
        let inflated = String(decoding: try XLSXTestFiles.run("/usr/bin/python3", ["-c", script, file]), as: UTF8.self)
        #expect(inflated == String(input.count))
    }

    @Test("an entry under 4 MiB is zlib's level 6 stream, as Python's zlib (minizip's parameters) makes it")
    func levelSix() throws {
        let text = Array(
            String(repeating: "<row r=\"1\"><c r=\"A1\"><v>9.699999999999999</v></c></row>", count: 500).utf8)
        let entry = ZipEntry.deflating("x.xml", text)
        let scratch = try TemporaryFolder("capplan-xlsx")
        let file = scratch.file("x.xml")
        try Data(text).write(to: URL(fileURLWithPath: file))
        let script = """
            import sys, zlib
            c = zlib.compressobj(-1, zlib.DEFLATED, -15, 8, zlib.Z_DEFAULT_STRATEGY)
            sys.stdout.write((c.compress(open(sys.argv[1], 'rb').read()) + c.flush()).hex())
            """
        let python = String(decoding: try XLSXTestFiles.run("/usr/bin/python3", ["-c", script, file]), as: UTF8.self)
        #expect(entry.compressed.map { String(format: "%02x", $0) }.joined() == python)
        #expect(entry.compressedCount == entry.compressed.count && entry.size == text.count && entry.text)
    }
}
