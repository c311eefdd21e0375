import Testing

@testable import Ingestion

@Suite("WorkerIDIndex: duplicate IDs found on their bytes")
struct WorkerIDIndexTests {
    @Test("every inserted ID is found by its bytes and by its string, through several grows; others are not")
    func findsInserted() {
        var index = WorkerIDIndex()
        var ids: [String] = []
        for number in 0..<20_000 {
            let id = number % 3 == 0 ? "SYN-\(number)" : "worker id with a long prefix \(number) é"
            ids.append(id)
            index.insert(ids.count - 1, hash: Array(id.utf8).withUnsafeBytes { WorkerIDIndex.hash($0) }, in: ids)
        }
        for (position, id) in ids.enumerated() {
            #expect(index.find(id, in: ids) == position)
            let found = Array(id.utf8).withUnsafeBytes { index.find($0, hash: WorkerIDIndex.hash($0), in: ids) }
            #expect(found == position)
        }
        for absent in ["SYN-1", "SYN-20001", "", "worker id with a long prefix 1 e\u{301}", "syn-0"] {
            #expect(index.find(absent, in: ids) == nil)
        }
    }

    @Test(
        "reserve sizes the table once (a power of two, at least twice the workers); inserting up to it never grows it")
    func reserveSizesOnce() {
        var index = WorkerIDIndex()
        #expect(index.capacity == 1024)
        let ids = (0..<3_000).map { "SYN-\($0)" }
        index.reserve(3_000, in: [])
        #expect(index.capacity == 8192)
        for position in ids.indices { index.insert(position, in: ids) }
        #expect(index.capacity == 8192 && index.count == 3_000)
        index.reserve(100, in: ids)
        #expect(index.capacity == 8192)
        index.reserve(5_000, in: ids)
        #expect(index.capacity == 16_384 && index.count == 3_000)
        for (position, id) in ids.enumerated() { #expect(index.find(id, in: ids) == position) }
        #expect(index.find("SYN-3000", in: ids) == nil)
    }

    @Test("IDs whose hashes share the home slot and the tag are still told apart by their bytes")
    func sameTagDifferentIDs() {
        var index = WorkerIDIndex()
        let ids = ["A", "B", "C"]
        for position in ids.indices { index.insert(position, hash: 7, in: ids) }
        for (position, id) in ids.enumerated() {
            #expect(Array(id.utf8).withUnsafeBytes { index.find($0, hash: 7, in: ids) } == position)
        }
        #expect(Array("D".utf8).withUnsafeBytes { index.find($0, hash: 7, in: ids) } == nil)
    }

    @Test("IDs are equal when their bytes are: canonically equivalent spellings are different IDs")
    func bytesDecide() {
        var index = WorkerIDIndex()
        let ids = ["\u{E9}"]
        index.insert(0, in: ids)
        #expect(index.find("\u{E9}", in: ids) == 0)
        #expect(index.find("e\u{301}", in: ids) == nil)
    }

    @Test("the hash reads whole words and the tail: IDs differing in any byte, or in length, hash apart")
    func hashCoversEveryByte() {
        let base = Array("ABCDEFGHIJKLMNOPQRSTU".utf8)
        var hashes: Set<UInt32> = []
        for length in 0...base.count {
            hashes.insert(Array(base.prefix(length)).withUnsafeBytes { WorkerIDIndex.hash($0) })
        }
        for position in base.indices {
            var changed = base
            changed[position] ^= 1
            hashes.insert(changed.withUnsafeBytes { WorkerIDIndex.hash($0) })
        }
        #expect(hashes.count == base.count + 1 + base.count)
        #expect(
            [UInt8(0)].withUnsafeBytes { WorkerIDIndex.hash($0) }
                != [UInt8]().withUnsafeBytes { WorkerIDIndex.hash($0) })
    }
}
