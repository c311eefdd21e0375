import Analysis
import Ingestion
import Reporting

/// Makes the run's class plan (docs/METHOD.md "Class plan") once the map is read: distances come from its
/// kecamatan centroids, the travel table from ingestion. Says on stderr what was planned, or in one line why
/// nothing was.
enum ClassPlanStep {
    /// Sets `analysis.classPlan` from `data` and the map of `boundaries`.
    static func plan(
        _ analysis: inout PlanAnalysis, data: IngestedData, boundaries: RunContext.Boundaries?, console: Console
    ) {
        let places = (boundaries?.map.features ?? []).reduce(into: [KecamatanCode: TravelCosts.Place]()) {
            places, feature in
            let centroid = feature.centroid
            places[feature.code] = TravelCosts.Place(latitude: centroid.latitude, longitude: centroid.longitude)
        }
        let costs: TravelCosts? =
            places.isEmpty && data.travel == nil
            ? nil : TravelCosts(places: places, table: data.travel, measure: analysis.config.classes.measure)
        let inputs = ClassPlanning.Inputs(
            config: analysis.config, kecamatan: analysis.kecamatan.map { ($0.code, $0.name) },
            capitals: (data.regions?.regions ?? []).filter(\.isCapital).map(\.code).sorted(), costs: costs)
        let result = console.measured("plan classes") { ClassPlanning.plan(analysis.allocation, inputs) }
        analysis.classPlan = result
        switch result {
        case .success(let plan):
            let classes = plan.years.reduce(0) { $0 + $1.classes.count }
            console.progress(
                "class plan: \(classes == 1 ? "1 class" : "\(classes) classes") at "
                    + "\(Wording.count(plan.venues.count, "venue")) over \(Wording.count(plan.years.count, "year"))")
        case .failure(let absence):
            console.progress(absence.description)
        }
    }
}
