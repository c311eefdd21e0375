/// A block of the brief: what `MarkdownRenderer` writes as Markdown lines and `HTMLRenderer` as
/// HTML elements, so `brief.md` and `brief.html` say the same thing from the same model.
package enum Block: Sendable, Equatable {
    /// Column alignment in a table.
    package enum Alignment: Sendable, Equatable {
        /// Text columns.
        case left
        /// Number columns.
        case right
    }

    /// A heading, level 1 (the title) to 6.
    case heading(Int, RichText)
    /// A paragraph.
    case paragraph(RichText)
    /// A paragraph set apart in italics: a footnote or an aside.
    case note(RichText)
    /// A bulleted list, one text per item.
    case list([RichText])
    /// A table: one header cell and one alignment per column, then the rows.
    case table(header: [RichText], alignments: [Alignment], rows: [[RichText]])
    /// HTML lines for `brief.html` only (figures, cards); the Markdown brief leaves them out.
    case html([String])

    /// Whether the block is a table or a list (what an introducing paragraph is kept with).
    var isTableOrList: Bool {
        switch self {
        case .table, .list: true
        case .heading, .paragraph, .note, .html: false
        }
    }
}
