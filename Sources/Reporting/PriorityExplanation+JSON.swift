import Analysis
import Foundation
import Ingestion

/// `capplan explain --json` through ``ReportJSON``: every figure rounded as the run's files round it
/// (docs/METHOD.md "Outputs: general rules"), keys in snake_case, an absent value written as `null`.
extension PriorityExplanation: Encodable {
    private enum Keys: String, CodingKey {
        case above, below, components, kabupaten, kecamatan, kodeKecamatan, population, rank, rankedCount, roles
        case score, total, villages, years
        case base, horizon, priority
        case baseRate, growth, observed, projected, origin, year, source, kind, file, line, used, caseload
        case role, required, active, trained, staffingGap, trainingSeats, binding, terms, term, norm, value
        case component, raw, min, max, weight, contribution
        case decidedBy, separating, differences
        case modules, missing, slots, needed
    }

    /// Writes the document.
    package func encode(to encoder: any Encoder) throws {
        var json = encoder.container(keyedBy: Keys.self)
        try json.encode(name, forKey: .kecamatan)
        try json.encode(code.description, forKey: .kodeKecamatan)
        try json.encode(kabupaten, forKey: .kabupaten)
        var yearsJSON = json.nestedContainer(keyedBy: Keys.self, forKey: .years)
        try yearsJSON.encode(years.base, forKey: .base)
        try yearsJSON.encode(years.horizon, forKey: .horizon)
        try yearsJSON.encode(years.priority, forKey: .priority)
        try json.encode(villages, forKey: .villages)
        try encodePopulation(&json)
        var rolesJSON = json.nestedUnkeyedContainer(forKey: .roles)
        for role in roles { try encodeRole(role, into: &rolesJSON) }
        var totalJSON = json.nestedContainer(keyedBy: Keys.self, forKey: .total)
        try Self.encode(total, into: &totalJSON)
        var modulesJSON = json.nestedContainer(keyedBy: Keys.self, forKey: .modules)
        for (key, modules) in [(Keys.base, baseYearModules), (.priority, priorityYearModules)] {
            var item = modulesJSON.nestedContainer(keyedBy: Keys.self, forKey: key)
            try item.encode(modules.missing, .count, forKey: .missing)
            try item.encode(modules.slots, .count, forKey: .slots)
            try item.encode(modules.needed, .count, forKey: .needed)
        }
        var componentsJSON = json.nestedUnkeyedContainer(forKey: .components)
        for component in components {
            var item = componentsJSON.nestedContainer(keyedBy: Keys.self)
            try item.encode(component.component.rawValue, forKey: .component)
            let rawKind = component.component.raw.kind
            try item.encode(component.raw, rawKind, forKey: .raw)
            try item.encodeOptional(component.bounds?.min, rawKind, forKey: .min)
            try item.encodeOptional(component.bounds?.max, rawKind, forKey: .max)
            try item.encode(component.value, .share, forKey: .value)
            try item.encode(component.weight, .share, forKey: .weight)
            try item.encode(component.contribution, .share, forKey: .contribution)
        }
        try json.encode(score, .share, forKey: .score)
        try json.encode(rank, forKey: .rank)
        try json.encode(rankedCount, forKey: .rankedCount)
        try encodeNeighbour(above, forKey: .above, into: &json)
        try encodeNeighbour(below, forKey: .below, into: &json)
    }

    private func encodePopulation(_ json: inout KeyedEncodingContainer<Keys>) throws {
        var populationJSON = json.nestedContainer(keyedBy: Keys.self, forKey: .population)
        var observedJSON = populationJSON.nestedUnkeyedContainer(forKey: .observed)
        for figure in population.observed {
            var item = observedJSON.nestedContainer(keyedBy: Keys.self)
            try item.encode(figure.origin.rawValue, forKey: .origin)
            try item.encode(figure.year, forKey: .year)
            try item.encode(figure.population, forKey: .population)
            if let source = figure.source {
                try item.encode(source, forKey: .source)
            } else {
                try item.encodeNil(forKey: .source)
            }
            if let kind = figure.kind {
                try item.encode(kind.rawValue, forKey: .kind)
            } else {
                try item.encodeNil(forKey: .kind)
            }
            try item.encode(figure.file, forKey: .file)
            try item.encode(figure.line, forKey: .line)
            try item.encode(figure.used, forKey: .used)
        }
        try populationJSON.encode(population.baseRate, .share, forKey: .baseRate)
        try populationJSON.encode(population.growth, .share, forKey: .growth)
        var projectedJSON = populationJSON.nestedUnkeyedContainer(forKey: .projected)
        for year in population.projected {
            var item = projectedJSON.nestedContainer(keyedBy: Keys.self)
            try item.encode(year.year, forKey: .year)
            try item.encode(year.population, .whole, forKey: .population)
            try item.encode(year.caseload, .count, forKey: .caseload)
        }
    }

