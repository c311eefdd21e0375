/// Trainees at one venue formed into classes (docs/METHOD.md "Class plan").
enum ClassForming {
    /// The classes at `venue` for `members` (kecamatan index ascending, seats ≥ 1): ⌈load / batch⌉ classes of
    /// balanced sizes (sizes differ by at most one, the larger first), filled in the members' order, a
    /// kecamatan split across consecutive classes when it does not fit in what is left of one.
    static func classes(venue: Int, members: [ClassMember], batchSize: Int) -> [PlannedClass] {
        let load = members.reduce(0) { $0 + $1.seats }
        guard load > 0 else { return [] }
        let count = (load + batchSize - 1) / batchSize
        let smaller = load / count
        let larger = load % count
        var result: [PlannedClass] = []
        var memberIndex = 0
        var memberLeft = members.first?.seats ?? 0
        for number in 0..<count {
            var size = smaller + (number < larger ? 1 : 0)
            var planned = PlannedClass(venue: venue, members: [])
            while size > 0 && memberIndex < members.count {
                let take = min(size, memberLeft)
                planned.members.append(ClassMember(kecamatan: members[memberIndex].kecamatan, seats: take))
                size -= take
                memberLeft -= take
                if memberLeft == 0 {
                    memberIndex += 1
                    memberLeft = memberIndex < members.count ? members[memberIndex].seats : 0
                }
            }
            result.append(planned)
        }
        return result
    }

    /// Every venue's classes for `assignment`, by venue index then class number, with the assignment's travel.
    static func solution(_ assignment: VenueAssignment, batchSize: Int, provenOptimal: Bool) -> ClassPlanSolution {
        var classes: [PlannedClass] = []
        let kecamatanCount = assignment.venueCount == 0 ? 0 : assignment.placed.count / assignment.venueCount
        for venue in 0..<assignment.venueCount where assignment.loads[venue] > 0 {
            let members = (0..<kecamatanCount).compactMap { kecamatan in
                let seats = assignment.seats(kecamatan, at: venue)
                return seats > 0 ? ClassMember(kecamatan: kecamatan, seats: seats) : nil
            }
            classes += Self.classes(venue: venue, members: members, batchSize: batchSize)
        }
        return ClassPlanSolution(classes: classes, totalTravel: assignment.travel, provenOptimal: provenOptimal)
    }
}
