/// The colours of the map: ColorBrewer schemes (Cynthia Brewer, colorbrewer2.org), which ColorBrewer marks as
/// safe for colour-blind readers and for printing in grey.
///
/// - Sequential: YlOrRd (yellow–orange–red) with 3, 4 or 5 classes; red is the highest priority. One or two
///   classes take colours of the 3-class scheme.
/// - Diverging: RdBu (red–blue) with 3 or 5 classes, reversed so that red is a climb towards rank 1 (more
///   priority, as in the sequential map) and blue a fall; the middle, no change, is near-white.
package enum MapPalette {
    /// The fill of a kecamatan with no value: a neutral grey none of the schemes uses.
    package static let noData = "#bdbdbd"
    /// The thin lines between kecamatan.
    package static let kecamatanLine = "#808080"
    /// The heavier kabupaten/kota borders and the outer boundary.
    package static let borderLine = "#3a3a3a"

    /// YlOrRd with `count` classes (1 to 5; more are capped at 5).
    package static func sequential(_ count: Int) -> [String] {
        switch count {
        case ...0: []
        case 1: ["#feb24c"]
        case 2: ["#ffeda0", "#f03b20"]
        case 3: ["#ffeda0", "#feb24c", "#f03b20"]
        case 4: ["#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"]
        default: ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]
        }
    }

    /// RdBu reversed with `count` classes, climbed (red) first: 1, 3 or 5 (other counts take the next scheme
    /// down).
    package static func diverging(_ count: Int) -> [String] {
        switch count {
        case ...0: []
        case 1, 2: ["#f7f7f7"]
        case 3, 4: ["#ef8a62", "#f7f7f7", "#67a9cf"]
        default: ["#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"]
        }
    }
}
