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
    /// values below 10^15 in magnitude directly, others through `snprintf`.
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

    /// Appends the text of an inline string cell as libxlsxwriter writes it in constant-memory mode: control
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
        func isSpace(_ byte: UInt8?) -> Bool {
            guard let byte else { return false }
            return byte == 0x20 || (0x09...0x0D).contains(byte)
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

    /// `value` as `%.16G` writes it, such as `9.699999999999999` for 9.7.
    static func string(_ value: Double) -> String {
        var xml = XMLBytes()
        xml.number(value)
        return String(decoding: xml.bytes, as: UTF8.self)
    }
}
