import Analysis
import Ingestion

extension ClassPlan.Unit {
    /// A travel figure for prose in `language`: hours with one decimal, kilometres and rupiah whole.
    func prose(_ value: Double, _ language: ReportLanguage) -> String {
        NumberFormat.prose(value, places: self == .hours ? 1 : 0, language)
    }

    /// The unit's word in `language`.
    func word(_ language: ReportLanguage) -> String {
        switch self {
        case .kilometres: "km"
        case .hours: language.pick("jam", "hours")
        case .rupiah: "rupiah"
        }
    }
}
