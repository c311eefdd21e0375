/// Detects the delimiter from the header line: the most frequent of `,` `;` TAB `|` outside quotes;
/// a tie (including all zero) goes to the first in that order (docs/INPUTS.md "Dialect").
package enum DelimiterSniffer {
    /// The candidates, in tie-breaking order.
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 9, UInt8(ascii: "|")]

    /// The delimiter of the file whose first physical line (without its line end) is `headerLine`.
    ///
    /// A `"` toggles "inside quotes", so a doubled quote inside a quoted name leaves it inside.
    package static func sniff(_ headerLine: UnsafeRawBufferPointer) -> UInt8 {
        var counts = [0, 0, 0, 0]
        var quoted = false
        for byte in headerLine {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted, let index = candidates.firstIndex(of: byte) {
                counts[index] += 1
            }
        }
        var best = 0
        for index in 1..<counts.count where counts[index] > counts[best] {
            best = index
        }
        return candidates[best]
    }
}
