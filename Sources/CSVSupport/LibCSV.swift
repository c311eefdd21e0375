import CCSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

/// libcsv's field buffer, bounded (docs/INPUTS.md "Bounds").
///
/// libcsv holds the field it is parsing in one buffer that it grows, `blk_size` bytes at a time, through its
/// `realloc_func` until the field ends; a cell of 50 MB would cost 50 MB. ``reallocate`` refuses to grow it
/// beyond ``capacity``: libcsv then halves its step down to one byte, and when even that is refused stops with
/// `CSV_ENOMEM`, the buffer then ``capacity`` bytes (the halved steps reach it exactly). `RecordParser` tells
/// that stop from a real lack of memory by the buffer's size (docs/METHOD.md "Interpretations" 39).
enum LibCSVFieldBuffer {
    /// The longest cell libcsv is let to hold; a longer one is the file's fatal error
    /// (`CSVError.cellTooLong`).
    static let maximumCellBytes = CSVReader.maximumCellBytes
    /// The step libcsv grows its buffer by (`csv_set_blk_size`; libcsv's own default).
    static let blockSize = 128
    /// The largest buffer granted: two bytes more than the longest cell. libcsv grows a full buffer before it
    /// takes the next byte, even the delimiter or line end that closes the cell, and holds a quoted cell's
    /// closing quote in it until it knows the quote is not doubled (measured: with `n` here, an unquoted cell of
    /// `n - 1` bytes is read and one of `n` stops the parse; a quoted one, `n - 2` and `n - 1`). So every cell of
    /// ``maximumCellBytes`` bytes fits, and `RecordCollector` refuses the one or two bytes longer that reach it.
    static let capacity = maximumCellBytes + 2

    /// libcsv's `realloc_func`: `realloc`, but nil (as out of memory) for more than ``capacity`` bytes. libcsv
    /// frees the buffer with its own `free_func`, the C library's `free`, which fits `realloc`.
    static let reallocate: @convention(c) (UnsafeMutableRawPointer?, Int) -> UnsafeMutableRawPointer? = {
        pointer, size in
        guard size <= LibCSVFieldBuffer.capacity else { return nil }
        return realloc(pointer, size)
    }

    /// Bounds `parser`'s field buffer.
    static func bound(_ parser: inout csv_parser) {
        csv_set_blk_size(&parser, blockSize)
        csv_set_realloc_func(&parser, reallocate)
    }

    /// Whether `parser` stopped with `CSV_ENOMEM` because a field reached ``capacity``, not for want of memory.
    static func isFull(_ parser: inout csv_parser) -> Bool {
        parser.entry_size >= capacity
    }
}
