/// A position on the globe in degrees, WGS84 as GeoJSON gives it: longitude east of Greenwich, latitude north of
/// the equator.
package struct GeoPoint: Hashable, Sendable {
    /// Degrees east, −180 to 180.
    package var longitude: Double
    /// Degrees north, −90 to 90.
    package var latitude: Double

    /// Creates a position from its longitude and latitude, in that order (GeoJSON's order).
    package init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }

    /// True when both parts are finite and within longitude −180…180, latitude −90…90.
    package var isValid: Bool {
        longitude.isFinite && latitude.isFinite && (-180...180).contains(longitude) && (-90...90).contains(latitude)
    }
}
