import CSVSupport

/// One data row of an input table, seen through its header: cells are looked up by schema column.
///
/// Valid only inside the row closure of `TableReader.read` (it points into the CSV reader's buffers).
struct TableRow {
    /// The underlying record.
    let record: CSVRecord
    /// The header's column positions.
    let header: HeaderMap
    /// The decimal mark of the file: `,` in a `;`-delimited file, else `.` (docs/INPUTS.md "Numbers").
    var decimalMark: Character { record.delimiter == UInt8(ascii: ";") ? "," : "." }

    /// The 1-based physical line where the row starts.
    var line: Int { record.line }

    /// The 1-based field number of a schema column, or nil when the file lacks it.
    func fieldNumber(_ column: Int) -> Int? { header.fieldIndex[column].map { $0 + 1 } }

    /// The cell of a schema column, or nil when the column is absent or the cell empty.
    func text(_ column: Int) -> String? {
        guard let index = header.fieldIndex[column], !record.isEmpty(index) else { return nil }
        return record.string(index)
    }

    /// The raw bytes of a schema column's cell, without decoding them; nil when the column is absent
    /// or the cell empty. Valid only while the row is.
    func bytes(_ column: Int) -> UnsafeRawBufferPointer? {
        guard let index = header.fieldIndex[column], !record.isEmpty(index) else { return nil }
        return record.unsafeBytes(index)
    }
}

/// Why a row was rejected: the schema column at fault (nil for the whole row), the problem and the cell.
struct RowRejection: Error {
    /// The schema column, or nil.
    var column: Int?
    /// What is wrong and what to do.
    var error: ValueError
    /// The offending cell, or nil.
    var value: String?
    /// The kind of problem when the reason carries particulars (a duplicate's first line), else nil.
    var category: String? = nil
}

extension TableRow {
    /// Reads a required cell through a parser; a missing or bad cell rejects the row.
    func required<T>(
        _ column: Int, _ schema: TableSchema, _ parse: (String) -> Result<T, ValueError>
    )
        throws(RowRejection) -> T
    {
        guard let text = text(column) else { throw Self.empty(column, schema) }
        return try parsed(column, schema, text, parse)
    }

    /// `required(_:_:_:)` through a cache of parse results keyed by the cell's bytes: a cell seen
    /// before in this file is neither decoded nor parsed again. `parse` must be a pure function of the text.
    func required<T>(
        _ column: Int, _ schema: TableSchema, cache: inout CellCache<Result<T, ValueError>>,
        _ parse: (String) -> Result<T, ValueError>
    ) throws(RowRejection) -> T {
        guard let index = header.fieldIndex[column], !record.isEmpty(index) else { throw Self.empty(column, schema) }
        return try cachedParse(index, column, schema, cache: &cache, parse)
    }

    /// `optional(_:_:_:)` through a cache of parse results keyed by the cell's bytes, like
    /// `required(_:_:cache:_:)`.
    func optional<T>(
        _ column: Int, _ schema: TableSchema, cache: inout CellCache<Result<T, ValueError>>,
        _ parse: (String) -> Result<T, ValueError>
    ) throws(RowRejection) -> T? {
        guard let index = header.fieldIndex[column], !record.isEmpty(index) else { return nil }
        return try cachedParse(index, column, schema, cache: &cache, parse)
    }

    /// The rejection for an empty required cell.
    private static func empty(_ column: Int, _ schema: TableSchema) -> RowRejection {
        let name = schema.columns[column].name
        return RowRejection(
            column: column, error: ValueError("\(name): empty", hint: "fill in the \(name) cell"), value: nil)
    }

    /// Parses field `index` (non-empty) through `cache`; a failure rejects the row as `parsed` does.
    private func cachedParse<T>(
        _ index: Int, _ column: Int, _ schema: TableSchema, cache: inout CellCache<Result<T, ValueError>>,
        _ parse: (String) -> Result<T, ValueError>
    ) throws(RowRejection) -> T {
        let bytes = record.unsafeBytes(index)
        let result: Result<T, ValueError>
        if let cached = cache.cached(bytes) {
            result = cached
        } else {
            result = parse(record.string(index))
            cache.insert(bytes, result)
        }
        switch result {
        case .success(let value):
            return value
        case .failure(let error):
            let named = ValueError("\(schema.columns[column].name): \(error.reason)", hint: error.hint)
            throw RowRejection(column: column, error: named, value: record.string(index))
        }
    }

    /// Reads an optional cell through a parser: nil when empty, a bad cell rejects the row.
    func optional<T>(
        _ column: Int, _ schema: TableSchema, _ parse: (String) -> Result<T, ValueError>
    )
        throws(RowRejection) -> T?
    {
        guard let text = text(column) else { return nil }
        return try parsed(column, schema, text, parse)
    }

    private func parsed<T>(
        _ column: Int, _ schema: TableSchema, _ text: String, _ parse: (String) -> Result<T, ValueError>
    ) throws(RowRejection) -> T {
        switch parse(text) {
        case .success(let value):
            return value
        case .failure(let error):
            let named = ValueError("\(schema.columns[column].name): \(error.reason)", hint: error.hint)
            throw RowRejection(column: column, error: named, value: text)
        }
    }
}
