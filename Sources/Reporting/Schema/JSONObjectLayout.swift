/// The JSON object of one record: its columns' key paths grouped into nested objects and sorted by
/// key once, when the layout is made, so writing a row is a walk over a fixed list.
public struct JSONObjectLayout<Row>: Sendable {
    /// One member of an object: a column's value, or a nested object.
    indirect enum Member: Sendable {
        case value(key: [UInt8], column: OutputColumn<Row>)
        case object(key: [UInt8], members: [Member])
    }

    /// The members of the top object, sorted by key.
    let members: [Member]

    /// Lays out `columns` by their ``OutputColumn/jsonPath``.
    init(_ columns: [OutputColumn<Row>]) {
        members = Self.group(columns.map { (path: $0.jsonPath[...], column: $0) })
    }

    /// Writes `row` as one object (the caller writes the key or array position before it), with
    /// `extra` members merged in key order (a kecamatan's nested `years`, written by the caller).
    public func write<Sink>(
        _ row: Row, to writer: inout JSONWriter<Sink>,
        extra: [(key: String, write: (inout JSONWriter<Sink>) -> Void)] = []
    ) {
        writer.beginObject()
        for member in members { Self.write(member, row, to: &writer) }
        writer.endObject()
    }

    private static func write<Sink>(_ member: Member, _ row: Row, to writer: inout JSONWriter<Sink>) {
        switch member {
        case .value(let key, let column):
            writer.key(encoded: key)
            writer.figure(column.value(row), kind: column.kind)
        case .object(let key, let members):
            writer.key(encoded: key)
            writer.beginObject()
            for inner in members { write(inner, row, to: &writer) }
            writer.endObject()
        }
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
