import CapplanDomain

/// The run's data quality at a glance (docs/METHOD.md "Data quality"), for a summary that says up front which
/// figures rest on incomplete or second-hand data: the files with rejected or skipped rows, the kecamatan their
/// rejected rows concern, and the kecamatan whose population figures are allocated or derived.
package struct DataQualitySummary: Sendable, Equatable {
    /// One input file with rejected or skipped rows.
    package struct FileRows: Sendable, Equatable {
        /// Which input it is.
        package var role: InputRole
        /// The file as named in the config or on the command line.
        package var path: String
        /// Rows rejected.
        package var rejected: Int
        /// Blank rows skipped.
        package var skipped: Int
        /// How many kecamatan its rejected rows concern (population and roster files; 0 for the others).
        package var kecamatan: Int

        /// Creates an entry.
        package init(role: InputRole, path: String, rejected: Int, skipped: Int, kecamatan: Int) {
            self.role = role
            self.path = path
            self.rejected = rejected
            self.skipped = skipped
            self.kecamatan = kecamatan
        }
    }

    /// The input files with rejected or skipped rows, in reading order.
    package var files: [FileRows]
    /// The kecamatan that rejected population or roster rows concern, in code order, ranked or not (a kecamatan
    /// whose every population row was rejected has no figures, so it is unranked).
    package var affected: [KecamatanCode]
    /// Analysed kecamatan with at least one allocated (`alokasi`) population figure, in code order.
    package var allocated: [KecamatanCode]
    /// Analysed kecamatan with at least one derived (`turunan`) population figure, in code order.
    package var derived: [KecamatanCode]
    /// How many kecamatan were analysed.
    package var analysed: Int

    /// Creates a summary; the default says nothing is wrong.
    package init(
        files: [FileRows] = [], affected: [KecamatanCode] = [], allocated: [KecamatanCode] = [],
        derived: [KecamatanCode] = [], analysed: Int = 0
    ) {
        self.files = files
        self.affected = affected
        self.allocated = allocated
        self.derived = derived
        self.analysed = analysed
    }

    /// Analysed kecamatan with at least one allocated or derived figure, in code order.
    package var secondHand: [KecamatanCode] { Set(allocated).union(derived).sorted() }

    /// Rows rejected over every file.
    package var rejectedRows: Int { files.reduce(0) { $0 + $1.rejected } }

    /// No row rejected or skipped, and every analysed figure first-hand or of unknown kind.
    package var isClean: Bool { files.isEmpty && allocated.isEmpty && derived.isEmpty }
}
