import Ingestion
import Testing

@Suite("Kecamatan codes")
struct KecamatanCodeTests {
    @Test(
        "writes the canonical PP.KK.DD form",
        arguments: [(65, 2, 1, "65.02.01"), (11, 1, 10, "11.01.10"), (96, 71, 99, "96.71.99")])
    func description(province: Int, kabupaten: Int, kecamatan: Int, text: String) {
        #expect(KecamatanCode(province: province, kabupaten: kabupaten, kecamatan: kecamatan).description == text)
    }

    @Test("knows its kabupaten/kota")
    func kabupatenCode() {
        let code = KecamatanCode(province: 65, kabupaten: 2, kecamatan: 1)
        #expect(code.kabupatenCode == KabupatenCode(province: 65, kabupaten: 2))
    }

    @Test("orders by province, then kabupaten, then kecamatan")
    func ordering() {
        let codes = [
            KecamatanCode(province: 65, kabupaten: 2, kecamatan: 10),
            KecamatanCode(province: 65, kabupaten: 71, kecamatan: 1),
            KecamatanCode(province: 12, kabupaten: 99, kecamatan: 99),
            KecamatanCode(province: 65, kabupaten: 2, kecamatan: 9),
        ]
        #expect(codes.sorted().map(\.description) == ["12.99.99", "65.02.09", "65.02.10", "65.71.01"])
    }
}
