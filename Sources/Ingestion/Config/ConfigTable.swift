import TOMLKit

/// One TOML table of the plan config, read key by key with typed errors that name the full dotted key.
///
/// Every table is checked against the keys it knows before anything is read, so a typo is an error, never a
/// silent fall-back to a default (docs/INPUTS.md "Plan config").
struct ConfigTable {
    /// The config file, for messages.
    let path: String
    /// The table's dotted key (`norms.PSM`, `modules[2]`), empty for the document itself.
    let key: String
    let table: TOMLTable

    /// The full dotted name of `name` in this table.
    func qualified(_ name: String) -> String {
        key.isEmpty ? name : "\(key).\(name)"
    }

    /// The table's keys in a stable (sorted) order.
    var keys: [String] { table.keys.sorted() }

    /// Throws `unknownKey` for the first key (in sorted order) that is not in `known`.
    func rejectUnknownKeys(_ known: [String]) throws(ConfigError) {
        for name in keys where !known.contains(name) {
            let suggestion = KeySuggestion.closest(to: name, among: known).map(qualified)
            throw .unknownKey(path: path, key: qualified(name), suggestion: suggestion)
        }
    }

    /// A number (TOML integer or float), finite; nil when absent.
    func double(_ name: String) throws(ConfigError) -> Double? {
        guard let value = table[name] else { return nil }
        let number: Double
        if let int = value.int {
            number = Double(int)
        } else if let double = value.double {
            number = double
        } else {
            throw wrongType(name, expected: "a number", value: value)
        }
        guard number.isFinite else {
            throw .invalidValue(
                path: path, key: qualified(name), reason: "is \(number)", hint: "give a finite number")
        }
        return number
    }

    /// A TOML integer; nil when absent.
    func int(_ name: String) throws(ConfigError) -> Int? {
        guard let value = table[name] else { return nil }
        guard let int = value.int else { throw wrongType(name, expected: "an integer", value: value) }
        return int
    }

    /// A TOML boolean; nil when absent.
    func bool(_ name: String) throws(ConfigError) -> Bool? {
        guard let value = table[name] else { return nil }
        guard let bool = value.bool else { throw wrongType(name, expected: "true or false", value: value) }
        return bool
    }

    /// A TOML string; nil when absent.
    func string(_ name: String) throws(ConfigError) -> String? {
        guard let value = table[name] else { return nil }
        guard let string = value.string else { throw wrongType(name, expected: "a string", value: value) }
        try checkText(string, key: qualified(name))
        return string
    }

    /// Refuses a string holding a control character (TOML's `\u0000` escapes can put one there): names and
    /// file names are one line of text, and a workbook cannot hold a NUL.
    func checkText(_ text: String, key: String) throws(ConfigError) {
        guard let control = CellText.firstControl(text) else { return }
        throw .invalidValue(
            path: path, key: key, reason: "holds the control character \(CellText.codePoint(control))",
            hint: "remove it: names and file names are one line of plain text")
    }

    /// An array of strings; nil when absent.
    func strings(_ name: String) throws(ConfigError) -> [String]? {
        guard let value = table[name] else { return nil }
        guard let array = value.array else { throw wrongType(name, expected: "an array of strings", value: value) }
        var strings: [String] = []
        for (index, element) in array.enumerated() {
            guard let string = element.string else {
                throw .wrongType(
                    path: path, key: "\(qualified(name))[\(index + 1)]", expected: "a string",
                    found: Self.describe(element.type))
            }
            try checkText(string, key: "\(qualified(name))[\(index + 1)]")
            strings.append(string)
        }
        return strings
    }

    /// A sub-table (`[a.b]` or an inline `{ … }`); nil when absent.
    func table(_ name: String) throws(ConfigError) -> ConfigTable? {
        guard let value = table[name] else { return nil }
        guard let sub = value.table else { throw wrongType(name, expected: "a table", value: value) }
        return ConfigTable(path: path, key: qualified(name), table: sub)
    }

    /// An array of tables (`[[name]]`), each keyed `name[n]` counting from 1; nil when absent.
    func tables(_ name: String) throws(ConfigError) -> [ConfigTable]? {
        guard let value = table[name] else { return nil }
        guard let array = value.array else { throw wrongType(name, expected: "an array of tables", value: value) }
        var tables: [ConfigTable] = []
        for (index, element) in array.enumerated() {
            let elementKey = "\(qualified(name))[\(index + 1)]"
            guard let sub = element.table else {
                throw .wrongType(path: path, key: elementKey, expected: "a table", found: Self.describe(element.type))
            }
            tables.append(ConfigTable(path: path, key: elementKey, table: sub))
        }
        return tables
    }

    /// The raw value of `name`, for keys that accept more than one type.
    func value(_ name: String) -> TOMLValueConvertible? { table[name] }

    /// A `wrongType` error for `name`.
    func wrongType(_ name: String, expected: String, value: TOMLValueConvertible) -> ConfigError {
        .wrongType(path: path, key: qualified(name), expected: expected, found: Self.describe(value.type))
    }

    /// An `invalidValue` error for `name`.
    func invalid(_ name: String, _ reason: String, hint: String) -> ConfigError {
        .invalidValue(path: path, key: qualified(name), reason: reason, hint: hint)
    }

    /// A TOML type as a planner would name it, with its article.
    static func describe(_ type: TOMLType) -> String {
        switch type {
        case .table: "a table"
        case .array: "an array"
        case .string: "a string"
        case .int: "an integer"
        case .double: "a decimal number"
        case .bool: "a boolean"
        case .date: "a date"
        case .time: "a time"
        case .dateTime: "a date-time"
        }
    }
}
