import Ingestion
import Testing

@Suite("Kabupaten/kota codes")
struct KabupatenCodeTests {
    @Test("writes the canonical PP.KK form", arguments: [(65, 2, "65.02"), (11, 1, "11.01"), (96, 71, "96.71")])
    func description(province: Int, kabupaten: Int, text: String) {
        #expect(KabupatenCode(province: province, kabupaten: kabupaten).description == text)
    }

    @Test("orders by province, then kabupaten")
    func ordering() {
        let codes = [
            KabupatenCode(province: 65, kabupaten: 71), KabupatenCode(province: 12, kabupaten: 5),
            KabupatenCode(province: 65, kabupaten: 2),
        ]
        #expect(codes.sorted().map(\.description) == ["12.05", "65.02", "65.71"])
    }
}
