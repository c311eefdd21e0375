/// Any region code a cell may hold (docs/INPUTS.md "Codes", "Regions", "Scenario").
package enum RegionCode: Hashable, Sendable, CustomStringConvertible {
    /// A province code `PP`, 11–99.
    case province(Int)
    /// A Kemendagri kabupaten/kota code.
    case kabupaten(KabupatenCode)
    /// A Kemendagri kecamatan code.
    case kecamatan(KecamatanCode)
    /// A BPS kecamatan code: 7 digits as written (`6502040`). BPS numbers kabupaten differently
    /// from Kemendagri, so it is translated through the regions file, never by its digits.
    case bpsKecamatan(String)

    /// The canonical form: `65`, `65.02`, `65.02.01`, or the BPS digits.
    package var description: String {
        switch self {
        case .province(let province): RegionCode.twoDigits(province)
        case .kabupaten(let code): code.description
        case .kecamatan(let code): code.description
        case .bpsKecamatan(let digits): digits
        }
    }

    /// A code part with a leading zero: 2 → `02`.
    package static func twoDigits(_ part: Int) -> String {
        part < 10 ? "0\(part)" : "\(part)"
    }

    /// Two-digit parts (each 0–99) joined by dots, `65.02.01`, written straight into a small string:
    /// codes are printed in every row of several outputs.
    @inline(__always)
    static func dotted(_ parts: InlineArray<3, Int>, count: Int) -> String {
        String(unsafeUninitializedCapacity: count * 3 - 1) { buffer in
            for index in 0..<count {
                let part = parts[index]
                if index > 0 { buffer[index * 3 - 1] = UInt8(ascii: ".") }
                buffer[index * 3] = UInt8(truncatingIfNeeded: 0x30 + part / 10)
                buffer[index * 3 + 1] = UInt8(truncatingIfNeeded: 0x30 + part % 10)
            }
            return count * 3 - 1
        }
    }
}
