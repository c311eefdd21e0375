import CSVSupport
import Dispatch

/// Reads the worker roster (docs/INPUTS.md "Roster"): one row per worker, with a column per training module.
///
/// `nama` is recognised but never decoded unless `keepNames` is set (`--with-names`); `nik` and `no_ktp` are never decoded either. A rejected
/// row shows only the offending cell.
struct RosterReader {
    fileprivate enum Column: Int, CaseIterable {
        case id, nama, peran, kode, status, tahunMulai
    }

    /// The fixed columns followed by one column per module (its id, or `pelatihan_` + id).
    static func schema(moduleIDs: [String]) -> TableSchema {
        TableSchema(
            [
                ColumnSpec("id", aliases: ["id_pekerja", "worker_id", "no"], required: true, shape: .identifier),
                ColumnSpec("nama", aliases: ["name"], shape: .hidden),
                ColumnSpec("peran", aliases: ["role", "jabatan"], required: true, shape: .word),
                ColumnSpec(
                    "kode_kecamatan", aliases: ["kode", "kode_wilayah", "kd_kec", "district_code"], required: true,
                    shape: .code),
                ColumnSpec("status", aliases: ["aktif", "active"], shape: .word),
                ColumnSpec("tahun_mulai", aliases: ["start_year"], shape: .year),
            ] + moduleIDs.map { ColumnSpec($0, aliases: ["pelatihan_" + $0], shape: .date) })
    }

    /// The config's module ids.
    let moduleIDs: [String]
    /// Codes must be known (master list, or population data without one).
    let resolver: KecamatanResolver
    /// Completion years after this are rejected (docs/INPUTS.md "Roster"); the run's "now" is an input.
    let currentYear: Int
    /// A forced delimiter, or nil.
    let delimiter: UInt8?
    /// Decode and keep `nama` (only for `training_needs.csv --with-names`).
    var keepNames = false
    /// Compute the file's SHA-256 in the pass that checks its encoding (`CSVReadSummary.sha256`), for the manifest.
    var hashing = false
    /// Files of at least this many bytes are parsed in two parts on two threads, cut near the middle;
    /// nil never cuts. `splitOffset`, when set, cuts there instead (tests), whatever the size.
    var parallelThreshold: Int? = 4 << 20
    /// A cut at or after this offset instead of the middle (tests: borders at every kind of place).
    var splitOffset: Int?

    /// Reads the roster file.
    func read(_ path: String) -> (RosterTable, FileReport) {
        let (table, report, _) = readCountingParts(path)
        return (table, report)
    }

    /// `read(_:)`, also telling in how many parts the file was parsed (1 or 2), for tests.
    func readCountingParts(_ path: String) -> (RosterTable, FileReport, parts: Int) {
        let schema = Self.schema(moduleIDs: moduleIDs)
        let reader = TableReader(path: path, role: .roster, schema: schema, delimiter: delimiter, hashing: hashing)
        let resolver = resolver
        let subject: @Sendable (TableRow) -> KecamatanCode? = { row in
            row.text(Column.kode.rawValue).flatMap { try? resolver.parse($0).get() }
        }
        let makePart: @Sendable (Bool) -> RosterPart = { [moduleIDs, currentYear, keepNames] _ in
            RosterPart(
                path: path, schema: schema, moduleIDs: moduleIDs, resolver: resolver, currentYear: currentYear,
                keepNames: keepNames)
        }
        var first = makePart(true)
        let threshold = parallelThreshold
        let offset = splitOffset
        let read = reader.readInTwo(
            first: &first,
            splitTarget: { size in offset ?? threshold.flatMap { size >= $0 ? size / 2 : nil } }, subject: subject,
            makeSecond: { makePart(false) })
        var table = first.takeTable()
        table.compact()
        return (table, read.report, read.parts)
    }

    /// The category of a duplicate-ID reject.
    static let duplicateCategory = "id: duplicate"

    /// Why a row whose ID an earlier worker (on line `first`) has is rejected.
    static func duplicate(first: Int, path: String) -> ValueError {
        ValueError("id: duplicate of line \(first) in \(path)", hint: "give every worker one row and a unique id")
    }
}

/// What each half of `RosterPart.conflicts(with:)` found: each half writes only its own stored flag
/// (a memory location of its own), and the flags are read after `concurrentPerform` returns, which
/// waits for both.
private final class ConflictFlags: @unchecked Sendable {
    /// The first half found a conflict.
    private var first = false
    /// The second half found a conflict.
    private var second = false
    /// Marks half `index` (0 or 1) as having found a conflict.
    func set(_ index: Int) {
        if index == 0 { first = true } else { second = true }
    }
    /// Whether either half found one.
    var any: Bool { first || second }
}

