// Escaping and number formatting ported from libxlsxwriter 1.1.4 (src/xmlwriter.c, src/worksheet.c),
// BSD-2-Clause, © John McNamara.
import CZlib
import Glibc

/// A growing buffer of UTF-8 XML bytes, with the escaping and number formatting of libxlsxwriter 1.1.4.
struct XMLBytes {
    /// The bytes written so far.
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// The number of bytes written so far.
    var count: Int { bytes.count }

    /// Appends `text` as it is (markup the caller has escaped).
    mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends `text`'s UTF-8 bytes.
    mutating func raw(_ text: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: text) }

    /// The XML declaration every part starts with.
    mutating func declaration() {
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
    }

    /// Appends `value` in decimal.
    mutating func integer(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            unsigned(UInt(value.magnitude))
        } else {
            unsigned(UInt(value))
        }
    }

    /// Appends `value` in decimal.
    mutating func unsigned(_ value: UInt) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes, room for 20 digits
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                count += 1
                buffer[24 - count] = UInt8(ascii: "0") &+ UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: buffer[(24 - count)...])
        }
    }

    /// Appends `value` as C's `printf("%.16G")` in the "C" locale writes it, as libxlsxwriter does: integral
    /// values below 10^15 in magnitude directly, most others from Swift's shortest form when that is provably
    /// the same text (``NumberText/appendShortest(_:to:)``), the rest through `snprintf`.
    mutating func number(_ value: Double) { Self.appendNumber(value, to: &bytes) }

    /// Appends `value` to `bytes` as ``number(_:)`` does.
    static func appendNumber(_ value: Double, to bytes: inout [UInt8]) {
        if value.magnitude < 1e15, value == value.rounded(.towardZero) {
            if value.sign == .minus {
                bytes.append(UInt8(ascii: "-"))
            }
            bytes.appendDecimal(Int(value.magnitude))
            return
        }
        if NumberText.appendShortest(value, to: &bytes) { return }
        NumberText.printf16G(value) { bytes.append(contentsOf: $0) }
    }

    /// Appends element data escaped as libxlsxwriter escapes it (`lxw_escape_data`): `&`, `<` and `>`;
    /// quotes and control characters stay as they are.
    mutating func data(_ text: String) {
        var text = text
        text.withUTF8 { source in
            for byte in source {
                switch byte {
                case UInt8(ascii: "&"): raw("&amp;")
                case UInt8(ascii: "<"): raw("&lt;")
                case UInt8(ascii: ">"): raw("&gt;")
                default: bytes.append(byte)
                }
            }
        }
    }

    /// Appends an attribute value escaped as libxlsxwriter escapes it (`_escape_attributes`): `&`, `<`, `>`,
    /// `"` and a newline (`&#xA;`). libxlsxwriter keeps at most 2,079 bytes of a value.
    mutating func attribute(_ text: String) {
        var text = text
        text.withUTF8 { source in
            for byte in source.prefix(2079) {
                switch byte {
                case UInt8(ascii: "&"): raw("&amp;")
                case UInt8(ascii: "<"): raw("&lt;")
                case UInt8(ascii: ">"): raw("&gt;")
                case UInt8(ascii: "\""): raw("&quot;")
                case UInt8(ascii: "\n"): raw("&#xA;")
                default: bytes.append(byte)
                }
            }
        }
    }

    /// Appends a string cell's XML after its style (` t="inlineStr"><is><t>…</t></is></c>`), its text
    /// escaped as ``cellText(_:)`` escapes it: straight from the string's bytes when none needs escaping
    /// (nearly every cell), else through ``cellText(_:)``.
    static func appendCellText(_ text: String, to buffer: inout [UInt8]) {
        var text = text
        text.withUTF8 { source in
            let plain = !source.contains { byte in
                byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                    || (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0
            }
            let escaped: [UInt8]
            let preserve: Bool
            if plain {
                escaped = []
                preserve = isSpace(source.first) || isSpace(source.last)
            } else {
                (escaped, preserve) = cellText(String(decoding: source, as: UTF8.self))
            }
            buffer.append(contentsOf: " t=\"inlineStr\"><is><t".utf8)
            if preserve { buffer.append(contentsOf: " xml:space=\"preserve\"".utf8) }
            buffer.append(UInt8(ascii: ">"))
            if plain { buffer.append(contentsOf: source) } else { buffer.append(contentsOf: escaped) }
            buffer.append(contentsOf: "</t></is></c>".utf8)
        }
    }

    /// Whether a byte is one libxlsxwriter counts as space at a text's ends: space, tab, LF, VT, FF, CR.
    static func isSpace(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// The text of an inline string cell as libxlsxwriter writes it in constant-memory mode: control
    /// characters other than tab and newline as `_xHHHH_` (`lxw_escape_control_characters`), then `&`, `<`
    /// and `>` escaped. Returns whether the escaped text starts or ends with white space (`isspace` in the
    /// "C" locale), which asks for `xml:space="preserve"`.
    static func cellText(_ text: String) -> (text: [UInt8], preserve: Bool) {
        var out: [UInt8] = []
        var text = text
        text.withUTF8 { source in
            out.reserveCapacity(source.count + 8)
            for byte in source {
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
                case UInt8(ascii: "<"): out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
                case UInt8(ascii: ">"): out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
                case 0x01...0x08, 0x0B...0x1F:
                    let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
                    out.append(contentsOf: [0x5F, 0x78, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)], 0x5F])
                default: out.append(byte)
                }
            }
        }
        return (out, isSpace(out.first) || isSpace(out.last))
    }
}

