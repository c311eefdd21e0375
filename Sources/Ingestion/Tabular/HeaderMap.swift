/// Where each schema column sits in a file, worked out from its header line (docs/INPUTS.md "Header").
///
/// A class, so the `TableRow` made for every data row shares one reference instead of copying four arrays.
final class HeaderMap: Sendable {
    /// For each schema column, its 0-based field index in the file, or nil when absent.
    let fieldIndex: [Int?]
    /// Number of fields in the header.
    let width: Int
    /// Header cells that match no column (as written), in file order.
    let unknown: [String]
    /// For each unknown cell, a column it looks like a misspelling of (and that the file lacks), or nil.
    let suggestions: [String?]
    /// Header cells naming national ID columns (as written), never read.
    let sensitive: [String]

    /// Maps a header; throws for a missing required column or a column given twice.
    init(header: [String], schema: TableSchema, path: String, line: Int) throws(IngestionError) {
        var indexes = [Int?](repeating: nil, count: schema.columns.count)
        var unknown: [String] = []
        var sensitive: [String] = []
        for (field, raw) in header.enumerated() {
            let folded = HeaderName.fold(raw)
            if TableSchema.sensitiveColumns.contains(folded) {
                sensitive.append(raw)
                continue
            }
            guard let column = schema.columns.firstIndex(where: { $0.matches(folded) }) else {
                if !folded.isEmpty { unknown.append(raw) }
                continue
            }
            if let first = indexes[column] {
                throw .duplicateColumn(
                    path: path, line: line, column: schema.columns[column].name, first: first + 1, second: field + 1)
            }
            indexes[column] = field
        }
        for (column, spec) in schema.columns.enumerated() where spec.required && indexes[column] == nil {
            let suggestion = unknown.first { Self.looksLike(HeaderName.fold($0), spec) }
            throw .missingColumn(
                path: path, line: line, column: spec.name, aliases: spec.aliases, suggestion: suggestion)
        }
        self.suggestions = unknown.map { raw in
            let folded = HeaderName.fold(raw)
            let free = schema.columns.indices.filter { indexes[$0] == nil }
            return free.first { Self.looksLike(folded, schema.columns[$0]) }.map { schema.columns[$0].name }
        }
        self.fieldIndex = indexes
        self.width = header.count
        self.unknown = unknown
        self.sensitive = sensitive
    }

    /// A misspelt header: within edit distance 2 of the column's name or an alias.
    private static func looksLike(_ folded: String, _ spec: ColumnSpec) -> Bool {
        ([spec.name] + spec.aliases).contains {
            KeySuggestion.editDistance(folded, $0) <= KeySuggestion.maximumDistance
        }
    }
}
