/// One value for each ``Role``: a TKSK value and a PSM value, both always there, so no role is ever looked up by
/// index or missing.
package struct PerRole<Value> {
    /// The TKSK value.
    package var tksk: Value
    /// The PSM value.
    package var psm: Value

    /// The values of TKSK and PSM.
    package init(tksk: Value, psm: Value) {
        self.tksk = tksk
        self.psm = psm
    }

    /// The value `make` gives each role, made in ``Role`` order (TKSK first).
    package init<Failure: Error>(_ make: (Role) throws(Failure) -> Value) throws(Failure) {
        let tksk = try make(.tksk)
        self.init(tksk: tksk, psm: try make(.psm))
    }

    /// The value of `role`.
    package subscript(role: Role) -> Value {
        get {
            switch role {
            case .tksk: tksk
            case .psm: psm
            }
        }
        // Yields the stored value in place, so mutating a value through the subscript never copies it.
        _modify {
            switch role {
            case .tksk: yield &tksk
            case .psm: yield &psm
            }
        }
    }

    /// The values in ``Role`` order (TKSK first).
    package var values: [Value] { [tksk, psm] }

    /// Each role's value transformed, in ``Role`` order.
    package func map<Result, Failure: Error>(
        _ transform: (Value) throws(Failure) -> Result
    ) throws(Failure) -> PerRole<Result> {
        let tksk = try transform(tksk)
        return PerRole<Result>(tksk: tksk, psm: try transform(psm))
    }
}

/// Equal when both roles' values are.
extension PerRole: Equatable where Value: Equatable {}

/// Hashes both roles' values.
extension PerRole: Hashable where Value: Hashable {}

/// Sendable when the values are.
extension PerRole: Sendable where Value: Sendable {}
