import CXLSXWriter

/// One libxlsxwriter format per distinct `XLSXFormat` of a workbook, made the first time it is used.
///
/// Formats are created in the order of first use, never by walking the dictionary, so a workbook written
/// twice the same way numbers its styles the same way. The formats belong to the workbook and are freed
/// with it.
struct FormatCache {
    /// libxlsxwriter's longest number format, in UTF-8 bytes (`LXW_FORMAT_FIELD_LEN` less the NUL).
    static let maximumNumberFormatBytes = 127

    /// The formats made so far.
    private var formats: [XLSXFormat: UnsafeMutablePointer<lxw_format>] = [:]
    /// The format asked for last: a column of cells mostly repeats it, and comparing beats hashing.
    private var last: (format: XLSXFormat, pointer: UnsafeMutablePointer<lxw_format>?) = (XLSXFormat(), nil)

    /// The number of distinct formats made so far.
    var count: Int { formats.count }

    /// The libxlsxwriter format for `format`, made on first use; nil for the default style.
    mutating func pointer(
        for format: XLSXFormat, in workbook: UnsafeMutablePointer<lxw_workbook>, path: String
    ) throws -> UnsafeMutablePointer<lxw_format>? {
        if format == last.format { return last.pointer }
        if format.isDefault { return nil }
        if let made = formats[format] {
            last = (format, made)
            return made
        }
        try Self.validate(format, path: path)
        guard let made = workbook_add_format(workbook) else {
            throw LibXLSX.error(LXW_ERROR_MEMORY_MALLOC_FAILED, path: path, operation: "add a cell format")
        }
        try Self.apply(format, to: made, path: path)
        formats[format] = made
        last = (format, made)
        return made
    }

    /// Throws when libxlsxwriter would cut `format`'s number format short or clamp its indent.
    private static func validate(_ format: XLSXFormat, path: String) throws {
        if let code = format.numberFormat, code.utf8.count > maximumNumberFormatBytes {
            throw XLSXError.invalidFormat(
                path: path, format: format.description,
                reason: "the number format has \(code.utf8.count) UTF-8 bytes; libxlsxwriter keeps"
                    + " \(maximumNumberFormatBytes) — use a shorter number format")
        }
        guard (0...XLSXFormat.maximumIndent).contains(format.indent) else {
            throw XLSXError.invalidFormat(
                path: path, format: format.description,
                reason: "indent \(format.indent) is not between 0 and \(XLSXFormat.maximumIndent)"
                    + " — use an indent in that range")
        }
    }

    /// Sets every non-default property of `format` on the libxlsxwriter format `target`.
    private static func apply(_ format: XLSXFormat, to target: UnsafeMutablePointer<lxw_format>, path: String) throws {
        if let code = format.numberFormat {
            try LibXLSX.withCString(code, path: path, field: "the number format of \(format)") {
                format_set_num_format(target, $0)
            }
        }
        if format.bold { format_set_bold(target) }
        if format.italic { format_set_italic(target) }
        if format.wrapText { format_set_text_wrap(target) }
        if let alignment = alignment(format.horizontalAlignment) { format_set_align(target, alignment) }
        if format.indent > 0 { format_set_indent(target, UInt8(format.indent)) }
        if let color = format.fontColor { format_set_font_color(target, colorValue(color)) }
        if let color = format.fillColor {
            format_set_pattern(target, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(target, colorValue(color))
        }
        if let border = border(format.bottomBorder) { format_set_bottom(target, border) }
    }

    /// libxlsxwriter's colour for `color`: 0 means "unset" there, so black is `LXW_COLOR_BLACK`.
    private static func colorValue(_ color: XLSXFormat.Color) -> lxw_color_t {
        color.rgb == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : lxw_color_t(color.rgb)
    }

    /// libxlsxwriter's `LXW_ALIGN_*` for `alignment`; nil for the default.
    private static func alignment(_ alignment: XLSXFormat.HorizontalAlignment) -> UInt8? {
        switch alignment {
        case .general: nil
        case .left: UInt8(LXW_ALIGN_LEFT.rawValue)
        case .center: UInt8(LXW_ALIGN_CENTER.rawValue)
        case .right: UInt8(LXW_ALIGN_RIGHT.rawValue)
        case .centerAcrossSelection: UInt8(LXW_ALIGN_CENTER_ACROSS.rawValue)
        }
    }

    /// libxlsxwriter's `LXW_BORDER_*` for `border`; nil for none.
    private static func border(_ border: XLSXFormat.Border) -> UInt8? {
        switch border {
        case .none: nil
        case .thin: UInt8(LXW_BORDER_THIN.rawValue)
        case .medium: UInt8(LXW_BORDER_MEDIUM.rawValue)
        case .thick: UInt8(LXW_BORDER_THICK.rawValue)
        case .double: UInt8(LXW_BORDER_DOUBLE.rawValue)
        }
    }
}