    private func encodeRole(_ role: RoleFigures, into array: inout UnkeyedEncodingContainer) throws {
        var item = array.nestedContainer(keyedBy: Keys.self)
        try item.encode(role.role.rawValue, forKey: .role)
        try Self.encode(role.workforce, into: &item)
        try item.encode(role.terms.binding.map(\.rawValue), forKey: .binding)
        var termsJSON = item.nestedUnkeyedContainer(forKey: .terms)
        for term in WorkforceRequirement.Term.allCases {
            var termJSON = termsJSON.nestedContainer(keyedBy: Keys.self)
            try termJSON.encode(term.rawValue, forKey: .term)
            try termJSON.encode(role.terms.normValue(term), forKey: .norm)
            try termJSON.encodeOptional(role.terms.value(term), .required, forKey: .value)
        }
    }

    private static func encode(_ workforce: Workforce, into json: inout KeyedEncodingContainer<Keys>) throws {
        try json.encode(workforce.required, .required, forKey: .required)
        try json.encode(workforce.active, .count, forKey: .active)
        try json.encode(workforce.trained, .count, forKey: .trained)
        try json.encode(workforce.staffingGap, .count, forKey: .staffingGap)
        try json.encode(workforce.trainingSeats, .count, forKey: .trainingSeats)
    }

    private func encodeNeighbour(
        _ neighbour: Neighbour?, forKey key: Keys, into json: inout KeyedEncodingContainer<Keys>
    ) throws {
        guard let neighbour else { return try json.encodeNil(forKey: key) }
        var item = json.nestedContainer(keyedBy: Keys.self, forKey: key)
        try item.encode(neighbour.rank, forKey: .rank)
        try item.encode(neighbour.code.description, forKey: .kodeKecamatan)
        try item.encode(neighbour.name, forKey: .kecamatan)
        try item.encode(neighbour.score, .share, forKey: .score)
        try item.encode(neighbour.trainingSeats, .count, forKey: .trainingSeats)
        try item.encode(neighbour.population, .whole, forKey: .population)
        try item.encode(neighbour.decidedBy.rawValue, forKey: .decidedBy)
        if let separating = neighbour.separating {
            try item.encode(separating.rawValue, forKey: .separating)
        } else {
            try item.encodeNil(forKey: .separating)
        }
        var differencesJSON = item.nestedContainer(keyedBy: ComponentKey.self, forKey: .differences)
        for (component, difference) in zip(PriorityComponent.allCases, neighbour.differences) {
            try differencesJSON.encode(difference, .share, forKey: ComponentKey(component))
        }
    }
}

/// A component's key in JSON: `readiness_gap`, `pressure`, `growth`, `untrained_share`.
private struct ComponentKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ component: PriorityComponent) { stringValue = component.rawValue }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedEncodingContainer {
    /// `value` as the run's files write a figure of `kind`: the same rounded text, as a `Decimal` so
    /// that the encoder writes its digits (`0.000011`, never `1.1e-05`), trailing zeros dropped.
    fileprivate mutating func encode(_ value: Double, _ kind: FigureKind, forKey key: Key) throws {
        guard let rounded = Decimal(string: kind.text(.real(value))) else { return try encodeNil(forKey: key) }
        try encode(rounded, forKey: key)
    }

    /// An optional figure, `null` when absent.
    fileprivate mutating func encodeOptional(_ value: Double?, _ kind: FigureKind, forKey key: Key) throws {
        guard let value else { return try encodeNil(forKey: key) }
        try encode(value, kind, forKey: key)
    }
}