/// `printf("%.16G")` in the "C" locale.
enum NumberText {
    /// The "C" locale (`LC_NUMERIC_MASK` is not imported; without a base locale the other categories are "C").
    nonisolated(unsafe) private static let cLocale: locale_t? = newlocale(1 << LC_NUMERIC, "C", nil)

    /// Calls `body` with `value` written by `snprintf("%.16G")` in the "C" locale, whatever the thread's.
    static func printf16G(_ value: Double, _ body: (UnsafeRawBufferPointer) -> Void) {
        var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { raw in
            let previous = cLocale.map { uselocale($0) }
            let count = capplan_format_g16(raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count, value)
            if let previous { uselocale(previous) }
            body(UnsafeRawBufferPointer(rebasing: raw[0..<Int(count)]))
        }
    }

    /// Appends `printf("%.16G")` of `value` from Swift's shortest round-trip form S (`description`), when
    /// that is provably the same text; false, appending nothing, otherwise (the caller uses `snprintf`).
    ///
    /// `%.16G` rounds the exact binary value v to 16 significant digits and drops trailing zeros. When S
    /// has at most 15 significant digits, is written without an exponent by both (its leading digit at
    /// 10^-4 or above, and below 10^15), is not a whole number and not a power of ten, S lies on the
    /// 16-digit grid of its decade, and v rounds to S exactly when |v − S| is below half a unit of the
    /// 16th digit. With S = D / 10^k, v · 10^k − D is computed exactly (the product's rounding error by a
    /// fused multiply-add; the difference of two nearby doubles is exact) and compared with a margin.
    /// So 0.032584 is written as its shortest form, and 9.7 (printed 9.699999999999999) is not.
    /// Numbers of the workbook are mostly the parsed text of a CSV cell with at most 6 decimals: nearly
    /// all take this path, several times faster than `snprintf`.
    static func appendShortest(_ value: Double, to bytes: inout [UInt8]) -> Bool {
        guard value.isFinite else { return false }
        var text = value.description
        return text.withUTF8 { utf8 -> Bool in
            let negative = utf8.first == UInt8(ascii: "-")
            var point = -1
            var first = -1
            var last = -1
            var digits: UInt64 = 0
            var zeros = 0  // zeros since the last non-zero digit, not yet in `digits`
            for index in (negative ? 1 : 0)..<utf8.count {
                let byte = utf8[index]
                if byte == UInt8(ascii: ".") {
                    point = index
                } else if byte &- UInt8(ascii: "0") < 10 {
                    guard byte != UInt8(ascii: "0") else {
                        if first >= 0 { zeros += 1 }
                        continue
                    }
                    if first < 0 { first = index }
                    guard last - first < 16 else { return false }  // more digits than a double holds
                    for _ in 0..<zeros { digits = digits &* 10 }
                    zeros = 0
                    digits = digits &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                    last = index
                } else {
                    return false  // an exponent: not the fixed form
                }
            }
            // A fraction (its last non-zero digit after the point), in the fixed form.
            guard point >= 0, first >= 0, last > point else { return false }
            let significant = first < point ? last - first : last - first + 1
            let exponent = first < point ? point - first - 1 : point - first
            guard significant <= 15, exponent >= -4, exponent < 15, digits != 1 else { return false }
            let places = last - point
            let magnitude = value.magnitude
            let scale = exactPowersOfTen[places]
            let product = magnitude * scale
            let residual = (product - Double(digits)) + (-product).addingProduct(magnitude, scale)
            guard residual.magnitude < 0.49 * unitsOfSixteenthDigit[significant] else { return false }
            if negative { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[(negative ? 1 : 0)...last]))
            return true
        }
    }

    /// 10^k for k = 0 ... 22, each exact in a double.
    private static let exactPowersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }
    /// One unit of the 16th significant digit of a number of n significant digits, 10^(n − 16), as D / 10^k
    /// counts it: for n = 0 ... 15.
    private static let unitsOfSixteenthDigit: [Double] = (0...15).map { pow(10.0, Double($0 - 16)) }

    /// `value` as `%.16G` writes it, such as `9.699999999999999` for 9.7.
    static func string(_ value: Double) -> String {
        var xml = XMLBytes()
        xml.number(value)
        return String(decoding: xml.bytes, as: UTF8.self)
    }
}
