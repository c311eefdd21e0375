/// The digit groups of a code cell (`65.02.01` → 65, 02, 01), gathered byte by byte without
/// allocating: the first four groups' widths and values, and how many groups there were.
struct DigitGroups {
    /// Groups kept; a code with more is not a code.
    static let capacity = 4
    /// The separator byte between groups, or 0 while none was seen.
    var separator: UInt8 = 0
    /// Number of groups closed so far (can exceed `capacity`).
    private(set) var count = 0
    /// A group with no digits was closed (`65..02`, `.65`).
    private(set) var hasEmptyGroup = false
    /// Digits per group.
    private(set) var width = InlineArray<4, Int>(repeating: 0)
    /// Value per group (kept while at most 10 digits wide, enough for every code form).
    private(set) var value = InlineArray<4, Int>(repeating: 0)
    private var currentWidth = 0
    private var currentValue = 0

    /// Adds an ASCII digit to the open group.
    mutating func append(digit: UInt8) {
        currentWidth += 1
        if currentWidth <= 10 { currentValue = currentValue * 10 + Int(digit &- 0x30) }
    }

    /// Closes the open group.
    mutating func close() {
        if currentWidth == 0 { hasEmptyGroup = true }
        if count < Self.capacity {
            width[count] = currentWidth
            value[count] = currentValue
        }
        count += 1
        currentWidth = 0
        currentValue = 0
    }

    /// Whether the four groups have exactly these widths.
    func hasWidths(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Bool {
        width[0] == a && width[1] == b && width[2] == c && width[3] == d
    }
}
