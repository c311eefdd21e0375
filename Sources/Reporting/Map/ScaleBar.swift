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

extension MapDrawing {
    /// `bar` as two halves, black and white, at (x, y), labelled below at 0, the middle (when whole) and its length
    /// in km, numbers in `language`'s way.
    mutating func scaleBar(_ bar: ScaleBar, x: Double, y: Double, language: ReportLanguage) {
        let half = bar.pixels / 2
        rect(x: x, y: y, width: half, height: 5, fill: "#1a1a1a", stroke: "#1a1a1a")
        rect(x: x + half, y: y, width: half, height: 5, fill: "#ffffff", stroke: "#1a1a1a")
        for tick in bar.ticks {
            let tickX = x + tick / bar.kilometres * bar.pixels
            let label = NumberFormat.prose(tick, language) + (tick == bar.kilometres ? " km" : "")
            text(label, x: tickX, y: y + 17, size: MapDrawing.Size.small, anchor: "middle")
        }
    }
}
