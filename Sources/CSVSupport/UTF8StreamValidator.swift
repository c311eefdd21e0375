/// Validates UTF-8 fed in chunks, so a file is checked without being held whole.
///
/// Accepts exactly what Swift's own validator accepts (Unicode Table 3-7): no overlong forms,
/// no surrogates (U+D800–U+DFFF), nothing above U+10FFFF. A multibyte sequence may be split across
/// chunks. Runs of ASCII are skipped eight bytes at a time.
struct UTF8StreamValidator {
    /// Absolute offset of the first byte of the first invalid sequence, once one was seen.
    private(set) var firstInvalidOffset: Int?
    /// Continuation bytes the current sequence still needs.
    private var needed = 0
    /// Allowed range for the next continuation byte (narrower right after some lead bytes).
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF
    /// Absolute offset of the current sequence's lead byte.
    private var sequenceStart = 0

    /// Whether everything consumed so far is valid.
    var isValid: Bool { firstInvalidOffset == nil }

    /// Validates `chunk`, whose first byte is at absolute offset `base` in the file.
    /// Returns false (and stops looking) once an invalid sequence is found.
    @discardableResult
    mutating func consume(_ chunk: UnsafeRawBufferPointer, at base: Int) -> Bool {
        guard isValid else { return false }
        let count = chunk.count
        var index = 0
        while index < count {
            if needed == 0 {
                while index + 8 <= count,
                    chunk.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                guard index < count else { break }
                let byte = chunk[index]
                index += 1
                if byte < 0x80 { continue }
                sequenceStart = base + index - 1
                guard startSequence(lead: byte) else {
                    firstInvalidOffset = sequenceStart
                    return false
                }
            } else {
                let byte = chunk[index]
                guard byte >= lower && byte <= upper else {
                    firstInvalidOffset = sequenceStart
                    return false
                }
                needed -= 1
                lower = 0x80
                upper = 0xBF
                index += 1
            }
        }
        return true
    }

    /// Ends the input: a sequence cut off by the end of the file is invalid.
    @discardableResult
    mutating func finish() -> Bool {
        if isValid && needed > 0 { firstInvalidOffset = sequenceStart }
        return isValid
    }

    /// Sets up the continuation bytes `lead` requires; false when `lead` cannot start a sequence.
    private mutating func startSequence(lead: UInt8) -> Bool {
        lower = 0x80
        upper = 0xBF
        switch lead {
        case 0xC2...0xDF: needed = 1
        case 0xE0: (needed, lower) = (2, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: needed = 2
        case 0xED: (needed, upper) = (2, 0x9F)
        case 0xF0: (needed, lower) = (3, 0x90)
        case 0xF1...0xF3: needed = 3
        case 0xF4: (needed, upper) = (3, 0x8F)
        default: return false
        }
        return true
    }
}
