/// One column an input table knows: its canonical name, the aliases planners' files use, and
/// whether the file must have it (the column tables of docs/INPUTS.md).
package struct ColumnSpec: Sendable, Equatable {
    /// The canonical, folded name (`kode_kecamatan`).
    package var name: String
    /// Other folded names accepted for it.
    package var aliases: [String]
    /// A file without this column is a fatal error.
    package var required: Bool
    /// What its cells look like: a rejected cell of another look is described, not shown.
    package var shape: CellShape

    /// Creates a column spec; names are folded like headers so specs can be written naturally.
    package init(_ name: String, aliases: [String] = [], required: Bool = false, shape: CellShape = .any) {
        self.name = HeaderName.fold(name)
        self.aliases = aliases.map(HeaderName.fold)
        self.required = required
        self.shape = shape
    }

    /// True when a folded header cell names this column.
    func matches(_ folded: String) -> Bool { folded == name || aliases.contains(folded) }
}

/// The columns of one input table; a column's position in `columns` is its identity.
package struct TableSchema: Sendable {
    /// Columns of national ID numbers: recognised so they are never decoded, never shown (docs/INPUTS.md "Roster").
    package static let sensitiveColumns: Set<String> = ["nik", "no_ktp"]

    /// The columns, in the order readers refer to them.
    package var columns: [ColumnSpec]

    /// Creates a schema.
    package init(_ columns: [ColumnSpec]) { self.columns = columns }
}
