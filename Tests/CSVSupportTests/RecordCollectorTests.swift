import Testing

@testable import CSVSupport

@Suite("RecordCollector")
struct RecordCollectorTests {
    @Test(
        "line ends inside a field: CR, LF and CRLF count one each, other control bytes none",
        arguments: [
            ("", 0), ("abcdefghij", 0), ("tab\there\u{0B}\u{0C}", 0), ("abcdefgh\n", 1), ("abcdefg\r", 1),
            ("\r\n", 1), ("\r\r", 2), ("\n\r", 2), ("\n\n", 2), ("abcdefghijklmnop\r\nx\ry\n\n", 4),
            ("12345678\r", 1), ("1234567\r\n8", 1),
        ])
    func lineEnds(field: String, expected: Int) {
        let padded = Array(field.utf8) + [UInt8](repeating: 0x41, count: 8)
        let count = padded.withUnsafeBytes { RecordCollector.lineEnds(in: $0.baseAddress!, count: field.utf8.count) }
        #expect(count == expected)
    }

    @Test(
        "fields of 1 to 16 bytes are copied whole by words, counting their line ends; no byte before the field is touched"
    )
    func copySmall() {
        for count in 1...16 {
            let plain = (0..<count).map { UInt8(0x61 + $0) }
            var withEnds = plain
            withEnds[0] = 13
            if count > 1 { withEnds[count - 1] = 10 }
            if count > 3 { withEnds[count / 2] = 10 }
            let expected = count <= 2 ? 1 : count == 3 ? 2 : 3  // CR…LF, CRLF, CR b LF, CR … LF … LF
            for (field, ends) in [(plain, 0), (withEnds, expected)] {
                var target = [UInt8](repeating: 0xEE, count: 40)
                let found = field.withUnsafeBytes { source in
                    target.withUnsafeMutableBytes { target in
                        RecordCollector.copySmall(from: source.baseAddress!, to: target.baseAddress! + 8, count: count)
                    }
                }
                #expect(Array(target[8..<8 + count]) == field)
                #expect(target[0..<8].allSatisfy { $0 == 0xEE } && target[24...].allSatisfy { $0 == 0xEE })
                #expect(found == ends, "count \(count)")
            }
        }
    }

    @Test("a field longer than the buffer and rows wider than the offsets grow both without losing bytes")
    func growth() throws {
        let long = String(repeating: "x", count: 10_000) + "\n" + String(repeating: "y", count: 5_000)
        let wide = (0..<200).map(String.init)
        let text = "\"\(long)\"," + wide.joined(separator: ",") + "\nnext\n"
        let (records, summary) = try TestFiles.read(text)
        #expect(records == [RecordSnapshot(1, [long] + wide, endLine: 2), RecordSnapshot(3, ["next"])])
        #expect(summary.lines == 3)
    }
}
