import CapplanErrors
import Ingestion

/// Why a boundary file (the plan's `map`, docs/INPUTS.md "Plan config") cannot be drawn.
///
/// Features are counted from 1 in file order, as a planner counts them; once a feature's code is known the
/// message names the code instead. Each message says what is wrong, then what to do.
package enum BoundaryMapError: CapplanFailure, Equatable, Sendable {
    /// The bytes are not a GeoJSON FeatureCollection; `detail` says what was found.
    case notGeoJSON(detail: String)
    /// Feature `feature` has no `kode` property.
    case missingCode(feature: Int)
    /// Feature `feature`'s `kode` (as written in JSON) is not a Kemendagri kecamatan code; `reason` says why.
    case invalidCode(feature: Int, kode: String, reason: String)
    /// Two features, `first` and `second`, have the same code.
    case duplicateCode(KecamatanCode, first: Int, second: Int)
    /// The feature's `kabupaten_kode`, as written, is not the kabupaten of its code.
    case kabupatenMismatch(KecamatanCode, kabupatenKode: String)
    /// The feature has no geometry (`null`).
    case missingGeometry(KecamatanCode)
    /// The feature's geometry is neither a Polygon nor a MultiPolygon.
    case unsupportedGeometry(KecamatanCode, type: String)
    /// The geometry breaks a rule of GeoJSON polygons; `reason` says which.
    case invalidGeometry(KecamatanCode, reason: String)
    /// A coordinate is not a finite number.
    case nonFiniteCoordinate(KecamatanCode)
    /// A position lies outside longitude −180…180 or latitude −90…90 (often latitude and longitude swapped).
    case coordinateOutOfRange(KecamatanCode, GeoPoint)

    /// What is wrong and what to do, about no file: the command that read the bytes places it (``ProblemMessage/at(_:)``).
    package var message: ProblemMessage {
        switch self {
        case .notGeoJSON(let detail):
            ProblemMessage(
                nil, "not GeoJSON: \(detail)",
                remedy: "give a GeoJSON FeatureCollection of Polygon or MultiPolygon features")
        case .missingCode(let feature):
            ProblemMessage(
                nil, "feature \(feature) has no `kode` property",
                remedy: "give every feature its Kemendagri kecamatan code, e.g. \"kode\": \"65.01.05\"")
        case .invalidCode(let feature, let kode, let reason):
            ProblemMessage(
                nil, "feature \(feature): `kode` \(kode): \(reason)",
                remedy: "write the Kemendagri kecamatan code PP.KK.DD as a string, e.g. \"65.01.05\"")
        case .duplicateCode(let code, let first, let second):
            ProblemMessage(
                nil, "features \(first) and \(second) both have `kode` \(code)",
                remedy: "give each kecamatan one feature, its parts as one MultiPolygon")
        case .kabupatenMismatch(let code, let kabupatenKode):
            ProblemMessage(
                nil,
                "\(code): `kabupaten_kode` \(kabupatenKode) is not the kabupaten of the code (\(code.kabupatenCode))",
                remedy: "correct it or leave it out")
        case .missingGeometry(let code):
            ProblemMessage(nil, "\(code): the feature has no geometry", remedy: "give a Polygon or MultiPolygon")
        case .unsupportedGeometry(let code, let type):
            ProblemMessage(
                nil, "\(code): geometry type \"\(type)\" is not supported", remedy: "give a Polygon or MultiPolygon")
        case .invalidGeometry(let code, let reason):
            ProblemMessage(
                nil, "\(code): \(reason)",
                remedy: "give polygons of closed rings, each of at least 4 [longitude, latitude] positions")
        case .nonFiniteCoordinate(let code):
            ProblemMessage(
                nil, "\(code): a coordinate is not a finite number",
                remedy: "give every position as [longitude, latitude] in degrees")
        case .coordinateOutOfRange(let code, let point):
            ProblemMessage(
                nil,
                "\(code): the position [\(Self.number(point.longitude)), \(Self.number(point.latitude))] is outside "
                    + "longitude -180 to 180, latitude -90 to 90",
                remedy: "give WGS84 [longitude, latitude], in that order")
        }
    }

    /// A boundary file that cannot be drawn is a data error (65).
    package var exitStatus: ExitStatus { .dataError }

    /// A coordinate for a message: as Swift writes it, whole numbers without `.0`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
