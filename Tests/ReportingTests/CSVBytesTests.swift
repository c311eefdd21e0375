import CSVSupport
import Foundation
import Testing

@testable import Reporting

/// The byte writers of the large outputs give exactly the bytes of the character-based writers.
@Suite("CSV and numbers written straight into bytes")
struct CSVBytesTests {
    /// Fields that exercise quoting, the formula guard and characters joined by combining marks.
    static let fields = [
        "", "plain", "a,b", "say \"hi\"", "line\nbreak", "cr\rlf", "crlf\r\nend", "=1+1", "+62", "-5", "@x",
        "\ttab", "\rcr", "'quoted", "Kecamatan Ké", "é,", ",\u{301}x", "\"\u{301}\"", "x\"\u{301}", "日本,語",
    ]

    /// A row of cells as the character-based writer took them before.
    static func legacy(_ cells: [CSVCell], delimiter: Character) -> String {
        var text = ""
        for (index, cell) in cells.enumerated() {
            if index > 0 { text.append(delimiter) }
            let value = cell.guardedValueForTests
            let quoted =
                value.contains(delimiter) || value.unicodeScalars.contains { $0 == "\"" || $0 == "\r" || $0 == "\n" }
            text += quoted ? "\"" + value.replacing("\"", with: "\"\"") + "\"" : value
        }
        return text + "\n"
    }

    @Test("every field, as text and as a number, with , ; and a non-ASCII delimiter", arguments: [",", ";", "§"])
    func fields(delimiter: String) {
        let delimiter = Character(delimiter)
        for field in Self.fields {
            let cells: [CSVCell] = [.text(field), .number(field), .text(field)]
            var writer = CSVWriter(delimiter: delimiter)
            writer.appendRow(cells)
            #expect(writer.text == Self.legacy(cells, delimiter: delimiter), "field \(field.debugDescription)")
            var bytes = CSVByteWriter(delimiter: delimiter)
            for cell in cells {
                switch cell {
                case .text(let value): Array(value.utf8).withUnsafeBufferPointer { bytes.appendText(utf8: $0) }
                case .number(let value): Array(value.utf8).withUnsafeBufferPointer { bytes.appendNumber(utf8: $0) }
                }
            }
            bytes.endRow()
            #expect(String(decoding: bytes.bytes, as: UTF8.self) == writer.text, "field \(field.debugDescription)")
        }
    }

