/// Builds CSV text: RFC 4180 quoting (a field containing the delimiter, `"`, CR or LF is quoted, quotes doubled), LF
/// line ends, and the formula guard of docs/METHOD.md "Outputs: general rules": a text cell beginning with `=`, `+`,
/// `-`, `@`, TAB or CR gets a leading `'` (numbers never do).
///
/// A text front of ``CSVByteWriter``, which does the work: both give the same bytes.
package struct CSVWriter: Sendable {
    /// The bytes written so far.
    private var writer: CSVByteWriter

    /// The text written so far.
    package var text: String { String(decoding: writer.bytes, as: UTF8.self) }

    /// Creates an empty writer using `delimiter` between fields.
    package init(delimiter: Character = ",") {
        writer = CSVByteWriter(delimiter: delimiter)
    }

    /// Appends one row of cells and an LF.
    package mutating func appendRow(_ cells: [CSVCell]) {
        for cell in cells {
            switch cell {
            case .text(let value): writer.appendText(value)
            case .number(let value): writer.appendNumber(value)
            }
        }
        writer.endRow()
    }

    /// Appends one row of text cells and an LF.
    package mutating func appendRow(text cells: [String]) {
        for cell in cells { writer.appendText(cell) }
        writer.endRow()
    }
}

/// Builds CSV as UTF-8 bytes, field by field, with the rules of ``CSVWriter``: for writers of large
/// files, which format their numbers straight into bytes and drain ``bytes`` into a file as they go.
///
/// A field is scanned byte by byte for the delimiter, `"`, CR and LF; the rare field holding one is
/// quoted by the same rules on its characters (as ``CSVWriter`` always did), so a delimiter or quote
/// joined to a combining mark in one `Character` is treated as it was before.
package struct CSVByteWriter: Sendable {
    /// The field delimiter.
    private let delimiter: Character
    /// The delimiter's byte when it is ASCII (the fast scan); nil sends every field to the character path.
    private let delimiterByte: UInt8?
    /// Whether the current row has a field yet (the next one is preceded by the delimiter).
    private var rowStarted = false
    /// The bytes written so far (since the last ``removeAll()``).
    package private(set) var bytes: [UInt8] = []

    /// Creates an empty writer using `delimiter` between fields.
    package init(delimiter: Character = ",") {
        self.delimiter = delimiter
        delimiterByte = delimiter.isASCII ? delimiter.asciiValue : nil
    }

    /// Reserves room for `count` bytes.
    package mutating func reserveCapacity(_ count: Int) { bytes.reserveCapacity(count) }

    /// Forgets the bytes written so far (after they were drained), keeping the row state and the storage.
    package mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Appends a text field: formula-guarded, quoted when needed.
    package mutating func appendText(_ value: String) {
        startField()
        appendField(value, guarded: true)
    }

    /// Appends an already formatted number, written as given (quoted only if it holds a delimiter,
    /// quote or line break, which formatted numbers never do).
    package mutating func appendNumber(_ value: String) {
        startField()
        appendField(value, guarded: false)
    }

    /// Appends an already formatted number given as UTF-8 bytes; like ``appendNumber(_:)``.
    package mutating func appendNumber(utf8 value: UnsafeBufferPointer<UInt8>) {
        startField()
        if needsCharacterPath(value) {
            appendSlow(String(decoding: value, as: UTF8.self), guarded: false)
        } else {
            bytes.append(contentsOf: value)
        }
    }

    /// Appends a text field given as UTF-8 bytes; like ``appendText(_:)``.
    package mutating func appendText(utf8 value: UnsafeBufferPointer<UInt8>) {
        startField()
        appendGuarded(value)
    }

    /// Appends a whole number as a field, as `String(value)` writes it.
    package mutating func appendInteger(_ value: Int) {
        startField()
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var magnitude = value.magnitude
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                index -= 1
                buffer[index] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index...]))
        }
    }

    /// Appends an empty field.
    package mutating func appendEmpty() { startField() }

    /// Ends the row with an LF.
    package mutating func endRow() {
        bytes.append(UInt8(ascii: "\n"))
        rowStarted = false
    }

    /// The delimiter before every field but the first of a row.
    private mutating func startField() {
        if rowStarted {
            if let delimiterByte {
                bytes.append(delimiterByte)
            } else {
                bytes.append(contentsOf: String(delimiter).utf8)
            }
        }
        rowStarted = true
    }

    /// Appends `value`, formula-guarded when `guarded`.
    private mutating func appendField(_ value: String, guarded: Bool) {
        let done: Void? = value.utf8.withContiguousStorageIfAvailable { utf8 in
            if guarded {
                appendGuarded(utf8)
            } else if needsCharacterPath(utf8) {
                appendSlow(value, guarded: false)
            } else {
                bytes.append(contentsOf: utf8)
            }
        }
        if done == nil { appendSlow(value, guarded: guarded) }
    }

    /// Appends a text field's bytes with the formula guard.
    private mutating func appendGuarded(_ utf8: UnsafeBufferPointer<UInt8>) {
        if needsCharacterPath(utf8) {
            appendSlow(String(decoding: utf8, as: UTF8.self), guarded: true)
            return
        }
        if let first = utf8.first, Self.isFormulaStarter(first) { bytes.append(UInt8(ascii: "'")) }
        bytes.append(contentsOf: utf8)
    }

    /// Whether the field holds a byte that may need quoting (the delimiter, `"`, CR or LF), or the
    /// delimiter is not ASCII: such fields take the character path.
    private func needsCharacterPath(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let delimiterByte else { return true }
        for byte in utf8
        where byte == delimiterByte || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: "\n")
        {
            return true
        }
        return false
    }

    /// Whether `byte`, first in a text field, starts a formula: `=`, `+`, `-`, `@`, TAB or CR.
    private static func isFormulaStarter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
    }

    /// The field by the character rules: guarded (a text cell), then quoted when it contains the
    /// delimiter `Character` or a `"`, CR or LF scalar, its `"` characters doubled.
    private mutating func appendSlow(_ value: String, guarded: Bool) {
        let field = guarded ? CSVCell.text(value).guardedValue : value
        guard
            field.contains(delimiter)
                || field.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\r" || $0 == "\n" })
        else {
            bytes.append(contentsOf: field.utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: field.replacing("\"", with: "\"\"").utf8)
        bytes.append(UInt8(ascii: "\""))
    }
}
