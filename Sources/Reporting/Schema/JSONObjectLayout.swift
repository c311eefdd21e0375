/// The JSON object of one record: its columns' key paths grouped into nested objects and sorted by
/// key once, when the layout is made, so writing a row is a walk over a fixed list.
package struct JSONObjectLayout<Row>: Sendable {
    /// One member of an object: a column's value, or a nested object.
    indirect enum Member: Sendable {
        case value(key: [UInt8], column: OutputColumn<Row>)
        case object(key: [UInt8], members: [Member])
    }

    /// The members of the top object, sorted by key.
    let members: [Member]

    /// One step of writing a row, the members flattened in writing order.
    enum Step: Sendable {
        /// The key `keys[index]` and the value of column `index`.
        case value(Int)
        /// The key `keys[index]` and the opening of a nested object.
        case open(Int)
        /// The end of a nested object.
        case close
    }

    /// The steps of one row, in order (the top object's braces excluded).
    let steps: [Step]
    /// The encoded keys the steps name.
    let keys: [[UInt8]]
    /// The kinds of the columns the steps name (unused for a nested object's key).
    let kinds: [FigureKind]
    /// The value accessors of the columns the steps name (unused for a nested object's key).
    let values: [@Sendable (Row) -> FigureValue]

    /// Lays out `columns` by their ``OutputColumn/jsonPath``.
    init(_ columns: [OutputColumn<Row>]) {
        members = Self.group(columns.map { (path: $0.jsonPath[...], column: $0) })
        var steps: [Step] = []
        var keys: [[UInt8]] = []
        var kinds: [FigureKind] = []
        var values: [@Sendable (Row) -> FigureValue] = []
        func flatten(_ members: [Member]) {
            for member in members {
                switch member {
                case .value(let key, let column):
                    steps.append(.value(keys.count))
                    keys.append(key)
                    kinds.append(column.kind)
                    values.append(column.value)
                case .object(let key, let inner):
                    steps.append(.open(keys.count))
                    keys.append(key)
                    kinds.append(.text)
                    values.append { _ in .missing }
                    flatten(inner)
                    steps.append(.close)
                }
            }
        }
        flatten(members)
        self.steps = steps
        self.keys = keys
        self.kinds = kinds
        self.values = values
    }

    /// Writes `row` as one object (the caller writes the key or array position before it), with
    /// `extra` members merged in key order (a kecamatan's nested `years`, written by the caller).
    package func write<Sink>(
        _ row: Row, to writer: inout JSONWriter<Sink>,
        extra: [(key: String, write: (inout JSONWriter<Sink>) -> Void)] = []
    ) {
        writer.beginObject()
        for step in steps {
            switch step {
            case .value(let index):
                writer.key(encoded: keys[index])
                writer.figure(values[index](row), kind: kinds[index])
            case .open(let index):
                writer.key(encoded: keys[index])
                writer.beginObject()
            case .close:
                writer.endObject()
            }
        }
        writer.endObject()
    }

    /// Groups columns by the first key of their remaining path, sorted by key.
    private static func group(_ entries: [(path: ArraySlice<String>, column: OutputColumn<Row>)]) -> [Member] {
        var order: [String] = []
        var byKey: [String: [(path: ArraySlice<String>, column: OutputColumn<Row>)]] = [:]
        for entry in entries {
            guard let first = entry.path.first else { continue }
            if byKey[first] == nil { order.append(first) }
            byKey[first, default: []].append((entry.path.dropFirst(), entry.column))
        }
        return order.sorted().map { key in
            let group = byKey[key, default: []]
            let encoded = JSONWriter<ByteBuffer>.encodedKey(key)
            if group.count == 1, group[0].path.isEmpty { return .value(key: encoded, column: group[0].column) }
            return .object(key: encoded, members: Self.group(group))
        }
    }
}
