import Foundation
import Testing

@testable import Reporting

@Suite("JSONWriter: JSON written straight from rounded text")
struct JSONWriterTests {
    /// A document written by `body`.
    static func written(_ body: (inout JSONWriter<ByteBuffer>) -> Void) -> String {
        var json = JSONWriter(into: ByteBuffer())
        body(&json)
        return json.finish().text
    }

    @Test("a rounded figure's JSON text is exactly the rounded value, trailing zeros dropped")
    func exactText() {
        let text = Self.written { json in
            json.beginArray()
            for (value, kind) in [
                (0.1, FigureKind.share), (0.1 + 0.2, .share), (3.6100000000000003, .count), (28_450.5, .whole),
                (-0.0000001, .share), (0.0000005, .share), (1_234_567.891, .count), (1e16, .whole), (17, .required),
                (2.5, .required), (1e25, .whole),
            ] {
                json.figure(.real(value), kind: kind)
            }
            json.endArray()
        }
        #expect(
            text
                == "[\n  0.1,\n  0.3,\n  3.61,\n  28451,\n  0,\n  0.000001,\n  1234567.89,\n  10000000000000000,\n  17,\n"
                + "  2.5,\n  10000000000000000000000000\n]\n")
    }

    @Test("a value that is not finite, or missing, becomes null, not a failure")
    func notFinite() {
        let text = Self.written { json in
            json.beginArray()
            json.figure(.real(.nan), kind: .share)
            json.figure(.missing, kind: .integer)
            json.endArray()
        }
        #expect(text == "[\n  null,\n  null\n]\n")
    }

    @Test("strings: quotes, backslashes and control characters escaped; slashes and UTF-8 as they are")
    func strings() {
        let text = Self.written { $0.string("q\"b\\s/\u{1}\u{8}\u{c}\n\r\t\u{1f}\u{7f}é<>&") }
        #expect(text == "\"q\\\"b\\\\s/\\u0001\\b\\f\\n\\r\\t\\u001f\u{7f}é<>&\"\n")
    }

    @Test("the layout is Foundation's pretty-printed one, empty containers included")
    func sameAsFoundation() throws {
        struct Document: Encodable {
            var empty: [Int] = []
            var emptyObject: [String: Int] = [:]
            var list = [[1, 2], []]
            var name = "Tanjung Selor/Bulungan \"ibukota\"\n"
            var nested = ["a": ["b": true]]
        }
        let expected = ReportJSON.text(Document())
        let text = Self.written { json in
            json.beginObject()
            json.key("empty")
            json.beginArray()
            json.endArray()
            json.key("empty_object")
            json.beginObject()
            json.endObject()
            json.key("list")
            json.beginArray()
            json.beginArray()
            json.integer(1)
            json.integer(2)
            json.endArray()
            json.beginArray()
            json.endArray()
            json.endArray()
            json.key("name")
            json.string("Tanjung Selor/Bulungan \"ibukota\"\n")
            json.key("nested")
            json.beginObject()
            json.key("a")
            json.beginObject()
            json.key("b")
            json.bool(true)
            json.endObject()
            json.endObject()
            json.endObject()
        }
        #expect(text == expected)
    }

    @Test("a long document reaches the sink in chunks and stays whole")
    func chunks() throws {
        struct Counting: ByteSink {
            var writes = 0
            var bytes: [UInt8] = []
            mutating func write(_ bytes: UnsafeRawBufferPointer) {
                writes += 1
                self.bytes.append(contentsOf: bytes)
            }
        }
        var json = JSONWriter(into: Counting())
        json.beginArray()
        for index in 0..<50_000 { json.integer(index) }
        json.endArray()
        let sink = json.finish()
        #expect(sink.writes > 5)
        let parsed = try JSONSerialization.jsonObject(with: Data(sink.bytes)) as? [Int]
        #expect(parsed == Array(0..<50_000))
    }
}
