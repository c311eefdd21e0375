/// A small valid province for the targets that fuzz one file at a time: two kecamatan of one kabupaten,
/// every column in use, so the file under test meets real neighbours.
enum FuzzData {
    /// The plan naming the files; `regions` only when asked for.
    static func plan(regions: Bool) -> String {
        (regions ? "regions = \"regions.csv\"\n" : "") + """
            population = ["population.csv"]
            roster = "roster.csv"
            base_year = 2024
            horizon = 2027
            default_growth = 0.02

            [norms.PSM]
            population_per_worker = 3000

            [[modules]]
            id = "dasar"
            valid_years = 3

            [training]
            seats_per_year = 10
            batch_size = 4

            """
    }

    /// The regions master list.
    static let regions = """
        kode,kecamatan,kabupaten,desa,kelurahan,kode_bps,provinsi
        65.03.01,Sesayap,Kabupaten Tana Tidung,8,0,6504010,Kalimantan Utara
        65.03.02,Sesayap Hilir,Kabupaten Tana Tidung,7,1,6504020,Kalimantan Utara

        """

    /// Two years of population for each kecamatan.
    static let population = """
        kode_kecamatan,kecamatan,kabupaten,tahun,penduduk,kasus,sumber,jenis
        65.03.01,Sesayap,Kabupaten Tana Tidung,2020,9120,140,BPS,sensus
        65.03.01,Sesayap,Kabupaten Tana Tidung,2024,10240,151,BPS,proyeksi
        65.03.02,Sesayap Hilir,Kabupaten Tana Tidung,2020,5310,88,BPS,sensus
        65.03.02,Sesayap Hilir,Kabupaten Tana Tidung,2024,5702,90,BPS,proyeksi

        """

    /// Four workers, trained and not.
    static let roster = """
        id,nama,peran,kode_kecamatan,status,tahun_mulai,dasar
        S01,Nama Satu,TKSK,65.03.01,aktif,2016,2022
        S02,Nama Dua,PSM,65.03.01,aktif,2019,
        S03,Nama Tiga,PSM,65.03.02,aktif,2021,2019
        S04,Nama Empat,TKSK,65.03.02,nonaktif,2010,

        """

    /// Writes the data set's files into `scratch` (the plan without regions when `regions` is false).
    static func write(into scratch: FuzzScratch, regions: Bool) {
        scratch.write("plan.toml", Array(plan(regions: regions).utf8))
        scratch.write("regions.csv", Array(Self.regions.utf8))
        scratch.write("population.csv", Array(population.utf8))
        scratch.write("roster.csv", Array(roster.utf8))
    }
}