    @Test("integers are written as String(_:) writes them")
    func integers() {
        let values = [0, 7, -7, 10, 2025, -1_000_000, Int.max, Int.min]
        var writer = CSVByteWriter()
        for value in values { writer.appendInteger(value) }
        writer.endRow()
        writer.appendEmpty()
        writer.appendEmpty()
        writer.endRow()
        #expect(
            String(decoding: writer.bytes, as: UTF8.self)
                == values.map(String.init).joined(separator: ",") + "\n,\n")
    }

    /// A row with a value of every kind in every kind of column.
    struct Row: Sendable {
        /// The row's position, from which its figures are made.
        var index: Int
        /// The row's text.
        var text: String
    }

    /// Columns of every kind, with values of other kinds too (a real in a text column is guarded).
    static let schema = RecordSchema<Row>(
        file: "x.csv", row: "row",
        columns: [
            .init("t", id: "T", en: "T", kind: .text, meaning: "text") { .text($0.text) },
            .init("i", id: "I", en: "I", kind: .integer, meaning: "integer") { .integer($0.index * 37 - 500) },
            .init("w", id: "W", en: "W", kind: .whole, meaning: "whole") { .real(Double($0.index) * 2.5 - 40) },
            .init("c", id: "C", en: "C", kind: .count, meaning: "count") { .real(Double($0.index) * 0.125 - 3) },
            .init("s", id: "S", en: "S", kind: .share, meaning: "share") { .real(Double($0.index) / 7 - 0.5) },
            .init("r", id: "R", en: "R", kind: .required, meaning: "required") {
                .real($0.index % 2 == 0 ? Double($0.index) : Double($0.index) + 0.005)
            },
            .init("f", id: "F", en: "F", kind: .flag, meaning: "flag") { .flag($0.index % 3 == 0) },
            .init("m", id: "M", en: "M", kind: .count, meaning: "missing") {
                $0.index % 5 == 0 ? .missing : .real(2.675)
            },
            .init("x", id: "X", en: "X", kind: .text, meaning: "real as text") { .real(-Double($0.index) / 3) },
            .init("y", id: "Y", en: "Y", kind: .count, meaning: "text as number") { .text($0.text) },
            .init("n", id: "N", en: "N", kind: .share, meaning: "not finite") {
                .real($0.index % 4 == 0 ? .nan : 0.0000005)
            },
            .init("j", id: "J", en: "J", kind: .text, meaning: "JSON only", formats: [.json]) { _ in .text("no") },
        ])

    @Test("writeCSV gives the bytes of the cells the character-based writer took, over many chunks")
    func schemaBytes() {
        let rows = (0..<15_000).map { Row(index: $0, text: Self.fields[$0 % Self.fields.count]) }
        let columns = Self.schema.columns(in: .csv)
        var writer = CSVWriter()
        writer.appendRow(text: columns.map(\.name))
        for row in rows { writer.appendRow(Self.schema.csvCells(row, columns: columns)) }
        var buffer = ByteBuffer()
        Self.schema.writeCSV(rows, to: &buffer)
        #expect(buffer.bytes.count > 2 * RecordSchema<Row>.csvChunkSize)
        #expect(buffer.text == writer.text)
        #expect(Self.schema.csv(rows) == writer.text)
        #expect(Self.schema.csv(rows.prefix(2)).hasPrefix("t,i,w,c,s,r,f,m,x,y,n\n,-500,-40,-3.00,-0.500000,0,true,,0"))
    }

    @Test("fastRounded is the parsed text of fixed and its length")
    func fastRounded() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, -0.0, 0.5, -0.5, 2.675, 1.005, 0.0000005, -0.0000004, 123_456_789.125, 1e15]
        for _ in 0..<20_000 {
            let magnitude = Double.random(in: 0..<1, using: &generator) * pow(10, Double(Int.random(in: -7...12)))
            values.append(Bool.random() ? magnitude : -magnitude)
        }
        for value in values {
            for places in 0...6 {
                let text = NumberFormat.fixed(value, places)
                guard let (number, length) = NumberFormat.fastRounded(value, places) else {
                    #expect(NumberFormat.fastFixed(value, places) == nil)
                    continue
                }
                #expect(number.bitPattern == Double(text)!.bitPattern, "\(value) at \(places)")
                #expect(length == text.count)
            }
        }
    }

    @Test("the workbook's number of a cell is Double(kind.text(value)), with the text's length")
    func workbookNumber() {
        let cases: [(FigureKind, FigureValue)] = [
            (.integer, .integer(2025)), (.integer, .integer(-7)), (.integer, .integer(0)),
            (.integer, .integer(Int.min)), (.whole, .real(2.5)), (.count, .real(-0.001)),
            (.share, .real(0.1234565)), (.required, .real(17)), (.required, .real(2.5)), (.count, .real(.nan)),
            (.text, .real(1.5)), (.count, .real(2.675)), (.whole, .real(1e300)),
        ]
        for (kind, value) in cases {
            let written = kind.text(value)
            let number = WorkbookColumnWriter<Row>.number(value, kind: kind)
            if let expected = Double(written) {
                #expect(number?.0.bitPattern == expected.bitPattern, "\(value)")
                #expect(number?.1 == written.count)
            } else {
                #expect(number == nil)
            }
        }
    }
}

extension CSVCell {
    /// The cell before quoting, as the writer guards it (the old rule, restated for the tests).
    var guardedValueForTests: String {
        switch self {
        case .number(let value): return value
        case .text(let value):
            guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else {
                return value
            }
            return "'" + value
        }
    }
}

/// The streamed writers the run folder uses give the rendered text's bytes, through any sink.
@Suite("Streamed outputs")
struct StreamedOutputTests {
    /// A sink that keeps each write apart, to show the chunks arrive whole and in order.
    struct Chunks: ByteSink {
        /// The writes, in order.
        var chunks: [[UInt8]] = []
        /// Keeps `bytes` as one chunk.
        mutating func write(_ bytes: UnsafeRawBufferPointer) { chunks.append(Array(bytes)) }
        /// The chunks joined, as text.
        var text: String { String(decoding: chunks.joined(), as: UTF8.self) }
    }

    @Test("every streamed CSV and summary.json equal their rendered text")
    func streamed() {
        let analysis = ReportFixture.analysis()
        let context = ReportFixture.context()
        func streamed(_ write: (inout Chunks) -> Void) -> String {
            var sink = Chunks()
            write(&sink)
            return sink.text
        }
        #expect(streamed { PrioritiesCSV.write(analysis, to: &$0) } == PrioritiesCSV.render(analysis))
        #expect(streamed { ProjectionCSV.write(analysis, to: &$0) } == ProjectionCSV.render(analysis))
        #expect(streamed { TrainingNeedsCSV.write(analysis, to: &$0) } == TrainingNeedsCSV.render(analysis))
        #expect(streamed { AllocationCSV.write(analysis, to: &$0) } == AllocationCSV.render(analysis))
        #expect(streamed { RejectsCSV.write(context.rejects, to: &$0) } == RejectsCSV.render(context.rejects))
        #expect(
            streamed { SummaryJSON.write(analysis, context: context, to: &$0) }
                == SummaryJSON.render(analysis, context: context))
    }
}
