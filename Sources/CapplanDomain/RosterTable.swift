/// One accepted worker, kept compact: one of these per roster row is what ingestion must hold.
///
/// Names and national ID numbers are never stored; the worker's roster ID is kept in
/// `RosterTable.ids` at the same index, for per-worker outputs.
package struct Worker: Sendable, Equatable {
    private let packedKecamatan: UInt32
    private let packedStartYear: Int16
    /// TKSK or PSM (one byte, as a flag would take).
    package let role: Role
    /// Counted as active (docs/INPUTS.md "Roster" status flag; default active).
    package let isActive: Bool
    /// The 1-based roster line the worker came from.
    package let line: UInt32

    /// Creates a worker record.
    package init(kecamatan: KecamatanCode, role: Role, isActive: Bool, startYear: Int?, line: Int) {
        packedKecamatan = UInt32(kecamatan.province * 10_000 + kecamatan.kabupaten * 100 + kecamatan.kecamatan)
        packedStartYear = Int16(startYear ?? 0)
        self.role = role
        self.isActive = isActive
        self.line = UInt32(line)
    }

    /// The worker's kecamatan.
    package var kecamatan: KecamatanCode {
        let value = Int(packedKecamatan)
        return KecamatanCode(province: value / 10_000, kabupaten: value / 100 % 100, kecamatan: value % 100)
    }

    /// The first year the worker counts (`tahun_mulai`), or nil when not given.
    package var startYear: Int? { packedStartYear == 0 ? nil : Int(packedStartYear) }
}

/// The accepted roster: compact workers, their IDs, and module completion years in one flat array.
package struct RosterTable: Sendable {
    /// The config's module ids, in config order: the columns of `completions`.
    package let moduleIDs: [String]
    /// Accepted workers in file order.
    package var workers: [Worker] = []
    /// Roster IDs, parallel to `workers`.
    package var ids: [String] = []
    /// Names, parallel to `workers`, only when ingestion was asked to keep them (`--with-names`);
    /// empty otherwise.
    package var names: [String] = []
    /// Completion years, `moduleIDs.count` per worker; 0 = never completed.
    private var completions: [Int16] = []
    /// The IDs seen, for "duplicate of line N" (dropped by `compact()` once ingestion ends).
    private var idIndex = WorkerIDIndex()

    /// An empty roster for these modules.
    package init(moduleIDs: [String]) { self.moduleIDs = moduleIDs }

    /// The year worker `index` last completed module `module` (index into `moduleIDs`), or nil for never.
    package func completion(worker index: Int, module: Int) -> Int? {
        let year = completions[index * moduleIDs.count + module]
        return year == 0 ? nil : Int(year)
    }

    /// The line of an earlier accepted worker with this ID.
    package func line(ofID id: String) -> Int? { idIndex.find(id, in: ids).map { Int(workers[$0].line) } }

    /// Adds a worker whose ID was checked to be new; `years` holds one entry per module.
    package mutating func add(_ worker: Worker, id: String, name: String? = nil, years: [Int?]) {
        if let name { names.append(name) }
        workers.append(worker)
        ids.append(id)
        idIndex.insert(ids.count - 1, in: ids)
        completions.append(contentsOf: years.map { Int16($0 ?? 0) })
    }

    /// The line of an earlier accepted worker whose ID has these bytes; `hash` is `WorkerIDIndex.hash(bytes)`.
    package func line(ofID bytes: UnsafeRawBufferPointer, hash: UInt32) -> Int? {
        idIndex.find(bytes, hash: hash, in: ids).map { Int(workers[$0].line) }
    }

    /// Whether the accepted IDs are sorted and an ID with these bytes sorts after all of them
    /// (`WorkerIDIndex.followsSorted`): it is then new, without a hash or a lookup.
    package func idFollowsAll(_ bytes: UnsafeRawBufferPointer) -> Bool { idIndex.followsSorted(bytes, in: ids) }

    /// Adds a worker whose ID was checked to be new; `idHash` is `WorkerIDIndex.hash` of the ID's
    /// bytes, or nil when `idFollowsAll` was true of them; `completionYears` holds one entry per
    /// module, 0 for never (the stored form, so a row's years are appended without conversion).
    package mutating func add(_ worker: Worker, id: String, idHash: UInt32?, name: String?, completionYears: [Int16]) {
        if let name { names.append(name) }
        workers.append(worker)
        ids.append(id)
        if let idHash {
            idIndex.insert(ids.count - 1, hash: idHash, in: ids)
        } else {
            idIndex.appendSorted(ids.count - 1)
        }
        completions.append(contentsOf: completionYears)
    }

    /// Worker `index`'s completion years as stored: one per module, 0 for never.
    package func completionYears(of index: Int) -> ArraySlice<Int16> {
        completions[index * moduleIDs.count..<(index + 1) * moduleIDs.count]
    }

    /// Makes room for `workers` workers in all without reallocating, and sizes the duplicate index for
    /// `indexed` of them (the rows this table's own part will add), so neither grows while it fills.
    /// With `names`, room for as many names.
    package mutating func reserve(workers count: Int, indexed: Int, names keepingNames: Bool) {
        if keepingNames { names.reserveCapacity(count) }
        workers.reserveCapacity(count)
        ids.reserveCapacity(count)
        completions.reserveCapacity(count * moduleIDs.count)
        idIndex.reserve(indexed, in: ids)
    }

    /// Moves the workers of `later` (the table of the next part of the same file) to the end of this
    /// one, without adding their IDs to the duplicate index (call `compact()`): each of `later`'s
    /// arrays is freed as soon as it is appended, and `later` is left empty.
    package mutating func append(_ later: inout RosterTable) {
        later.compact()
        workers += later.workers
        later.workers = []
        ids += later.ids
        later.ids = []
        names += later.names
        later.names = []
        completions += later.completions
        later.completions = []
    }

    /// Frees the duplicate-ID index, which only ingestion needs.
    package mutating func compact() { idIndex = WorkerIDIndex() }
}
