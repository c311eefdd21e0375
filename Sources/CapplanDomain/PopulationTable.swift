/// One observed population figure (docs/INPUTS.md "Population").
package struct PopulationFigure: Sendable, Equatable {
    /// Creates the value from its parts.
    package init(
        year: Int, population: Int, file: String, line: Int, source: String? = nil, kind: PopulationKind? = nil
    ) {
        self.year = year
        self.population = population
        self.file = file
        self.line = line
        self.source = source
        self.kind = kind
    }

    /// The year of the figure.
    package var year: Int
    /// Residents.
    package var population: Int
    /// The file it came from.
    package var file: String
    /// The 1-based line it came from.
    package var line: Int
    /// The `sumber` cell, when given.
    package var source: String?
    /// The `jenis` cell: what kind of figure it is, when given.
    package var kind: PopulationKind? = nil
}

/// What the population files say about one kecamatan.
package struct KecamatanPopulation: Sendable, Equatable {
    /// Creates the value from its parts.
    package init(
        code: KecamatanCode, name: String, kabupaten: String? = nil, figures: [PopulationFigure] = [],
        desa: YearCount? = nil, caseload: YearCount? = nil
    ) {
        self.code = code
        self.name = name
        self.kabupaten = kabupaten
        self.figures = figures
        self.desa = desa
        self.caseload = caseload
    }

    /// Kemendagri code.
    package var code: KecamatanCode
    /// Name, from the latest year's row.
    package var name: String
    /// Kabupaten name, from the latest year's row (nil when that row leaves it empty).
    package var kabupaten: String?
    /// Figures sorted by year.
    package var figures: [PopulationFigure] = []
    /// Desa/kelurahan count and the year it was given, from the latest year that has one.
    package var desa: YearCount?
    /// Caseload and its year, from the latest year that has one.
    package var caseload: YearCount?
}

/// A count observed in a year (desa per kecamatan, caseload).
package struct YearCount: Sendable, Equatable {
    /// Creates the value from its parts.
    package init(year: Int, count: Int) {
        self.year = year
        self.count = count
    }

    /// The year of the row that gave the count.
    package var year: Int
    /// The count.
    package var count: Int
}

/// Population per kecamatan and year, merged over every population file.
package struct PopulationTable: Sendable {
    /// Per kecamatan.
    package var kecamatan: [KecamatanCode: KecamatanPopulation] = [:]
    /// Each distinct `sumber` with the number of figures it provided.
    package var sources: [String: Int] = [:]

    /// An empty table.
    package init() {}

    /// Kecamatan codes in code order.
    package var codes: [KecamatanCode] { kecamatan.keys.sorted() }

    /// The figure already given for a kecamatan and year, if any.
    package func figure(_ code: KecamatanCode, year: Int) -> PopulationFigure? {
        kecamatan[code]?.figures.first { $0.year == year }
    }

    /// Adds one accepted row; name, kabupaten, desa and caseload follow the latest year.
    package mutating func add(
        _ figure: PopulationFigure, code: KecamatanCode, name: String, kabupaten: String?, desa: Int?, caseload: Int?
    ) {
        // Changed in place in the dictionary: a copy taken out would copy its figures on every insert.
        Self.add(
            figure, name: name, kabupaten: kabupaten, desa: desa, caseload: caseload,
            to: &kecamatan[code, default: KecamatanPopulation(code: code, name: name, kabupaten: kabupaten)])
        if let source = figure.source { sources[source, default: 0] += 1 }
    }

    /// Adds one year's figure to a kecamatan's entry; the latest year's names and counts win.
    private static func add(
        _ figure: PopulationFigure, name: String, kabupaten: String?, desa: Int?, caseload: Int?,
        to entry: inout KecamatanPopulation
    ) {
        if figure.year >= (entry.figures.last?.year ?? .min) {
            entry.name = name
            entry.kabupaten = kabupaten
        }
        let index = entry.figures.firstIndex { $0.year > figure.year } ?? entry.figures.endIndex
        entry.figures.insert(figure, at: index)
        if let desa, figure.year >= (entry.desa?.year ?? .min) {
            entry.desa = YearCount(year: figure.year, count: desa)
        }
        if let caseload, figure.year >= (entry.caseload?.year ?? .min) {
            entry.caseload = YearCount(year: figure.year, count: caseload)
        }
    }
}
