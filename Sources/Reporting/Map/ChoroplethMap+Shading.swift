import Ingestion

extension ChoroplethMap {
    /// The colouring of the map: the classes, each drawn kecamatan's fill and shown value, and the warnings.
    struct Shading {
        /// The classes of the values drawn.
        var classes: MapClasses
        /// The fill of each kecamatan of the map.
        var fills: [KecamatanCode: String]
        /// The value each coloured kecamatan is shown with (rank changes rounded to whole places).
        var shown: [KecamatanCode: Double]
        /// What could not be shown, sorted by code.
        var warnings: [Warning]

        /// True when some kecamatan is drawn grey, as no data.
        var hasNoData: Bool { shown.count < fills.count }
    }

    /// One line of the key: the number, the name, and whether the kecamatan is on the map.
    struct KeyEntry {
        var number: Int
        var code: KecamatanCode
        var name: String
        var onMap: Bool
    }

    /// Classes the values of the kecamatan on the map, and notes each kecamatan that cannot be shown.
    func shade() -> Shading {
        var warnings: [Warning] = []
        var shown: [KecamatanCode: Double] = [:]
        for feature in boundaries.features {
            guard let value = values[feature.code] else {
                warnings.append(.noValue(feature.code))
                continue
            }
            guard value.isFinite else {
                warnings.append(.notFinite(feature.code))
                continue
            }
            shown[feature.code] = mode == .rankChange ? value.rounded(.toNearestOrAwayFromZero) : value
        }
        let offMap = Set(values.keys).union(top).filter { boundaries.feature($0) == nil }
        warnings += offMap.map { Warning.noBoundary($0) }
        let ordered = boundaries.features.compactMap { shown[$0.code] }
        let classes =
            ordered.isEmpty
            ? MapClasses([])
            : mode == .priorityScore ? MapClasses.quantiles(of: ordered) : MapClasses.symmetric(around: ordered)
        var fills: [KecamatanCode: String] = [:]
        for feature in boundaries.features {
            let index = shown[feature.code].flatMap(classes.index(of:))
            fills[feature.code] = index.map { classes.classes[$0].colour } ?? MapPalette.noData
        }
        warnings.sort { ($0.code, Self.order($0)) < ($1.code, Self.order($1)) }
        return Shading(classes: classes, fills: fills, shown: shown, warnings: warnings)
    }

    /// The order of warnings about the same code (only one applies to a code, but the sort must be total).
    private static func order(_ warning: Warning) -> Int {
        switch warning {
        case .noBoundary: 0
        case .noValue: 1
        case .notFinite: 2
        }
    }

    /// The kecamatan to number, repeats dropped, numbered from 1 in `top`'s order.
    func keyEntries() -> [KeyEntry] {
        var seen = Set<KecamatanCode>()
        var entries: [KeyEntry] = []
        for code in top where seen.insert(code).inserted {
            entries.append(
                KeyEntry(
                    number: entries.count + 1, code: code, name: name(of: code),
                    onMap: boundaries.feature(code) != nil))
        }
        return entries
    }

    /// A kecamatan's name: its label's, else the map file's `nama`, else its code.
    func name(of code: KecamatanCode) -> String {
        labels[code]?.name ?? boundaries.feature(code)?.name ?? code.description
    }
}
