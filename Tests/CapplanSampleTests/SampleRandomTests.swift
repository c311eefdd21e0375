import Testing

@testable import CapplanSample

@Suite("SampleRandom: seeded, and the same on every toolchain")
struct SampleRandomTests {
    @Test("SplitMix64 gives the reference outputs for seed 1234567")
    func splitMix() {
        var mixer = SplitMix64(state: 1_234_567)
        #expect(
            (0..<5).map { _ in mixer.next() } == [
                6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
                4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
            ])
    }

    @Test("xoshiro256** gives the reference outputs from the state 1, 2, 3, 4")
    func xoshiro() {
        var random = SampleRandom(state: (1, 2, 3, 4))
        #expect(
            (0..<5).map { _ in random.next() } == [
                11520, 0, 1_509_978_240, 1_215_971_899_390_074_240, 1_216_172_134_540_287_360,
            ])
    }

    @Test("a seed gives the same sequence every time; another seed or stream another one")
    func seeded() {
        func draws(_ seed: UInt64, _ stream: UInt64) -> [UInt64] {
            var random = SampleRandom(seed: seed, stream: stream)
            return (0..<8).map { _ in random.next() }
        }
        #expect(draws(1, 0) == draws(1, 0))
        #expect(draws(1, 0) != draws(2, 0))
        #expect(draws(1, 0) != draws(1, 1))
    }

    @Test("int(in:) stays in range, reaches both ends, and repeats for the same seed")
    func bounded() {
        var random = SampleRandom(seed: 1)
        let draws = (0..<2000).map { _ in random.int(in: 3...9) }
        #expect(draws.allSatisfy { (3...9).contains($0) })
        #expect(Set(draws) == Set(3...9))
        var again = SampleRandom(seed: 1)
        #expect((0..<10).map { _ in again.int(in: 3...9) } == Array(draws.prefix(10)))
        var whole = SampleRandom(seed: 1)
        #expect(whole.int(in: Int.min...Int.max) == Int(bitPattern: UInt(SampleRandom(seed: 1).peek())))
    }

    @Test("unit() is in [0, 1)")
    func unit() {
        var random = SampleRandom(seed: 7)
        #expect((0..<10_000).allSatisfy { _ in (0..<1).contains(random.unit()) })
    }
}

extension SampleRandom {
    /// The next word without keeping the advanced state.
    fileprivate func peek() -> UInt64 {
        var copy = self
        return copy.next()
    }
}
