import CapplanDomain

/// What a kecamatan's figures rest on, beyond the figures themselves (docs/METHOD.md "Data quality"):
/// input rows rejected that concern it, and the kinds of its population figures (`jenis`).
package struct KecamatanDataQuality: Sendable, Equatable {
    /// Rejected population rows that concern the kecamatan (docs/METHOD.md "Interpretations" 35).
    package var rejectedPopulationRows: Int
    /// Rejected roster rows that concern it.
    package var rejectedRosterRows: Int
    /// The kinds of its population figures, each once, in ``Ingestion/PopulationKind`` order; a figure without a
    /// `jenis` adds none.
    package var populationKinds: [PopulationKind]

    /// Creates a record; the default is clean.
    package init(rejectedPopulationRows: Int = 0, rejectedRosterRows: Int = 0, populationKinds: [PopulationKind] = []) {
        self.rejectedPopulationRows = rejectedPopulationRows
        self.rejectedRosterRows = rejectedRosterRows
        self.populationKinds = populationKinds
    }

    /// Rejected rows of every input that concern it.
    package var rejectedRows: Int { rejectedPopulationRows + rejectedRosterRows }

    /// The kinds made from other figures (`alokasi`, `turunan`) among its figures.
    package var secondHandKinds: [PopulationKind] { populationKinds.filter(\.isSecondHand) }

    /// At least one of its figures is a kabupaten total allocated by a proxy (`alokasi`).
    package var restsOnAllocated: Bool { populationKinds.contains(.allocated) }

    /// At least one of its figures is derived from other figures (`turunan`).
    package var restsOnDerived: Bool { populationKinds.contains(.derived) }

    /// No rejected row concerns it and none of its figures is second-hand.
    package var isClean: Bool { rejectedRows == 0 && secondHandKinds.isEmpty }
}
