/// Looks, during the prescan, for a place to cut a file in two for parsing on two threads: the first
/// line feed at or after `target` with an even number of `"` before it (outside quotes, if the
/// quoting is well formed), and the physical line ends before that point.
///
/// The cut is only a candidate: a file with malformed quoting can fool the parity, so the parser of
/// the first part checks that libcsv really is between records there (`RecordParser.run(stopAt:)`)
/// and the caller parses on serially otherwise.
struct SplitScanner {
    /// The offset at or after which to cut.
    let target: Int
    /// The cut, once found.
    private(set) var split: CSVSplit?
    /// Whether an odd number of quotes was seen.
    private var quoted = false
    /// Line ends so far: CR, and LF not right after CR (as `InputFile.line(ofOffset:)` counts them).
    private var lineEnds = 0
    /// The byte before the current one (0 when it was none of interest).
    private var previous: UInt8 = 0

    /// A scanner looking for a cut at or after `target`.
    init(target: Int) { self.target = target }

    /// Scans `chunk`, whose first byte is at absolute offset `base`; does nothing once the cut is found.
    mutating func consume(_ chunk: UnsafeRawBufferPointer, at base: Int) {
        guard split == nil else { return }
        let count = chunk.count
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = chunk.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if !Self.mayMatter(word) {
                    previous = 0
                    index += 8
                    continue
                }
            }
            let byte = chunk[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                quoted.toggle()
            case 13:
                lineEnds += 1
            case 10:
                if previous != 13 { lineEnds += 1 }
                if !quoted && base + index >= target {
                    split = CSVSplit(offset: base + index, linesBefore: lineEnds)
                    return
                }
            default:
                break
            }
            previous = byte
        }
    }

    /// Whether a word holds a `"` or a byte below 14 (CR, LF): a word without either is skipped whole.
    @inline(__always)
    private static func mayMatter(_ word: UInt64) -> Bool {
        let low: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (low &* 0x22)
        let hasQuote = (quotes &- low) & ~quotes & high
        let hasControl = (word &- low &* 0x0E) & ~word & high
        return hasQuote | hasControl != 0
    }
}

/// Where a file can be cut in two: the offset of the first byte of the second part (just after a line
/// feed) and the physical line ends before it, so the second part's first line is `linesBefore + 1`.
package struct CSVSplit: Sendable, Equatable {
    /// Absolute byte offset where the second part starts.
    package let offset: Int
    /// Physical line ends before `offset`.
    package let linesBefore: Int

    /// Creates a cut.
    package init(offset: Int, linesBefore: Int) {
        self.offset = offset
        self.linesBefore = linesBefore
    }
}
