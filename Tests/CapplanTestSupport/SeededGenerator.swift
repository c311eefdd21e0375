/// SplitMix64: the one small seeded random source of the test targets, so a generated file or roster
/// is the same on every run.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
    /// The generator's state.
    package var state: UInt64

    /// A generator seeded with `seed`.
    package init(seed: UInt64) { state = seed }

    /// The next 64-bit word.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
