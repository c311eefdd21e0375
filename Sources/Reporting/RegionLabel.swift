import Analysis

/// How the reports name a region: by its name with its code beside it, or, when the inputs give no name, by its
/// code labelled as a code, never by a bare code. The brief's headline and the workbook's cover and properties
/// take their province label from here.
package enum RegionLabel {
    /// The word for a province, as a name may already begin with it.
    static let provinceWord = "provinsi "

    /// A province: "Provinsi Kalimantan Utara (65)" / "Kalimantan Utara Province (65)", or without a name
    /// "Provinsi dengan kode 65" / "Province with code 65". A name that already begins with "Provinsi" is
    /// used as it is: "Provinsi Kalimantan Utara (65)" in both languages.
    package static func province(name: String, code: String, language: ReportLanguage) -> String {
        if name.isEmpty {
            return language.pick("Provinsi dengan kode \(code)", "Province with code \(code)")
        }
        if name.lowercased().hasPrefix(provinceWord) { return "\(name) (\(code))" }
        return language.pick("Provinsi \(name) (\(code))", "\(name) Province (\(code))")
    }

    /// A province's totals labelled as ``province(name:code:language:)`` says.
    package static func province(_ region: RegionTotals, language: ReportLanguage) -> String {
        province(name: region.name, code: region.code, language: language)
    }
}
