extension SampleNames {
    /// Common Indonesian given names, Muslim and Christian, women's and men's. A given name alone names
    /// no one; the family name beside it is made of random syllables.
    static let givenNames = [
        "Agus", "Ahmad", "Andi", "Ani", "Budi", "Daniel", "Dewi", "Dwi", "Eka", "Ester", "Fajar", "Fitri",
        "Fransiskus", "Hasan", "Hendra", "Indah", "Irwan", "Joko", "Lestari", "Lidia", "Maria", "Markus", "Muhammad",
        "Nur", "Paulus", "Putri", "Rahmat", "Ratna", "Rina", "Rudi", "Siti", "Sri", "Suryani", "Wahyu", "Yohanes",
        "Yuliana", "Yusuf",
    ]

    /// A common given name and a made-up family name, e.g. "Dewi Tiwar".
    static func indonesianPerson(using random: inout SampleRandom) -> String {
        random.pick(givenNames) + " " + word(using: &random)
    }
}