/// The rows of one part of the roster, read on one thread: the accepted workers, the parse caches,
/// and the IDs of rows rejected after their ID was checked (for `conflicts(with:)`).
struct RosterPart: TablePart {
    /// The roster file, for messages.
    let path: String
    /// The roster schema.
    let schema: TableSchema
    /// The config's module ids.
    let moduleIDs: [String]
    /// Codes must be known.
    let resolver: KecamatanResolver
    /// Completion years after this are rejected.
    let currentYear: Int
    /// Decode and keep `nama`.
    let keepNames: Bool
    /// The accepted workers.
    private(set) var table: RosterTable
    /// IDs of rows rejected for another cell after their ID was found new: in a later part, a serial
    /// read could have rejected them as duplicates instead.
    private(set) var rejectedIDs: [String] = []
    /// One buffer for every row's completion years (one per module): no allocation per row.
    private var years: [Int16]
    // Parse results by cell bytes: codes, roles, statuses and years repeat thousands of times.
    /// Roles by cell.
    private var roles = CellCache<Result<Role, ValueError>>()
    /// Kecamatan codes by cell.
    private var codes = CellCache<Result<KecamatanCode, ValueError>>()
    /// Statuses by cell.
    private var statuses = CellCache<Result<Bool, ValueError>>()
    /// Start years by cell.
    private var startYears = CellCache<Result<Int, ValueError>>()
    /// Completion years by cell (every module column).
    private var completionYears = CellCache<Result<Int, ValueError>>()
    // The same caches holding only the values of cells that parsed, read first: a hit skips the
    // header lookup and the `Result`. A miss (a new cell, an empty or bad one) takes the path above,
    // which builds every rejection; a value it returns is then cached here too.
    /// Roles of cells that parsed.
    private var roleValues = CellCache<Role>()
    /// Kecamatan codes of cells that parsed.
    private var codeValues = CellCache<KecamatanCode>()
    /// Statuses of cells that parsed.
    private var statusValues = CellCache<Bool>()
    /// Start years of cells that parsed.
    private var startYearValues = CellCache<Int>()
    /// Completion years (as stored, 0 for never) of cells that parsed.
    private var completionYearValues = CellCache<Int16>()
    /// The header `fields` was resolved from.
    private var fieldsHeader: ObjectIdentifier?
    /// The file's field of each column this part reads after the ID.
    private var fields = RosterFields()

    /// An empty part.
    init(
        path: String, schema: TableSchema, moduleIDs: [String], resolver: KecamatanResolver, currentYear: Int,
        keepNames: Bool
    ) {
        self.path = path
        self.schema = schema
        self.moduleIDs = moduleIDs
        self.resolver = resolver
        self.currentYear = currentYear
        self.keepNames = keepNames
        table = RosterTable(moduleIDs: moduleIDs)
        years = [Int16](repeating: 0, count: moduleIDs.count)
    }

    /// Reads one roster row.
    mutating func parse(_ row: TableRow) throws(RowRejection) {
        typealias Column = RosterReader.Column
        // The ID is compared with the last (sorted IDs), or hashed and looked up, on its bytes; its
        // string is made only for a new worker.
        guard let idBytes = row.bytes(Column.id.rawValue) else {
            _ = try row.required(Column.id.rawValue, schema) { .success($0) }  // throws: the cell is empty
            preconditionFailure("an empty id cell is rejected")
        }
        var idHash: UInt32?
        if !table.idFollowsAll(idBytes) {
            let hash = WorkerIDIndex.hash(idBytes)
            if let first = table.line(ofID: idBytes, hash: hash) {
                throw RowRejection(
                    column: Column.id.rawValue, error: RosterReader.duplicate(first: first, path: path),
                    value: row.text(Column.id.rawValue), category: RosterReader.duplicateCategory)
            }
            idHash = hash
        }
        let id = row.text(Column.id.rawValue)!
        do {
            try parseCells(row, id: id, idHash: idHash)
        } catch {
            rejectedIDs.append(id)
            throw error
        }
    }

    /// Reads the cells after the ID and adds the worker (`idHash` as `RosterTable.add` takes it).
    private mutating func parseCells(_ row: TableRow, id: String, idHash: UInt32?) throws(RowRejection) {
        typealias Column = RosterReader.Column
        if Self.mayHoldControl(id), case .failure(let error) = CellText.kept(id) {
            throw RowRejection(
                column: Column.id.rawValue, error: ValueError("id: \(error.reason)", hint: error.hint), value: id)
        }
        if fieldsHeader != ObjectIdentifier(row.header) {
            fields = RosterFields(row.header, modules: moduleIDs.count)
            fieldsHeader = ObjectIdentifier(row.header)
        }
        let record = row.record
        let role = try Self.value(record, fields.peran, &roleValues) { () throws(RowRejection) in
            try row.required(Column.peran.rawValue, schema, cache: &roles, Role.parse)
        }!
        let code = try Self.value(record, fields.kode, &codeValues) { () throws(RowRejection) in
            try row.required(Column.kode.rawValue, schema, cache: &codes, resolver.parse)
        }!
        let active =
            try Self.value(record, fields.status, &statusValues) { () throws(RowRejection) in
                try row.optional(Column.status.rawValue, schema, cache: &statuses, StatusParser.parse)
            } ?? true
        let start = try Self.value(record, fields.tahunMulai, &startYearValues) { () throws(RowRejection) in
            try row.optional(Column.tahunMulai.rawValue, schema, cache: &startYears) { YearParser.parse($0) }
        }
        let firstModule = Column.allCases.count
        for module in years.indices {
            let year = try Self.value(record, fields.modules[module], &completionYearValues) {
                () throws(RowRejection) in
                try row.optional(firstModule + module, schema, cache: &completionYears) { [currentYear] text in
                    CompletionYearParser.parse(text, currentYear: currentYear)
                }.map { Int16($0) }
            }
            years[module] = year ?? 0
        }
        let name = keepNames ? row.text(Column.nama.rawValue) ?? "" : nil
        table.add(
            Worker(kecamatan: code, role: role, isActive: active, startYear: start, line: row.line), id: id,
            idHash: idHash, name: name, completionYears: years)
    }

