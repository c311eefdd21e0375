/// The one place numbers become text (docs/METHOD.md "Outputs: general rules").
///
/// Rounding is half away from zero and works on the decimal digits of the number's shortest
/// round-trip form (Swift's `description`), scaled to a whole number of the last place: `2.675`
/// rounds to `2.68` as written, not to `2.67` as its binary neighbour 2.67499… would, and
/// `0.0000005` rounds to `0.000001`. A value that rounds to zero never keeps a minus sign.
/// Files always use `.` as the decimal mark and no grouping; the prose forms follow the brief's
/// language.
package enum NumberFormat {
    /// Decimal places of growth rates, readiness, shares and scores (docs/METHOD.md "Outputs: general rules").
    package static let sharePlaces = 6
    /// Decimal places of active, trained, staffing gap, training seats, active per 10k and caseload (docs/METHOD.md "Outputs: general rules").
    package static let countPlaces = 2

    /// `value` with exactly `places` decimals and `.` as decimal mark: `fixed(2.5, 2)` is `2.50`.
    /// A value that is not finite gives "" (the analysis never produces one).
    package static func fixed(_ value: Double, _ places: Int) -> String {
        if let text = fastFixed(value, places) { return text }
        return decimalFixed(value, places)
    }

    /// ``fixed(_:_:)`` on the decimal digits, always: the reference the fast path is tested against.
    static func decimalFixed(_ value: Double, _ places: Int) -> String {
        guard let scaled = ScaledDecimal(value, places: places) else { return "" }
        return scaled.text(decimalMark: ".", grouping: nil)
    }

    /// Powers of ten that scale a value exactly enough for the fast path (places 0 to 6).
    private static let powers: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    /// ``fixed(_:_:)`` in binary arithmetic when that provably gives the same text, nil otherwise.
    ///
    /// value · 10^places is computed in binary. It differs from the shortest decimal form scaled the
    /// same way by less than two units in its last place (half an ulp for the decimal form, half for
    /// the product), so unless its fraction lies within four ulps of one half, rounding it half away
    /// from zero gives the digits that rounding the decimal form gives. Values near a tie, values of
    /// 2^52 or more and more than 6 places go to the decimal path. Millions of figures a run go this way.
    static func fastFixed(_ value: Double, _ places: Int) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer -> String? in
            guard let count = fastFixed(value, places, into: buffer) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// The fast path's text written into `buffer` (24 bytes at least); its length, or nil when the
    /// value needs the decimal path.
    static func fastFixed(_ value: Double, _ places: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        guard places >= 0, places < powers.count, value.isFinite else { return nil }
        let scaled = (value * powers[places]).magnitude
        guard scaled < 0x1p52 else { return nil }
        let fraction = scaled - scaled.rounded(.down)
        guard abs(fraction - 0.5) > 4 * scaled.ulp else { return nil }
        var digits = UInt64(scaled.rounded(.toNearestOrAwayFromZero))
        let negative = value < 0 && digits != 0
        // Digits from the right end of the buffer leftwards, then moved to its start.
        var index = buffer.count
        var written = 0
        repeat {
            if written == places, places > 0 {
                index -= 1
                buffer[index] = UInt8(ascii: ".")
            }
            index -= 1
            buffer[index] = UInt8(ascii: "0") + UInt8(digits % 10)
            digits /= 10
            written += 1
        } while digits > 0 || written <= places
        if negative {
            index -= 1
            buffer[index] = UInt8(ascii: "-")
        }
        let count = buffer.count - index
        for offset in 0..<count { buffer[offset] = buffer[index + offset] }
        return count
    }

    /// What ``fixed(_:_:)`` writes, as a number: the double nearest to the rounded decimal (what
    /// parsing the text gives) and the text's length in characters; nil when the fast path does not
    /// apply. The digits D (below 2^52) and 10^places are exact doubles, so D / 10^places is the
    /// correctly rounded value of the decimal, as a correct parser returns it.
    static func fastRounded(_ value: Double, _ places: Int) -> (value: Double, length: Int)? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer -> (value: Double, length: Int)? in
            guard let count = fastFixed(value, places, into: buffer) else { return nil }
            var digits: UInt64 = 0
            var negative = false
            for byte in UnsafeBufferPointer(rebasing: buffer[..<count]) {
                switch byte {
                case UInt8(ascii: "-"): negative = true
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digits = digits * 10 + UInt64(byte - UInt8(ascii: "0"))
                default: break
                }
            }
            let magnitude = Double(digits) / powers[places]
            return (negative ? -magnitude : magnitude, count)
        }
    }

    /// `value` rounded half away from zero to a whole number: `integer(2.5)` is `3`, `integer(-2.5)` is `-3`.
    package static func integer(_ value: Double) -> String { fixed(value, 0) }

    /// A growth rate, readiness, share or score: 6 decimals.
    package static func share(_ value: Double) -> String { fixed(value, sharePlaces) }

    /// Required workers: a whole number when the norms make it whole (they nearly always do),
    /// else 2 decimals (a fractional `per_desa` norm, docs/METHOD.md item 19).
    package static func required(_ value: Double) -> String {
        abs(value - value.rounded()) < 1e-9 ? integer(value) : count(value)
    }

    /// A worker count, seats, caseload or active per 10k: 2 decimals.
    package static func count(_ value: Double) -> String { fixed(value, countPlaces) }

    /// A whole number for prose, grouped by thousands: `12.345` in Indonesian, `12,345` in English.
    package static func prose(_ value: Double, _ language: ReportLanguage) -> String {
        prose(value, places: 0, language)
    }

    /// A number for prose with `places` decimals: `3,5` in Indonesian, `3.5` in English, thousands grouped.
    package static func prose(_ value: Double, places: Int, _ language: ReportLanguage) -> String {
        guard let scaled = ScaledDecimal(value, places: places) else { return "" }
        return scaled.text(decimalMark: language.decimalMark, grouping: language.groupingSeparator)
    }

    /// A number for prose with at most `places` decimals, trailing zeros dropped: a worker count
    /// with `places` 1 is `9,5` when attrition makes it fractional and `12` when it is whole; a
    /// weight with `places` 6 is `0,15`.
    package static func prose(_ value: Double, upTo places: Int, _ language: ReportLanguage) -> String {
        guard var scaled = ScaledDecimal(value, places: places) else { return "" }
        while scaled.places > 0, scaled.digits != "0", scaled.digits.last == "0" {
            scaled.digits.removeLast()
            scaled.places -= 1
        }
        if scaled.digits == "0" { scaled.places = 0 }
        return scaled.text(decimalMark: language.decimalMark, grouping: language.groupingSeparator)
    }

    /// A share as a percentage for prose: `percent(0.035)` is `3,5%` in Indonesian, `3.5%` in English.
    /// The point is shifted in the decimal digits, so no multiplication by 100 adds binary error.
    package static func percent(_ share: Double, places: Int = 1, _ language: ReportLanguage) -> String {
        guard let scaled = ScaledDecimal(share, places: places, shift: 2) else { return "" }
        return scaled.text(decimalMark: language.decimalMark, grouping: language.groupingSeparator) + "%"
    }
}

