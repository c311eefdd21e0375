import Foundation

/// The one JSON encoder every output uses: sorted keys, snake_case, pretty-printed, so the same
/// value always gives the same bytes.
enum JSONOutput {
    /// A configured encoder.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    /// Encodes a value as UTF-8 text ending in a newline.
    static func text<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self) + "\n"
    }
}
