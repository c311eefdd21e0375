/// A line of the brief's text as spans: plain text (data, escaped by every renderer), code,
/// strong and emphasis. Written as a string literal with interpolations: interpolated strings and
/// values are plain text, `\(code: "priorities.csv")`, `\(strong: …)` and `\(emphasis: …)` make
/// the other spans, and `\(rich)` splices in another `RichText`.
package struct RichText: Sendable, Equatable, ExpressibleByStringInterpolation {
    /// One run of text.
    package enum Span: Sendable, Equatable {
        /// Text taken literally: never markup, whatever characters it holds.
        case text(String)
        /// Code (a file name, a column, a command), taken literally.
        case code(String)
        /// Strong text.
        case strong(RichText)
        /// Emphasised text.
        case emphasis(RichText)
    }

    /// The spans, in order; adjacent plain texts are merged.
    package private(set) var spans: [Span]

    /// The text of these spans.
    package init(_ spans: [Span] = []) {
        self.spans = []
        for span in spans { append(span) }
    }

    /// Plain text.
    package init(stringLiteral value: String) {
        self.init([.text(value)])
    }

    /// Plain text: data, never markup.
    package init(_ text: String) {
        self.init([.text(text)])
    }

    /// The spans written by the interpolation.
    package init(stringInterpolation: Interpolation) {
        self.init(stringInterpolation.spans)
    }

    /// True when there is no text at all.
    package var isEmpty: Bool { spans.isEmpty }

    /// Appends a span, merging plain text with plain text before it; empty plain text is dropped.
    mutating func append(_ span: Span) {
        if case .text(let text) = span {
            guard !text.isEmpty else { return }
            if case .text(let previous) = spans.last {
                spans[spans.count - 1] = .text(previous + text)
                return
            }
        }
        spans.append(span)
    }

    /// The two texts one after the other.
    package static func + (lhs: RichText, rhs: RichText) -> RichText {
        RichText(lhs.spans + rhs.spans)
    }

    /// Builds a `RichText` from a string literal with interpolations.
    package struct Interpolation: StringInterpolationProtocol {
        /// The spans so far.
        var spans: [Span] = []

        /// An empty interpolation.
        package init(literalCapacity: Int, interpolationCount: Int) {}

        /// The literal parts, as plain text.
        package mutating func appendLiteral(_ literal: String) { spans.append(.text(literal)) }

        /// A string, as plain text.
        package mutating func appendInterpolation(_ text: String) { spans.append(.text(text)) }

        /// A value's description, as plain text.
        package mutating func appendInterpolation<Value: CustomStringConvertible>(_ value: Value) {
            spans.append(.text(value.description))
        }

        /// Another text's spans.
        package mutating func appendInterpolation(_ text: RichText) { spans += text.spans }

        /// A code span.
        package mutating func appendInterpolation(code: String) { spans.append(.code(code)) }

        /// A strong span.
        package mutating func appendInterpolation(strong: RichText) { spans.append(.strong(strong)) }

        /// An emphasised span.
        package mutating func appendInterpolation(emphasis: RichText) { spans.append(.emphasis(emphasis)) }
    }
}

extension Array where Element == RichText {
    /// The texts one after the other with `separator` between them.
    package func joined(separator: RichText) -> RichText {
        var joined = RichText()
        for (index, text) in enumerated() {
            joined = index == 0 ? text : joined + separator + text
        }
        return joined
    }
}
