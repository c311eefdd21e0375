import Analysis

extension TotalFigures {
    /// The totals of several regions for the same year, summed field by field; the ratios
    /// (readiness, pressure, …) then follow from the sums, as within one region.
    static func combined(_ totals: [TotalFigures], year: Int) -> TotalFigures {
        var sum = TotalFigures(year: year)
        for total in totals {
            sum.kecamatan += total.kecamatan
            sum.population += total.population
            sum.caseload += total.caseload
            sum.requiredTKSK += total.requiredTKSK
            sum.requiredPSM += total.requiredPSM
            sum.activeTKSK += total.activeTKSK
            sum.activePSM += total.activePSM
            sum.trainedTKSK += total.trainedTKSK
            sum.trainedPSM += total.trainedPSM
            sum.staffingGap += total.staffingGap
            sum.trainingSeats += total.trainingSeats
            sum.missingModules += total.missingModules
            sum.moduleSlots += total.moduleSlots
            sum.requiredSlots += total.requiredSlots
        }
        return sum
    }
}
