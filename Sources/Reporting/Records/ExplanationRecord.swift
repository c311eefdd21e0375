import Analysis
import Ingestion

extension PriorityExplanation {
    /// The workbook's Explain sheet (Penjelasan): every ranked kecamatan, in rank order, from its
    /// score's components, raw and rescaled, to the neighbours that bracket its rank; as
    /// `capplan explain KODE` prints it for one kecamatan.
    package static let schema = RecordSchema<PriorityExplanation>(
        file: "capplan.xlsx: Penjelasan", row: "ranked kecamatan, in rank order",
        columns: [
            .init(
                "rank", id: "Peringkat", en: "Rank", unit: .rank, kind: .integer, meaning: "Position in the ranking.",
                formats: [.workbook]
            ) { .integer($0.rank) },
            .init(
                "kode_kecamatan", id: "Kode kecamatan", en: "Kecamatan code", kind: .text,
                meaning: "Kemendagri code of the kecamatan.", formats: [.workbook]
            ) { .text($0.code.description) },
            .init(
                "kecamatan", id: "Kecamatan", en: "Kecamatan", kind: .text, meaning: "Name of the kecamatan.",
                formats: [.workbook]
            ) { .text($0.name) },
            .init(
                "score", id: "Skor prioritas", en: "Priority score", unit: .score, kind: .share,
                meaning: "The score: the sum of the four contributions.", formats: [.workbook]
            ) { .real($0.score) },
        ] + PriorityComponent.allCases.enumerated().flatMap(componentColumns) + roleColumns + neighbourColumns)

    /// Raw value, range, rescaled value, weight and contribution of one component.
    private static func componentColumns(
        _ index: Int, _ component: PriorityComponent
    ) -> [OutputColumn<
        PriorityExplanation
    >] {
        let key = component.rawValue
        let (idName, enName) = (component.label(.indonesian), component.label(.english))
        let (rawKind, rawUnit) = component.raw
        @Sendable func part(_ value: PriorityExplanation) -> Component { value.components[index] }
        return [
            .init(
                "\(key)_raw", id: "\(idName): nilai mentah", en: "\(enName): raw value", unit: rawUnit, kind: rawKind,
                meaning: "The component before rescaling.", formats: [.workbook]
            ) { .real(part($0).raw) },
            .init(
                "\(key)_min", id: "\(idName): minimum", en: "\(enName): minimum", unit: rawUnit, kind: rawKind,
                meaning: "The lowest raw value over the ranked kecamatan (empty when the component is not rescaled).",
                formats: [.workbook]
            ) { part($0).bounds.map { .real($0.min) } ?? .missing },
            .init(
                "\(key)_max", id: "\(idName): maksimum", en: "\(enName): maximum", unit: rawUnit, kind: rawKind,
                meaning: "The highest raw value over the ranked kecamatan (empty when the component is not rescaled).",
                formats: [.workbook]
            ) { part($0).bounds.map { .real($0.max) } ?? .missing },
            .init(
                "\(key)_value", id: "\(idName): nilai 0–1", en: "\(enName): value 0–1", unit: .score, kind: .share,
                meaning: "The component as the score takes it, 0–1.", formats: [.workbook]
            ) { .real(part($0).value) },
            .init(
                "\(key)_weight", id: "\(idName): bobot", en: "\(enName): weight", kind: .share,
                meaning: "Its weight in `[priority] weights`.", formats: [.workbook]
            ) { .real(part($0).weight) },
            .init(
                "\(key)_contribution", id: "\(idName): sumbangan", en: "\(enName): contribution", unit: .score,
                kind: .share, meaning: "Weight × value ÷ sum of the weights.", formats: [.workbook]
            ) {
                .real(part($0).contribution)
            },
        ]
    }

    /// Workers required per role at Y and the norm that sets them.
    private static let roleColumns: [OutputColumn<PriorityExplanation>] = Role.allCases.flatMap { role in
        let suffix = role.rawValue.lowercased()
        @Sendable func figures(_ value: PriorityExplanation) -> RoleFigures? { value.roles.first { $0.role == role } }
        return [
            OutputColumn<PriorityExplanation>(
                "required_\(suffix)", id: "Kebutuhan \(role.rawValue)", en: "Required \(role.rawValue)", unit: .workers,
                kind: .required, meaning: "\(role.rawValue) required at Y.", formats: [.workbook]
            ) { figures($0).map { .real($0.workforce.required) } ?? .missing },
            OutputColumn<PriorityExplanation>(
                "binding_norm_\(suffix)", id: "Norma penentu \(role.rawValue)", en: "Binding norm \(role.rawValue)",
                kind: .text, meaning: "The norm key(s) whose term equals the requirement (the largest term).",
                formats: [.workbook]
            ) { .text(figures($0)?.terms.binding.map(\.rawValue).joined(separator: ", ") ?? "") },
        ]
    }

    /// The kecamatan ranked just above and below, and the component that separates each.
    private static let neighbourColumns: [OutputColumn<PriorityExplanation>] = [true, false].flatMap { above in
        let (key, id, en) = above ? ("above", "di atas", "above") : ("below", "di bawah", "below")
        @Sendable func neighbour(_ value: PriorityExplanation) -> Neighbour? { above ? value.above : value.below }
        return [
            OutputColumn<PriorityExplanation>(
                "\(key)_kecamatan", id: "Tetangga \(id)", en: "Neighbour \(en)", kind: .text,
                meaning: "The kecamatan ranked just \(en), with its rank.", formats: [.workbook]
            ) { neighbour($0).map { .text("\($0.rank). \($0.name) (\($0.code))") } ?? .missing },
            OutputColumn<PriorityExplanation>(
                "\(key)_separating", id: "Pembeda \(id)", en: "What separates \(en)", kind: .text,
                meaning: "The component whose contribution differs most in favour of the better ranked of the two; "
                    + "for equal scores, the tie-break that decided.", formats: [.workbook]
            ) {
                guard let other = neighbour($0) else { return .missing }
                return .text(other.separating?.rawValue ?? other.decidedBy.rawValue)
            },
        ]
    }
}
