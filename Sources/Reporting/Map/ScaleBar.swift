/// A scale bar of a round length in kilometres: the longest of 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500 or
/// 1,000 km (and so on by tens) that fits a given number of pixels.
struct ScaleBar: Equatable {
    /// The length the bar stands for.
    let kilometres: Double
    /// Its length on the drawing.
    let pixels: Double

    /// The round lengths tried, in kilometres, before scaling by powers of ten.
    static let steps: [Double] = [1, 2, 2.5, 5]

    /// The longest round bar of at most `maxPixels` at `pixelsPerKilometre`; nil when not even 1 km fits or the
    /// scale is not a positive finite number.
    init?(pixelsPerKilometre: Double, maxPixels: Double) {
        guard pixelsPerKilometre.isFinite, pixelsPerKilometre > 0, maxPixels.isFinite else { return nil }
        var best: Double?
        var power = 1.0
        while power <= 10_000 {
            for step in Self.steps {
                let length = step * power
                // 2.5 only from 25 km on (no 2.5 km bar), so the labels stay whole numbers.
                if step == 2.5, power < 10 { continue }
                if length * pixelsPerKilometre <= maxPixels { best = length }
            }
            power *= 10
        }
        guard let best else { return nil }
        kilometres = best
        pixels = best * pixelsPerKilometre
    }

    /// Where the bar is labelled: 0, the middle and the end, in kilometres (the middle only when it is whole).
    var ticks: [Double] {
        let middle = kilometres / 2
        return middle == middle.rounded() ? [0, middle, kilometres] : [0, kilometres]
    }
}
