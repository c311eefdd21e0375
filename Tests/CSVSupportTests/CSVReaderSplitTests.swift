import CapplanTestSupport
import Foundation
import Testing

@testable import CSVSupport

@Suite("CSVReader in two parts: the prescan's cut and the first part's check")
struct CSVReaderSplitTests {
    /// The cut `SplitScanner` finds in `text` at or after `target`, fed in chunks of `chunk` bytes.
    private func cut(_ text: String, target: Int, chunk: Int) -> CSVSplit? {
        let bytes = Array(text.utf8)
        var scanner = SplitScanner(target: target)
        var base = 0
        while base < bytes.count {
            let end = min(bytes.count, base + chunk)
            bytes[base..<end].withUnsafeBytes { scanner.consume($0, at: base) }
            base = end
        }
        return scanner.split
    }

    @Test(
        "the first LF at or after the target outside quotes; line ends count CR, LF and CRLF once",
        arguments: [1, 3, 8, 64])
    func scanner(chunk: Int) {
        let text = "a,b\r\nc,\"x\ny\"\n\"q\"\"\",z\rlast\n"
        #expect(cut(text, target: 0, chunk: chunk) == CSVSplit(offset: 5, linesBefore: 1))
        // The LF inside the quoted "x\ny" is skipped; the next LF, outside quotes, ends line 3.
        #expect(cut(text, target: 6, chunk: chunk) == CSVSplit(offset: 13, linesBefore: 3))
        // A lone CR is a line end but never a cut.
        #expect(cut(text, target: 14, chunk: chunk) == CSVSplit(offset: 26, linesBefore: 5))
        #expect(cut(text, target: 27, chunk: chunk) == nil)
    }

    @Test("a long run of plain words is skipped whole, and counted right")
    func longLines() {
        let line = String(repeating: "abcdefgh", count: 9) + "\n"
        let text = String(repeating: line, count: 10)
        #expect(cut(text, target: 200, chunk: 7) == CSVSplit(offset: 3 * 73, linesBefore: 3))
    }

    @Test("parsing in two parts hands out the records of one serial parse, with the same lines")
    func twoParts() throws {
        let text = "id,nama\r\n1,\"a\r\nb\"\r\n\r\n2,x\r\n3,\"y\"\r\n4,z"
        let folder = try TemporaryFolder("capplan-csv")
        let path = try folder.write("input.csv", text)
        let reader = CSVReader(path: path)
        let serial = try TestFiles.read(path: path)
        for target in 0..<text.utf8.count {
            let prescan = try reader.prescan(splitTarget: { _ in target })
            var records: [RecordSnapshot] = []
            let first = try reader.parse(prescan, stopAt: prescan.split) { records.append(RecordSnapshot($0)) }
            var end = first
            var total = first.records
            if first.stoppedAtSplit, let split = prescan.split {
                end = try reader.parse(prescan, from: split) { records.append(RecordSnapshot($0)) }
                total += end.records
            }
            #expect(records == serial.records)
            #expect(reader.summary(prescan, records: total, nextLine: end.nextLine) == serial.summary)
        }
    }

    @Test("a cut the stray quote fooled is refused: the first part reads on to the end")
    func foolsTheParity() throws {
        // The stray quote on line 2 is a malformation for libcsv, which skips the rest of that line; the
        // prescan counts it as opening a quote, so it takes the LFs of lines 2 and 3 for quoted ones and
        // cuts after line 4's LF, which for libcsv is inside the quoted field that opens on line 4.
        let text = "id,nama\n1,a\"b\n2,x\n3,\"p\nq\"\n4,y\n"
        let folder = try TemporaryFolder("capplan-csv")
        let path = try folder.write("input.csv", text)
        let reader = CSVReader(path: path)
        let prescan = try reader.prescan(splitTarget: { _ in 16 })
        #expect(prescan.split == CSVSplit(offset: 23, linesBefore: 4))
        var records: [RecordSnapshot] = []
        let end = try reader.parse(prescan, stopAt: prescan.split) { records.append(RecordSnapshot($0)) }
        #expect(!end.stoppedAtSplit)
        #expect(records == (try TestFiles.read(path: path)).records)
    }
}
