// The cell styles and `xl/styles.xml`, ported from libxlsxwriter 1.1.4 (src/format.c, src/workbook.c,
// src/styles.c), BSD-2-Clause, © John McNamara.

/// The workbook's cell formats: one per distinct `XLSXFormat`, numbered in the order of first use, and an
/// XF index given the first time a cell with it is written out, as libxlsxwriter numbers its styles.
struct XLSXStyles {
    /// libxlsxwriter's longest number format, in UTF-8 bytes (`LXW_FORMAT_FIELD_LEN` less the NUL).
    static let maximumNumberFormatBytes = 127

    /// The formats made so far, by their number.
    private(set) var formats: [XLSXFormat] = []
    /// Each format's number.
    private var numbers: [XLSXFormat: Int] = [:]
    /// Each format's XF index, by format number; nil until a cell with it is written out.
    private var xfIndices: [Int?] = []
    /// The formats with an XF index, in index order (the default style, XF 0, is not among them).
    private(set) var used: [XLSXFormat] = []
    /// The format asked for last: a column of cells mostly repeats it, and comparing beats hashing.
    private var last: (format: XLSXFormat, number: Int?) = (XLSXFormat(), nil)

    /// The number of distinct formats made so far.
    var count: Int { formats.count }

    /// The number of `format`, made on first use; nil for the default style.
    mutating func number(for format: XLSXFormat, path: String) throws -> Int? {
        if format == last.format { return last.number }
        if format.isDefault { return nil }
        if let made = numbers[format] {
            last = (format, made)
            return made
        }
        try Self.validate(format, path: path)
        let made = formats.count
        formats.append(format)
        xfIndices.append(nil)
        numbers[format] = made
        last = (format, made)
        return made
    }

    /// Whether format `number` has its XF index.
    func hasXFIndex(_ number: Int) -> Bool { xfIndices[number] != nil }

    /// The XF index of format `number`, given now if it has none (`lxw_format_get_xf_index`).
    mutating func xfIndex(of number: Int) -> Int {
        if let index = xfIndices[number] { return index }
        used.append(formats[number])
        xfIndices[number] = used.count
        return used.count
    }

    /// Throws when libxlsxwriter would have cut `format`'s number format short or clamped its indent.
    private static func validate(_ format: XLSXFormat, path: String) throws {
        if let code = format.numberFormat {
            if code.utf8.count > maximumNumberFormatBytes {
                throw XLSXError.invalidFormat(
                    path: path, format: format.description,
                    reason: "the number format has \(code.utf8.count) UTF-8 bytes; Excel's files keep"
                        + " \(maximumNumberFormatBytes) — use a shorter number format")
            }
            if code.utf8.contains(0) {
                throw XLSXError.nulCharacter(path: path, field: "the number format of \(format)")
            }
        }
        guard (0...XLSXFormat.maximumIndent).contains(format.indent) else {
            throw XLSXError.invalidFormat(
                path: path, format: format.description,
                reason: "indent \(format.indent) is not between 0 and \(XLSXFormat.maximumIndent)"
                    + " — use an indent in that range")
        }
    }

