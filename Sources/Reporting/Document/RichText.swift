/// A line of the brief's text as spans: plain text (data, escaped by every renderer), code,
/// strong and emphasis. Written as a string literal with interpolations: interpolated strings and
/// values are plain text, `\(code: "priorities.csv")`, `\(strong: …)` and `\(emphasis: …)` make
/// the other spans, and `\(rich)` splices in another `RichText`.
public struct RichText: Sendable, Equatable, ExpressibleByStringInterpolation {
    /// One run of text.
    public enum Span: Sendable, Equatable {
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
    public private(set) var spans: [Span]

    /// The text of these spans.
    public init(_ spans: [Span] = []) {
        self.spans = []
        for span in spans { append(span) }
    }

    /// Plain text.
    public init(stringLiteral value: String) {
        self.init([.text(value)])
    }

    /// Plain text: data, never markup.
    public init(_ text: String) {
        self.init([.text(text)])
    }

    /// The spans written by the interpolation.
    public init(stringInterpolation: Interpolation) {
        self.init(stringInterpolation.spans)
    }

    /// True when there is no text at all.
    public var isEmpty: Bool { spans.isEmpty }

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
    public static func + (lhs: RichText, rhs: RichText) -> RichText {
        RichText(lhs.spans + rhs.spans)
    }

    /// Builds a `RichText` from a string literal with interpolations.
    public struct Interpolation: StringInterpolationProtocol {
        /// The spans so far.
        var spans: [Span] = []

        /// An empty interpolation.
        public init(literalCapacity: Int, interpolationCount: Int) {}

        /// The literal parts, as plain text.
        public mutating func appendLiteral(_ literal: String) { spans.append(.text(literal)) }

        /// A string, as plain text.
        public mutating func appendInterpolation(_ text: String) { spans.append(.text(text)) }

        /// A value's description, as plain text.
        public mutating func appendInterpolation<Value: CustomStringConvertible>(_ value: Value) {
            spans.append(.text(value.description))
        }

        /// Another text's spans.
        public mutating func appendInterpolation(_ text: RichText) { spans += text.spans }

        /// A code span.
        public mutating func appendInterpolation(code: String) { spans.append(.code(code)) }

        /// A strong span.
        public mutating func appendInterpolation(strong: RichText) { spans.append(.strong(strong)) }

        /// An emphasised span.
        public mutating func appendInterpolation(emphasis: RichText) { spans.append(.emphasis(emphasis)) }
    }
}

extension Array where Element == RichText {
    /// The texts one after the other with `separator` between them.
    public func joined(separator: RichText) -> RichText {
        var joined = RichText()
        for (index, text) in enumerated() {
            joined = index == 0 ? text : joined + separator + text
        }
        return joined
    }
}
