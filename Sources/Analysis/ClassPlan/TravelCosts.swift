import CapplanDomain
import Foundation

/// Travel per trainee from a kecamatan to a venue, in the class plan's unit (docs/METHOD.md "Class plan"):
/// the travel table's figure when it gives the pair, else the straight-line distance between the two
/// centroids, converted to the table's unit at the table's own rate when there is a table.
package struct TravelCosts: Sendable {
    /// A kecamatan's centroid, in degrees.
    package struct Place: Sendable, Equatable {
        /// Degrees north.
        package var latitude: Double
        /// Degrees east.
        package var longitude: Double

        /// Creates a place.
        package init(latitude: Double, longitude: Double) {
            self.latitude = latitude
            self.longitude = longitude
        }
    }

    /// The mean radius of the Earth in kilometres (IUGG).
    static let earthRadius = 6371.0088

    /// The unit of every figure.
    package let unit: ClassPlan.Unit
    /// The centroids by kecamatan.
    let places: [KecamatanCode: Place]
    /// The table and the figure it gives, or nil for distances.
    let table: (table: TravelTable, measure: TravelMeasure)?
    /// Table units per kilometre, from the table's own pairs; nil when no pair allows it.
    package let rate: Double?

    /// Costs from `places` alone, or from `table` (its `measure`) with `places` standing in where it is silent.
    package init(places: [KecamatanCode: Place], table: TravelTable?, measure: TravelMeasure?) {
        self.places = places
        guard let table else {
            self.unit = .kilometres
            self.table = nil
            self.rate = nil
            return
        }
        let measure = measure ?? (table.hasHours ? .hours : .cost)
        self.unit = measure == .hours ? .hours : .rupiah
        self.table = (table, measure)
        var (figures, kilometres) = (0.0, 0.0)
        for pair in table.pairs {
            guard let value = pair.figures.value(measure), let from = places[pair.from], let to = places[pair.to]
            else { continue }
            let distance = Self.kilometres(from, to)
            guard distance > 0 else { continue }
            figures += value
            kilometres += distance
        }
        self.rate = kilometres > 0 ? figures / kilometres : nil
    }

    /// The travel per trainee from `from` to `to` and where it comes from; nil when nothing gives it.
    package func cost(from: KecamatanCode, to: KecamatanCode) -> (value: Double, basis: ClassPlan.Basis)? {
        if let (table, measure) = table {
            if let value = table.figures(from, to)?.value(measure) { return (value, .table) }
            if from == to { return (0, .table) }
            guard let rate, let distance = distance(from, to) else { return nil }
            return (distance * rate, .estimated)
        }
        if from == to { return (0, .distance) }
        return distance(from, to).map { ($0, .distance) }
    }

    /// Great-circle kilometres between two centroids; nil when either is missing.
    func distance(_ from: KecamatanCode, _ to: KecamatanCode) -> Double? {
        guard let a = places[from], let b = places[to] else { return nil }
        return Self.kilometres(a, b)
    }

    /// Great-circle kilometres between two places (the haversine formula on a sphere of ``earthRadius``).
    package static func kilometres(_ a: Place, _ b: Place) -> Double {
        let radians = Double.pi / 180
        let (phi1, phi2) = (a.latitude * radians, b.latitude * radians)
        let dPhi = phi2 - phi1
        let dLambda = (b.longitude - a.longitude) * radians
        let h = sin2(dPhi / 2) + cos(phi1) * cos(phi2) * sin2(dLambda / 2)
        return 2 * earthRadius * asin(min(1, h.squareRoot()))
    }

    /// sin²(x).
    private static func sin2(_ x: Double) -> Double {
        let s = sin(x)
        return s * s
    }
}
