/// HTML escaping for `brief.html` (`HTMLRenderer` writes the brief's blocks as HTML).
enum HTMLText {
    /// `text` safe in element content and in double-quoted attribute values.
    static func escape(_ text: String) -> String {
        // Most texts hold none of the five: returned as they are, without walking their characters.
        guard text.utf8.contains(where: Self.mayNeedEscape) else { return text }
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Whether `byte` is `&`, `<`, `>`, `"` or `'`: a text without one needs no escaping.
    private static func mayNeedEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }
}
