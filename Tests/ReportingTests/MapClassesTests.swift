import Testing

@testable import Reporting

@Suite("MapClasses: quantile and symmetric classes")
struct MapClassesTests {
    static let ylOrRd5 = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]

    static func limits(_ classes: MapClasses) -> [[Double]] {
        classes.classes.map { [$0.lower, $0.upper] }
    }

    @Test("ten values make five classes of two, each from its smallest to its largest value")
    func tenValues() {
        let values = [0.7, 0.1, 1.0, 0.4, 0.2, 0.9, 0.3, 0.6, 0.5, 0.8]
        let classes = MapClasses.quantiles(of: values)
        #expect(Self.limits(classes) == [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6], [0.7, 0.8], [0.9, 1.0]])
        #expect(classes.classes.map(\.colour) == Self.ylOrRd5)
        #expect(MapClasses.quantiles(of: values.sorted()) == classes)
        #expect(MapClasses.quantiles(of: values.reversed()) == classes)
        #expect(classes.index(of: 0.05) == 0)
        #expect(classes.index(of: 0.2) == 0)
        #expect(classes.index(of: 0.25) == 1)
        #expect(classes.index(of: 1.0) == 4)
        #expect(classes.index(of: 2.0) == 4)
        #expect(classes.index(of: .nan) == nil)
    }

    @Test("class k ends at the value in place ⌈k · n / 5⌉: seven values")
    func sevenValues() {
        let classes = MapClasses.quantiles(of: [5, 1, 4, 2, 3, 7, 6])
        #expect(Self.limits(classes) == [[1, 2], [3, 3], [4, 5], [6, 6], [7, 7]])
    }

    @Test("equal values share a class; classes whose ends coincide are merged, with the 3-class palette")
    func ties() {
        let classes = MapClasses.quantiles(of: [1, 1, 3, 1, 2, 1])
        #expect(Self.limits(classes) == [[1, 1], [2, 2], [3, 3]])
        #expect(classes.classes.map(\.colour) == ["#ffeda0", "#feb24c", "#f03b20"])
        let same = MapClasses.quantiles(of: [0.5, 0.5, 0.5])
        #expect(Self.limits(same) == [[0.5, 0.5]])
        #expect(same.classes.map(\.colour) == ["#feb24c"])
    }

    @Test("values that are not finite are left out; no values, no classes")
    func edges() {
        #expect(Self.limits(MapClasses.quantiles(of: [.nan, 2, .infinity, 1])) == [[1, 1], [2, 2]])
        #expect(MapClasses.quantiles(of: []).classes.isEmpty)
        #expect(MapClasses.quantiles(of: [.nan]).classes.isEmpty)
        #expect(MapClasses.quantiles(of: [1, 2, 3], count: 0).classes.isEmpty)
        #expect(MapClasses.quantiles(of: []).index(of: 1) == nil)
        // More than five classes are capped at the palette's five.
        #expect(MapClasses.quantiles(of: (1...20).map(Double.init), count: 9).classes.count == 5)
    }

    @Test("rank changes: five classes symmetric around 0, h = ⌈M / 2⌉")
    func symmetric() {
        let classes = MapClasses.symmetric(around: [-7, -2, 0, 3, 5])
        #expect(Self.limits(classes) == [[-7, -5], [-4, -1], [0, 0], [1, 4], [5, 7]])
        #expect(classes.classes.map(\.colour) == ["#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"])
        #expect(classes.index(of: -6) == 0)
        #expect(classes.index(of: -1) == 1)
        #expect(classes.index(of: 0) == 2)
        #expect(classes.index(of: 4) == 3)
        #expect(classes.index(of: 7) == 4)
        // Symmetric whatever the sign of the largest change.
        #expect(Self.limits(MapClasses.symmetric(around: [2])) == [[-2, -2], [-1, -1], [0, 0], [1, 1], [2, 2]])
        #expect(
            Self.limits(MapClasses.symmetric(around: [-2.5, 1])) == [[-3, -3], [-2, -1], [0, 0], [1, 2], [3, 3]])
    }

    @Test("rank changes of at most one place make three classes; none at all, one")
    func symmetricSmall() {
        let three = MapClasses.symmetric(around: [-1, 0, 1, 1])
        #expect(Self.limits(three) == [[-1, -1], [0, 0], [1, 1]])
        #expect(three.classes.map(\.colour) == ["#ef8a62", "#f7f7f7", "#67a9cf"])
        let none = MapClasses.symmetric(around: [0, 0])
        #expect(Self.limits(none) == [[0, 0]])
        #expect(none.classes.map(\.colour) == ["#f7f7f7"])
        #expect(Self.limits(MapClasses.symmetric(around: [])) == [[0, 0]])
    }
}
