/// How a cell looks: number format, font, alignment, fill and bottom border, as a plain value.
///
/// Callers pass values; the workbook makes one cell style per distinct value, the first time it
/// is used, so equal values share one style in `xl/styles.xml`. `XLSXFormat()` is Excel's default style.
package struct XLSXFormat: Hashable, Sendable, CustomStringConvertible {
    /// Horizontal alignment of the cell's content.
    package enum HorizontalAlignment: Hashable, Sendable {
        /// Excel's default: text to the left, numbers to the right.
        case general
        /// Left-aligned.
        case left
        /// Centred in the cell.
        case center
        /// Right-aligned.
        case right
        /// Centred across the selection: a title over blank cells to its right, without merging.
        case centerAcrossSelection
    }

    /// The style of a cell border line.
    package enum Border: Hashable, Sendable {
        /// No line.
        case none
        /// A thin line.
        case thin
        /// A medium line.
        case medium
        /// A thick line.
        case thick
        /// A double line.
        case double
    }

    /// An RGB colour, such as `Color(rgb: 0x1F4E79)`.
    package struct Color: Hashable, Sendable {
        /// The colour as 0xRRGGBB.
        package let rgb: UInt32

        /// The colour 0xRRGGBB; bits above the lowest 24 are ignored.
        package init(rgb: UInt32) { self.rgb = rgb & 0xFF_FFFF }

        /// The colour with these red, green and blue components.
        package init(red: UInt8, green: UInt8, blue: UInt8) {
            self.init(rgb: UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue))
        }
    }

    /// Excel's number format code, such as `#,##0`, `0.00`, `0.000000` or `0.0%`; nil is `General`.
    ///
    /// At most 127 UTF-8 bytes, as libxlsxwriter kept; a longer code is an error, not cut short.
    package var numberFormat: String?
    /// Bold font.
    package var bold: Bool
    /// Italic font.
    package var italic: Bool
    /// Wrap text onto several lines within the cell's width.
    package var wrapText: Bool
    /// Horizontal alignment.
    package var horizontalAlignment: HorizontalAlignment
    /// Indent level, 0 to 15 (each level is about one character's width); Excel applies it to left- or
    /// right-aligned cells.
    package var indent: Int
    /// Font colour; nil is Excel's automatic colour.
    package var fontColor: Color?
    /// Solid background fill; nil is no fill.
    package var fillColor: Color?
    /// The line under the cell.
    package var bottomBorder: Border

    /// The largest indent level this API accepts.
    package static let maximumIndent = 15

    /// Creates a format; every argument left out keeps Excel's default.
    package init(
        numberFormat: String? = nil, bold: Bool = false, italic: Bool = false, wrapText: Bool = false,
        horizontalAlignment: HorizontalAlignment = .general, indent: Int = 0, fontColor: Color? = nil,
        fillColor: Color? = nil, bottomBorder: Border = .none
    ) {
        self.numberFormat = numberFormat
        self.bold = bold
        self.italic = italic
        self.wrapText = wrapText
        self.horizontalAlignment = horizontalAlignment
        self.indent = indent
        self.fontColor = fontColor
        self.fillColor = fillColor
        self.bottomBorder = bottomBorder
    }

    /// Whether this is Excel's default style, written without a format.
    package var isDefault: Bool { self == XLSXFormat() }

    /// The properties that differ from the default, for error messages, such as `[numberFormat "0.0%", bold]`.
    package var description: String {
        var parts: [String] = []
        if let numberFormat { parts.append("numberFormat \"\(numberFormat)\"") }
        if bold { parts.append("bold") }
        if italic { parts.append("italic") }
        if wrapText { parts.append("wrapText") }
        if horizontalAlignment != .general { parts.append("horizontalAlignment \(horizontalAlignment)") }
        if indent != 0 { parts.append("indent \(indent)") }
        if let fontColor { parts.append("fontColor \(Self.hex(fontColor))") }
        if let fillColor { parts.append("fillColor \(Self.hex(fillColor))") }
        if bottomBorder != .none { parts.append("bottomBorder \(bottomBorder)") }
        return "[" + parts.joined(separator: ", ") + "]"
    }

    /// `color` as `#RRGGBB`.
    private static func hex(_ color: Color) -> String {
        let digits = String(color.rgb, radix: 16, uppercase: true)
        return "#" + String(repeating: "0", count: 6 - digits.count) + digits
    }
}