    /// `xl/styles.xml` for the formats used, with the comment font when `hasComments`.
    func xml(hasComments: Bool) -> [UInt8] {
        let all = [XLSXFormat()] + used
        // Number formats from 164, fonts, fills from 2 and borders, each numbered at first use.
        var numberFormats: [String: Int] = [:]
        var numberFormatOrder: [(Int, String)] = []
        var fonts: [FontKey: Int] = [:]
        var fontOrder: [XLSXFormat] = []
        var fills: [UInt32: Int] = [:]
        var fillOrder: [UInt32] = []
        var borders: [XLSXFormat.Border: Int] = [:]
        var borderOrder: [XLSXFormat.Border] = []
        var indices: [(numberFormat: Int, font: Int, fill: Int, border: Int)] = []
        for format in all {
            var numberFormat = 0
            if let code = format.numberFormat, !code.isEmpty {
                if let known = numberFormats[code] {
                    numberFormat = known
                } else {
                    numberFormat = 164 + numberFormats.count
                    numberFormats[code] = numberFormat
                    numberFormatOrder.append((numberFormat, code))
                }
            }
            let fontKey = FontKey(bold: format.bold, italic: format.italic, color: format.fontColor)
            let font =
                fonts[fontKey]
                ?? {
                    fonts[fontKey] = fontOrder.count
                    fontOrder.append(format)
                    return fontOrder.count - 1
                }()
            var fill = 0
            if let color = format.fillColor {
                fill =
                    fills[color.rgb]
                    ?? {
                        fills[color.rgb] = 2 + fillOrder.count
                        fillOrder.append(color.rgb)
                        return 1 + fillOrder.count
                    }()
            }
            let border =
                borders[format.bottomBorder]
                ?? {
                    borders[format.bottomBorder] = borderOrder.count
                    borderOrder.append(format.bottomBorder)
                    return borderOrder.count - 1
                }()
            indices.append((numberFormat, font, fill, border))
        }

        var xml = XMLBytes(capacity: 4096)
        xml.declaration()
        xml.raw("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        if !numberFormatOrder.isEmpty {
            xml.raw("<numFmts count=\"\(numberFormatOrder.count)\">")
            for (id, code) in numberFormatOrder {
                xml.raw("<numFmt numFmtId=\"\(id)\" formatCode=\"")
                xml.attribute(code)
                xml.raw("\"/>")
            }
            xml.raw("</numFmts>")
        }
        xml.raw("<fonts count=\"\(fontOrder.count + (hasComments ? 1 : 0))\">")
        for format in fontOrder {
            xml.raw("<font>")
            if format.bold { xml.raw("<b/>") }
            if format.italic { xml.raw("<i/>") }
            xml.raw("<sz val=\"11\"/>")
            if let color = format.fontColor {
                xml.raw("<color rgb=\"FF\(Self.hex(color.rgb))\"/>")
            } else {
                xml.raw("<color theme=\"1\"/>")
            }
            xml.raw("<name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>")
        }
        if hasComments {
            xml.raw("<font><sz val=\"8\"/><color indexed=\"81\"/><name val=\"Tahoma\"/><family val=\"2\"/></font>")
        }
        xml.raw("</fonts><fills count=\"\(2 + fillOrder.count)\">")
        xml.raw("<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>")
        for rgb in fillOrder {
            xml.raw(
                "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF\(Self.hex(rgb))\"/>"
                    + "<bgColor indexed=\"64\"/></patternFill></fill>")
        }
        xml.raw("</fills><borders count=\"\(borderOrder.count)\">")
        for border in borderOrder {
            xml.raw("<border><left/><right/><top/>")
            if let style = Self.borderStyle(border) {
                xml.raw("<bottom style=\"\(style)\"><color auto=\"1\"/></bottom>")
            } else {
                xml.raw("<bottom/>")
            }
            xml.raw("<diagonal/></border>")
        }
        xml.raw("</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>")
        xml.raw("</cellStyleXfs><cellXfs count=\"\(all.count)\">")
        for (format, index) in zip(all, indices) {
            xml.raw(
                "<xf numFmtId=\"\(index.numberFormat)\" fontId=\"\(index.font)\" fillId=\"\(index.fill)\""
                    + " borderId=\"\(index.border)\" xfId=\"0\"")
            if index.numberFormat > 0 { xml.raw(" applyNumberFormat=\"1\"") }
            if index.font > 0 { xml.raw(" applyFont=\"1\"") }
            if index.fill > 0 { xml.raw(" applyFill=\"1\"") }
            if index.border > 0 { xml.raw(" applyBorder=\"1\"") }
            var alignment = ""
            var horizontal = format.horizontalAlignment
            if format.indent > 0 && horizontal != .left && horizontal != .right { horizontal = .left }
            switch horizontal {
            case .general: break
            case .left: alignment += " horizontal=\"left\""
            case .center: alignment += " horizontal=\"center\""
            case .right: alignment += " horizontal=\"right\""
            case .centerAcrossSelection: alignment += " horizontal=\"centerContinuous\""
            }
            if format.indent > 0 { alignment += " indent=\"\(format.indent)\"" }
            if format.wrapText { alignment += " wrapText=\"1\"" }
            if alignment.isEmpty {
                xml.raw("/>")
            } else {
                xml.raw(" applyAlignment=\"1\"><alignment\(alignment)/></xf>")
            }
        }
        xml.raw(
            "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium9\""
                + " defaultPivotStyle=\"PivotStyleLight16\"/></styleSheet>")
        return xml.bytes
    }

    /// The font properties a format has (libxlsxwriter's font key: the rest is Calibri 11 for all).
    private struct FontKey: Hashable {
        var bold: Bool
        var italic: Bool
        var color: XLSXFormat.Color?
    }

    /// `rgb` as six upper-case hexadecimal digits.
    static func hex(_ rgb: UInt32) -> String {
        let digits = String(rgb, radix: 16, uppercase: true)
        return String(repeating: "0", count: 6 - digits.count) + digits
    }

    /// The border's name in the file; nil for none.
    private static func borderStyle(_ border: XLSXFormat.Border) -> String? {
        switch border {
        case .none: nil
        case .thin: "thin"
        case .medium: "medium"
        case .thick: "thick"
        case .double: "double"
        }
    }
}
