import Ingestion
import Testing

@Suite("Region codes")
struct RegionCodeTests {
    @Test(
        "writes each kind of code in its canonical form",
        arguments: [
            (RegionCode.province(65), "65"),
            (.kabupaten(KabupatenCode(province: 65, kabupaten: 2)), "65.02"),
            (.kecamatan(KecamatanCode(province: 65, kabupaten: 2, kecamatan: 1)), "65.02.01"),
            (.bpsKecamatan("6502040"), "6502040"),
        ])
    func description(code: RegionCode, text: String) {
        #expect(code.description == text)
    }
}
