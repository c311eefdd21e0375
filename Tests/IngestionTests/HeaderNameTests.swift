import Ingestion
import Testing

@Suite("Header folding (docs/INPUTS.md, Header)")
struct HeaderNameTests {
    @Test(
        "folds case, spaces and punctuation runs to one underscore",
        arguments: [
            ("Kabupaten/Kota", "kabupaten_kota"),
            (" Jumlah  Penduduk ", "jumlah_penduduk"),
            ("Kode.Kecamatan", "kode_kecamatan"),
            ("kode-kecamatan", "kode_kecamatan"),
            ("kode_kecamatan", "kode_kecamatan"),
            ("KODE__KECAMATAN", "kode_kecamatan"),
            ("Kode . - / Kecamatan", "kode_kecamatan"),
            ("Desa/Kelurahan", "desa_kelurahan"),
            ("\tTahun\t", "tahun"),
            ("_id_", "id"),
            ("No.", "no"),
            ("luas_km2", "luas_km2"),
            ("Luas (km2)", "luas_(km2)"),
            ("Pelatihan Kebijakan Sosial", "pelatihan_kebijakan_sosial"),
            ("penduduk\u{00A0}total", "penduduk_total"),
            ("", ""),
            (" / ", ""),
        ])
    func folds(raw: String, folded: String) {
        #expect(HeaderName.fold(raw) == folded)
    }
}
