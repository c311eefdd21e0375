/// Writes JSON straight to a ``ByteSink``: no value tree, no encoder, keys written as given (callers
/// give them in sorted order), numbers written from their already rounded text.
///
/// The layout is that of Foundation's `JSONEncoder` with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes` (two-space indent, `"key" : value`, an empty container as `[` newline
/// newline `]`), so documents keep the bytes they had when they were encoded that way.
package struct JSONWriter<Sink: ByteSink> {
    /// Bytes gathered before each write to the sink.
    static var chunkSize: Int { 64 * 1024 }

    /// Where the bytes go.
    package private(set) var sink: Sink
    private var buffer: [UInt8] = []
    /// For each open container, whether it has an element yet.
    private var hasElements: [Bool] = []
    /// A key was just written: the next value follows it on the same line.
    private var afterKey = false

    /// A writer into `sink`.
    package init(into sink: Sink) {
        self.sink = sink
        buffer.reserveCapacity(Self.chunkSize + 1024)
    }

    /// Writes what is buffered and returns the sink; the document ends with a newline.
    package mutating func finish() -> Sink {
        buffer.append(UInt8(ascii: "\n"))
        flush()
        return sink
    }

    /// Opens an object (as a value: after a key, in an array or at the top).
    package mutating func beginObject() { open(UInt8(ascii: "{")) }
    /// Closes the innermost object.
    package mutating func endObject() { close(UInt8(ascii: "}")) }
    /// Opens an array.
    package mutating func beginArray() { open(UInt8(ascii: "[")) }
    /// Closes the innermost array.
    package mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes the key of the next member of the innermost object.
    package mutating func key(_ key: String) {
        startElement()
        appendString(key)
        append(" : ")
        afterKey = true
    }

    /// Writes a key given as ``encodedKey(_:)`` made it: the same as ``key(_:)``, without escaping
    /// the key again for every row.
    package mutating func key(encoded: [UInt8]) {
        startElement()
        buffer.append(contentsOf: encoded)
        afterKey = true
    }

    /// `"key" : ` as bytes, escaped once, for ``key(encoded:)``.
    package static func encodedKey(_ key: String) -> [UInt8] {
        var writer = JSONWriter<ByteBuffer>(into: ByteBuffer())
        writer.appendString(key)
        writer.append(" : ")
        return writer.buffer
    }

    /// A string value.
    package mutating func string(_ value: String) {
        startValue()
        appendString(value)
    }

    /// An integer value.
    package mutating func integer(_ value: Int) {
        startValue()
        append(String(value))
    }

    /// A boolean value.
    package mutating func bool(_ value: Bool) {
        startValue()
        append(value ? "true" : "false")
    }

    /// `null`.
    package mutating func null() {
        startValue()
        append("null")
    }

    /// A number from its decimal text as the CSVs write it (`3.610000`): written without trailing
    /// zeros (`3.61`, `12.00` → `12`), the shortest text of the same value; `null` for "" (a figure
    /// that was not finite).
    package mutating func number(_ text: String) {
        startValue()
        let utf8 = text.utf8
        guard !utf8.isEmpty else { return append("null") }
        var end = utf8.endIndex
        if utf8.contains(UInt8(ascii: ".")) {
            while utf8[utf8.index(before: end)] == UInt8(ascii: "0") { end = utf8.index(before: end) }
            if utf8[utf8.index(before: end)] == UInt8(ascii: ".") { end = utf8.index(before: end) }
        }
        buffer.append(contentsOf: utf8[..<end])
    }

    /// A figure of `kind`: text as a string, flags as booleans, numbers from their written text.
    package mutating func figure(_ value: FigureValue, kind: FigureKind) {
        switch value {
        case .missing: null()
        case .text(let text): string(text)
        case .flag(let flag): bool(flag)
        case .integer(let integer): self.integer(integer)
        case .real(let real):
            if let places = kind.places(of: real), appendFast(real, places) { return }
            number(kind.text(value))
        }
    }

    /// Writes `value` with `places` decimals, trailing zeros dropped, straight into the buffer when
    /// the binary fast path of ``NumberFormat`` applies; false (nothing written) when it does not.
    private mutating func appendFast(_ value: Double, _ places: Int) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            guard var count = NumberFormat.fastFixed(value, places, into: digits) else { return false }
            if places > 0 {
                while digits[count - 1] == UInt8(ascii: "0") { count -= 1 }
                if digits[count - 1] == UInt8(ascii: ".") { count -= 1 }
            }
            startValue()
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: digits[..<count]))
            return true
        }
    }

    // MARK: - Layout

    private mutating func open(_ bracket: UInt8) {
        startValue()
        buffer.append(bracket)
        hasElements.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let had = hasElements.removeLast()
        buffer.append(UInt8(ascii: "\n"))
        if !had { buffer.append(UInt8(ascii: "\n")) }
        indent(hasElements.count)
        buffer.append(bracket)
    }

    /// Before a key, or a value in an array: the separator, a new line and the indent.
    private mutating func startElement() {
        guard let had = hasElements.last else { return }
        if had { buffer.append(UInt8(ascii: ",")) }
        buffer.append(UInt8(ascii: "\n"))
        hasElements[hasElements.count - 1] = true
        indent(hasElements.count)
        if buffer.count >= Self.chunkSize { flush() }
    }

    private mutating func startValue() {
        if afterKey {
            afterKey = false
        } else {
            startElement()
        }
    }

    private mutating func indent(_ depth: Int) {
        buffer.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private mutating func append(_ text: String) { buffer.append(contentsOf: text.utf8) }

    /// A JSON string: `"` and `\` escaped, control characters as `\b \f \n \r \t` or `\u00XX`;
    /// everything else, `/` and non-ASCII included, as it is.
    private mutating func appendString(_ value: String) {
        buffer.append(UInt8(ascii: "\""))
        // Most strings (codes, names) need no escape: copied in one go.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            buffer.append(contentsOf: value.utf8)
            buffer.append(UInt8(ascii: "\""))
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                append("\\u00")
                buffer.append(hex[Int(byte >> 4)])
                buffer.append(hex[Int(byte & 0x0F)])
            default: buffer.append(byte)
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }

    private mutating func flush() {
        buffer.withUnsafeBytes { sink.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
