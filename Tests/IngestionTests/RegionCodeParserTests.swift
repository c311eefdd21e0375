import Ingestion
import Testing

@Suite("Region code cells (docs/INPUTS.md, Codes)")
struct RegionCodeParserTests {
    static let kec6502 = RegionCode.kecamatan(KecamatanCode(province: 65, kabupaten: 2, kecamatan: 1))
    static let kab6502 = RegionCode.kabupaten(KabupatenCode(province: 65, kabupaten: 2))

    static let anyHint =
        "write the Kemendagri code: 65.02.01 or 650201 (kecamatan), 65.02 (kabupaten/kota), 65 (province)"
    static let kecamatanHint = "write the Kemendagri code as 65.02.01 or 650201, or the 7-digit BPS code"
    static let bpsHint = "write the 7-digit BPS kecamatan code, e.g. 6502040"

    static let decimalNumber = ValueError(
        "code written as a decimal number",
        hint: "format the code column as text in the spreadsheet, then write the code again without .0")
    static let oneDigitPart = ValueError(
        "code part with one digit", hint: "write each part with two digits: 65.02.01, not 65.2.1")
    static let desaCode = ValueError(
        "desa code, not a kecamatan code", hint: "write the kecamatan code: the first three parts, e.g. 65.02.01")
    static let provinceRange = ValueError(
        "province part out of range", hint: "province codes run from 11 to 99: check the first two digits")
    static let kabupatenRange = ValueError(
        "kabupaten/kota part out of range", hint: "the kabupaten/kota part runs from 01 to 99: check the middle digits")
    static let kecamatanRange = ValueError(
        "kecamatan part out of range", hint: "the kecamatan part runs from 01 to 99: check the last two digits")

    @Test(
        "reads every accepted form",
        arguments: [
            ("65.02.01", kec6502),
            ("650201", kec6502),
            ("65 02 01", kec6502),
            ("65-02-01", kec6502),
            ("  65.02.01\t", kec6502),
            ("\u{00A0}650201\u{00A0}", kec6502),
            ("65.02", kab6502),
            ("6502", kab6502),
            ("65 02", kab6502),
            ("65-02", kab6502),
            ("65", .province(65)),
            ("11", .province(11)),
            ("99", .province(99)),
            ("11.01.01", .kecamatan(KecamatanCode(province: 11, kabupaten: 1, kecamatan: 1))),
            ("99.99.99", .kecamatan(KecamatanCode(province: 99, kabupaten: 99, kecamatan: 99))),
            ("65.71", .kabupaten(KabupatenCode(province: 65, kabupaten: 71))),
            ("6502040", .bpsKecamatan("6502040")),
            (" 6502040 ", .bpsKecamatan("6502040")),
        ])
    func reads(text: String, code: RegionCode) {
        #expect(RegionCodeParser.parse(text) == .success(code))
    }

    @Test(
        "rejects malformed codes",
        arguments: [
            ("", ValueError("no region code given", hint: anyHint)),
            ("  ", ValueError("no region code given", hint: anyHint)),
            ("abc", ValueError("not a region code", hint: anyHint)),
            ("6", ValueError("not a region code", hint: anyHint)),
            ("650", ValueError("not a region code", hint: anyHint)),
            ("65021", ValueError("not a region code", hint: anyHint)),
            ("65020101", ValueError("not a region code", hint: anyHint)),
            ("65.02.01.01", ValueError("not a region code", hint: anyHint)),
            ("65.02 01", ValueError("not a region code", hint: anyHint)),
            ("65..02", ValueError("not a region code", hint: anyHint)),
            ("65.02.", ValueError("not a region code", hint: anyHint)),
            ("65.020.1", ValueError("not a region code", hint: anyHint)),
            ("65.02.001", ValueError("not a region code", hint: anyHint)),
            ("65/02/01", ValueError("not a region code", hint: anyHint)),
            ("65.O2.01", ValueError("not a region code", hint: anyHint)),
            ("6.50201E+5", ValueError("not a region code", hint: anyHint)),
            ("650201.0", decimalNumber),
            ("6502.0", decimalNumber),
            ("65.0", decimalNumber),
            ("6502040.0", decimalNumber),
            ("6.0", decimalNumber),
            (".0", ValueError("not a region code", hint: anyHint)),
            ("65.0\u{0301}", ValueError("not a region code", hint: anyHint)),
            ("\u{0666}\u{0665}.0", ValueError("not a region code", hint: anyHint)),
            ("65.2.1", oneDigitPart),
            ("65.2", oneDigitPart),
            ("65.02.1", oneDigitPart),
            ("65.02.01.2001", desaCode),
            ("6502012001", desaCode),
            ("00", provinceRange),
            ("10", provinceRange),
            ("05.02.01", provinceRange),
            ("050201", provinceRange),
            ("0502040", provinceRange),
            ("65.00", kabupatenRange),
            ("65.00.01", kabupatenRange),
            ("650001", kabupatenRange),
            ("65.02.00", kecamatanRange),
            ("650200", kecamatanRange),
        ])
    func rejects(text: String, error: ValueError) {
        #expect(RegionCodeParser.parse(text) == .failure(error))
    }

    @Test(
        "a kecamatan column takes kecamatan and BPS codes",
        arguments: [
            ("65.02.01", kec6502), ("650201", kec6502), ("65 02 01", kec6502), ("65-02-01", kec6502),
            ("6502040", .bpsKecamatan("6502040")),
        ])
    func readsKecamatan(text: String, code: RegionCode) {
        #expect(RegionCodeParser.parseKecamatan(text) == .success(code))
    }

    @Test(
        "a kecamatan column rejects other codes in its own words",
        arguments: [
            ("65.02", ValueError("kabupaten/kota code, not a kecamatan code", hint: kecamatanHint)),
            ("6502", ValueError("kabupaten/kota code, not a kecamatan code", hint: kecamatanHint)),
            ("65", ValueError("province code, not a kecamatan code", hint: kecamatanHint)),
            ("", ValueError("no kecamatan code given", hint: kecamatanHint)),
            ("Balikpapan", ValueError("not a kecamatan code", hint: kecamatanHint)),
            ("650201.0", decimalNumber),
            ("65.2.1", oneDigitPart),
            ("65.02.01.2001", desaCode),
            ("10.02.01", provinceRange),
            ("65.00.01", kabupatenRange),
            ("65.02.00", kecamatanRange),
        ])
    func rejectsKecamatan(text: String, error: ValueError) {
        #expect(RegionCodeParser.parseKecamatan(text) == .failure(error))
    }

    @Test("reads a BPS code as written", arguments: [("6502040", "6502040"), (" 1101010 ", "1101010")])
    func readsBPS(text: String, code: String) {
        #expect(RegionCodeParser.parseBPS(text) == .success(code))
    }

    @Test(
        "rejects anything but seven digits as a BPS code",
        arguments: [
            ("", ValueError("no BPS kecamatan code given", hint: bpsHint)),
            ("650204", ValueError("not a BPS kecamatan code", hint: bpsHint)),
            ("65020401", ValueError("not a BPS kecamatan code", hint: bpsHint)),
            ("65.02.040", ValueError("not a BPS kecamatan code", hint: bpsHint)),
            ("65 02 040", ValueError("not a BPS kecamatan code", hint: bpsHint)),
            ("650204a", ValueError("not a BPS kecamatan code", hint: bpsHint)),
            ("6502040.0", decimalNumber),
            ("0502040", provinceRange),
        ])
    func rejectsBPS(text: String, error: ValueError) {
        #expect(RegionCodeParser.parseBPS(text) == .failure(error))
    }
}
