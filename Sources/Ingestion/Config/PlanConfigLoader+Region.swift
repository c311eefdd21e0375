/// The config's `[region]` table (docs/INPUTS.md "Plan config").
extension PlanConfigLoader {
    static let regionKeys = ["province", "code"]
    /// The longest province name taken (Indonesia's longest is under 40 characters).
    static let maximumProvinceName = 100

    /// `[region]`: `province`, a non-empty name, and `code`, a province code (`"65"` or `65`); both optional.
    static func region(_ root: ConfigTable) throws(ConfigError) -> PlanRegion {
        guard let section = try root.table("region") else { return PlanRegion() }
        try section.rejectUnknownKeys(regionKeys)
        var region = PlanRegion()
        if let name = try section.string("province") {
            let trimmed = String(CellText.trimmed(name))
            guard !trimmed.isEmpty else {
                throw section.invalid(
                    "province", "is empty",
                    hint: "give the province's name, such as \"Kalimantan Utara\", or leave it out")
            }
            // The name reaches every report, the workbook's properties among them: a line of text.
            guard trimmed.count <= maximumProvinceName,
                !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
            else {
                throw section.invalid(
                    "province", "is not a name of at most \(maximumProvinceName) characters on one line",
                    hint: "give the province's name, such as \"Kalimantan Utara\"")
            }
            region.province = trimmed
        }
        if let value = section.value("code") {
            let text: String
            if let int = value.int {
                text = String(int)
            } else if let string = value.string {
                text = string
            } else {
                throw section.wrongType("code", expected: "a province code such as \"65\"", value: value)
            }
            guard case .success(.province(let code)) = RegionCodeParser.parse(text) else {
                throw section.invalid(
                    "code", "\"\(text)\" is not a province code",
                    hint: "give the two-digit province code, such as \"65\"")
            }
            region.code = code
        }
        return region
    }
}
