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
        #expect(!index.isSorted && index.capacity == 65_536)
    }

    @Test("IDs in increasing order keep no table; the first out of order builds one, sized by reserve")
    func sortedThenHashed() {
        var index = WorkerIDIndex()
        let ids = (0..<3_000).map { "SYN-\($0)" } + ["A", "SYN-10", "ZZZ-0000"]
        index.reserve(3_000, in: [])
        for position in 0..<3_000 { index.insert(position, in: ids) }
        #expect(index.isSorted && index.capacity == 0 && index.count == 3_000)
        for (position, id) in ids.prefix(3_000).enumerated() { #expect(index.find(id, in: ids) == position) }
        for absent in ["A", "SYN-3000", "SYN-", "SYN-00", "", "ZZZ-0000"] {
            #expect(index.find(absent, in: ids) == nil)
        }
        index.insert(3_000, in: ids)
        #expect(!index.isSorted && index.capacity == 8192 && index.count == 3_001)
        index.reserve(100, in: ids)
        #expect(index.capacity == 8192)
        index.reserve(5_000, in: ids)
        #expect(index.capacity == 16_384 && index.count == 3_001)
        for (position, id) in ids.prefix(3_001).enumerated() { #expect(index.find(id, in: ids) == position) }
        #expect(index.find("SYN-3000", in: ids) == nil && index.find("ZZZ-0000", in: ids) == nil)
    }

    @Test("an ID after every sorted one is new without a lookup; none follows once the IDs are not sorted")
    func followsSorted() {
        var index = WorkerIDIndex()
        let ids = ["W1", "W2", "W10", "W3"]
        func follows(_ id: String) -> Bool { Array(id.utf8).withUnsafeBytes { index.followsSorted($0, in: ids) } }
        #expect(follows("W1") && follows(""))
        index.appendSorted(0)
        #expect(follows("W2") && !follows("W1") && !follows("W0") && !follows(""))
        index.appendSorted(1)
        #expect(follows("W10") && !follows("W2"))
        index.appendSorted(2)
        #expect(index.isSorted && index.count == 3 && index.capacity == 0)
        #expect(index.find("W2", in: ids) == 1 && index.find("W3", in: ids) == nil)
        index.insert(3, in: ids)
        #expect(!index.isSorted && index.capacity == 1024)
        #expect(!follows("W99") && !follows("X100"))
        #expect(ids.indices.allSatisfy { index.find(ids[$0], in: ids) == $0 })
    }

    @Test("the sort order: shorter first, then byte by byte")
    func order() {
        #expect(WorkerIDIndex.order("W9", "W10") < 0)
        #expect(WorkerIDIndex.order("W10", "W9") > 0)
        #expect(WorkerIDIndex.order("W10", "W11") < 0)
        #expect(WorkerIDIndex.order("W11", "W11") == 0)
        #expect(WorkerIDIndex.order("", "A") < 0)
        #expect(WorkerIDIndex.order("\u{E9}", "e\u{301}") < 0)
        #expect(WorkerIDIndex.order("b", "\u{E9}") < 0)
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
