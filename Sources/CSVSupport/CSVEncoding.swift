/// Text encoding a file was decoded with.
///
/// docs/INPUTS.md "Encoding": inputs are UTF-8; a file that is not valid UTF-8 is decoded as Windows-1252.
package enum CSVEncoding: String, Sendable, Equatable {
    /// Valid UTF-8 throughout (a leading BOM is skipped).
    case utf8 = "UTF-8"
    /// Not valid UTF-8: every byte is mapped through the Windows-1252 code page.
    case windows1252 = "Windows-1252"

    /// Decodes `bytes` with this encoding.
    ///
    /// Windows-1252 maps all 256 bytes: 0x80–0x9F through the code page table, the five bytes the
    /// code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) to the C1 controls of the same
    /// value, and every other byte to the Latin-1 scalar of the same value.
    func decode(_ bytes: UnsafeRawBufferPointer) -> String {
        switch self {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                scalars.append(Self.windows1252Scalar(byte))
            }
            return String(scalars)
        }
    }

    /// The Unicode scalar Windows-1252 gives `byte`.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        return Unicode.Scalar(windows1252High[Int(byte - 0x80)])!
    }

    /// Windows-1252 bytes 0x80–0x9F; the undefined ones keep their own value.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
