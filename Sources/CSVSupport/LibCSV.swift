import CCSV

/// libcsv's option flags (`csv_init`), as a Swift option set.
struct LibCSVOptions: OptionSet {
    let rawValue: UInt8

    /// `CSV_STRICT`: a quote inside an unquoted field, or text after a closing quote, is an error.
    static let strict = LibCSVOptions(rawValue: UInt8(CSV_STRICT))
    /// `CSV_STRICT_FINI`: an unterminated quote at `csv_fini` is an error (only with `strict`).
    static let strictFini = LibCSVOptions(rawValue: UInt8(CSV_STRICT_FINI))
    /// `CSV_REPALL_NL`: every CR and LF outside a field reaches the row callback, so blank lines count.
    static let reportAllNewlines = LibCSVOptions(rawValue: UInt8(CSV_REPALL_NL))
}

/// libcsv's error codes (`csv_error`), as a Swift status.
enum LibCSVStatus: Equatable {
    /// `CSV_SUCCESS`.
    case success
    /// `CSV_EPARSE`: malformed quoting under strict checking.
    case parse
    /// `CSV_ENOMEM`: out of memory.
    case noMemory
    /// `CSV_ETOOBIG`: a field too large for `size_t`.
    case tooBig
    /// `CSV_EINVALID`, or a code this wrapper does not know.
    case invalid(Int32)

    /// The status for a `csv_error` code.
    init(_ code: Int32) {
        switch code {
        case CSV_SUCCESS: self = .success
        case CSV_EPARSE: self = .parse
        case CSV_ENOMEM: self = .noMemory
        case CSV_ETOOBIG: self = .tooBig
        default: self = .invalid(code)
        }
    }

    /// The status of `parser`'s last operation.
    init(of parser: inout csv_parser) { self.init(csv_error(&parser)) }

    /// libcsv's own words for it (`csv_strerror`).
    var message: String {
        let code: Int32 =
            switch self {
            case .success: CSV_SUCCESS
            case .parse: CSV_EPARSE
            case .noMemory: CSV_ENOMEM
            case .tooBig: CSV_ETOOBIG
            case .invalid(let code): code
            }
        return String(cString: csv_strerror(code))
    }
}