    /// The value of the cell in `field` (-1: the file lacks the column): from `values` when the cell parsed
    /// before, else from `parse` (the general path, which builds every rejection), whose value is then
    /// kept in `values`. nil for an empty optional cell.
    @inline(__always)
    private static func value<Value>(
        _ record: CSVRecord, _ field: Int, _ values: inout CellCache<Value>,
        _ parse: () throws(RowRejection) -> Value?
    ) throws(RowRejection) -> Value? {
        let bytes = field >= 0 ? record.unsafeBytes(field) : UnsafeRawBufferPointer(start: nil, count: 0)
        if !bytes.isEmpty, let value = values.cached(bytes) { return value }
        let value = try parse()
        if let value, !bytes.isEmpty { values.insert(bytes, value) }
        return value
    }

    /// Whether `id` may hold a control character (C0 or DEL), checked a word at a time: never false
    /// when it does (a true is then checked character by character by `CellText.kept`).
    @inline(__always)
    private static func mayHoldControl(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { utf8 in
            let bytes = UnsafeRawBufferPointer(utf8)
            var index = 0
            while index < bytes.count {
                let count = min(8, bytes.count - index)
                var word = ByteWord.partial(bytes.baseAddress.unsafelyUnwrapped + index, count)
                if count < 8 { word |= 0x4040_4040_4040_4040 << UInt64(count * 8) }  // padding never matches
                // A byte below 0x20, or 0x7F: (b - 0x20) borrows, or (b + 1) reaches 0x80 from 0x7F.
                let below = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                let delete = ((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                if below | delete != 0 { return true }
                index += 8
            }
            return false
        }
    }

    /// Whether an accepted ID of `later`, or the ID of a row it rejected for another cell, is also
    /// an accepted ID here: a serial read would have rejected that row as a duplicate.
    /// The accepted IDs are looked up in two halves on both cores: both parts are only read.
    func conflicts(with later: RosterPart) -> Bool {
        let ids = later.table.ids
        let middle = ids.count / 2
        let halves = [0..<middle, middle..<ids.count]
        let found = ConflictFlags()
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            if ids[halves[half]].contains(where: has) { found.set(half) }
        }
        return found.any || later.rejectedIDs.contains(where: has)
    }

    /// Whether `id` is an accepted ID of this part (read from both halves of `conflicts(with:)` at once).
    private func has(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { utf8 in
            let bytes = UnsafeRawBufferPointer(utf8)
            return table.line(ofID: bytes, hash: WorkerIDIndex.hash(bytes)) != nil
        }
    }

    /// Sizes the table for `total` workers and the duplicate index for `rows`.
    mutating func reserve(rows: Int, total: Int) {
        table.reserve(workers: total, indexed: rows, names: keepNames)
    }

    /// Frees the duplicate index: as the second part, its IDs are checked against the first part's index.
    mutating func parsed() { table.compact() }

    /// Moves the workers of `later` here, freeing both duplicate indexes first (ingestion is over) and
    /// each of `later`'s arrays once appended, so the join holds little more than the joined table.
    mutating func append(_ later: inout RosterPart) {
        table.compact()
        later.rejectedIDs = []
        table.append(&later.table)
    }

    /// The accepted workers, leaving this part empty (so the table is not copied).
    mutating func takeTable() -> RosterTable {
        defer { table = RosterTable(moduleIDs: moduleIDs) }
        return table
    }
}

/// The file's field of each roster column a part reads (-1 when the file lacks it), resolved once per header.
private struct RosterFields {
    /// `peran`, `kode_kecamatan`, `status` and `tahun_mulai`.
    var peran = -1
    var kode = -1
    var status = -1
    var tahunMulai = -1
    /// Each module's column, in the config's order.
    var modules: [Int] = []

    /// No fields yet.
    init() {}

    /// The fields of `header`, which maps the roster schema with `modules` module columns.
    init(_ header: HeaderMap, modules count: Int) {
        typealias Column = RosterReader.Column
        func field(_ column: Int) -> Int { header.fieldIndex[column] ?? -1 }
        peran = field(Column.peran.rawValue)
        kode = field(Column.kode.rawValue)
        status = field(Column.status.rawValue)
        tahunMulai = field(Column.tahunMulai.rawValue)
        modules = (0..<count).map { field(Column.allCases.count + $0) }
    }
}