/// A number rounded half away from zero to a whole count of its last decimal place: the sign and
/// the digits of value · 10^(shift + places), with `places` of them after the decimal mark.
struct ScaledDecimal: Equatable {
    /// True for a negative value that did not round to zero.
    var negative: Bool
    /// The scaled whole number's digits, without leading zeros ("0" for zero).
    var digits: String
    /// How many of the digits follow the decimal mark.
    var places: Int

    /// Rounds `value` · 10^shift to `places` decimals; nil when `value` is not finite.
    init?(_ value: Double, places: Int, shift: Int = 0) {
        guard value.isFinite, places >= 0 else { return nil }
        let (significand, exponent) = Self.decimalParts(of: value.magnitude)
        // value = significand · 10^exponent; the result is significand · 10^(exponent + shift + places).
        let power = exponent + shift + places
        var scaled: [UInt8]
        if power >= 0 {
            scaled = significand + [UInt8](repeating: 0, count: power)
        } else {
            let dropped = -power
            let kept = max(0, significand.count - dropped)
            scaled = Array(significand.prefix(kept))
            let firstDropped = significand.count - dropped
            if firstDropped >= 0, significand[firstDropped] >= 5 { Self.increment(&scaled) }
        }
        while scaled.count > 1, scaled.first == 0 { scaled.removeFirst() }
        if scaled.isEmpty { scaled = [0] }
        self.digits = String(decoding: scaled.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
        self.negative = value < 0 && scaled.contains { $0 != 0 }
        self.places = places
    }

    /// The text with `decimalMark` before the last `places` digits and, when given, `grouping`
    /// between each three digits of the whole part.
    func text(decimalMark: String, grouping: String?) -> String {
        let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
        var whole = String(padded.dropLast(places))
        if let grouping, whole.count > 3 {
            var grouped = ""
            for (index, digit) in whole.enumerated() {
                if index > 0, (whole.count - index) % 3 == 0 { grouped += grouping }
                grouped.append(digit)
            }
            whole = grouped
        }
        let fraction = places > 0 ? decimalMark + padded.suffix(places) : ""
        return (negative ? "-" : "") + whole + fraction
    }

    /// The decimal digits and power of ten of a finite, non-negative value's shortest round-trip
    /// form: `12.5` → ([1, 2, 5], −1), `5e-07` → ([5], −7).
    private static func decimalParts(of value: Double) -> (digits: [UInt8], exponent: Int) {
        // Read on UTF-8 bytes: this runs for every number of every output (millions for a country).
        var digits: [UInt8] = []
        var exponent = 0
        var afterPoint = false
        var exponentText: Substring.UTF8View?
        let text = value.description
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "."): afterPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits.append(byte - UInt8(ascii: "0"))
                if afterPoint { exponent -= 1 }
            case UInt8(ascii: "e"):
                exponentText = text.utf8.dropFirst(offset + 1)
            default: break
            }
            if exponentText != nil { break }
        }
        if let exponentText { exponent += Int(Substring(exponentText))! }
        return (digits, exponent)
    }

    /// Adds one to a whole number held as decimal digits, growing it by a digit on carry out.
    private static func increment(_ digits: inout [UInt8]) {
        var index = digits.count - 1
        while index >= 0 {
            if digits[index] < 9 {
                digits[index] += 1
                return
            }
            digits[index] = 0
            index -= 1
        }
        digits.insert(1, at: 0)
    }
}
