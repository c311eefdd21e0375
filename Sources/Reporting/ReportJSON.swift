import Foundation

/// The JSON encoder of the commands' `--json` summaries: sorted keys, snake_case keys, pretty-printed,
/// slashes unescaped, so the same value always gives the same bytes (docs/METHOD.md "Outputs: general
/// rules"). The run folder's documents are written by ``JSONWriter`` in the same layout.
package enum ReportJSON {
    /// A configured encoder.
    package static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    /// Encodes a document as UTF-8 text ending in a newline.
    ///
    /// The documents hold strings, integers, booleans and rounded numbers only; the encoder throws
    /// for nothing else (it throws for non-finite `Double`s, and none reaches it), so a failure here
    /// is a programming error.
    package static func text<T: Encodable>(_ value: T) -> String {
        let data: Data
        do {
            data = try encoder().encode(value)
        } catch {
            preconditionFailure("a report document failed to encode: \(error)")
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
