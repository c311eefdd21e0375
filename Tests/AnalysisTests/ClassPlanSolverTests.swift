import Testing

@testable import Analysis

/// Class plans worked by hand (docs/METHOD.md "Class plan").
@Suite struct ClassPlanSolverTests {
    @Test func eachKecamatanAtItsCheapestVenueWithoutLimits() throws {
        // Batch 4. k0 (3 seats) costs 1 at v0, 5 at v1; k1 (2) 4 and 2; k2 (4) 3 and 3 (a tie → v0).
        // k0 → v0: 3; k1 → v1: 2 × 2 = 4; k2 → v0: 4 × 3 = 12; total 19.
        // v0 holds 3 + 4 = 7 in ⌈7/4⌉ = 2 classes of 4 and 3: [k0 3, k2 1], [k2 3]; v1 one class [k1 2].
        let problem = ClassPlanProblem(
            batchSize: 4, seats: [3, 2, 4], capacities: [nil, nil], travel: [[1, 5], [4, 2], [3, 3]])
        let solution = try #require(ClassPlanner.solve(problem))
        #expect(
            solution
                == ClassPlanSolution(
                    classes: [
                        PlannedClass(venue: 0, members: [member(0, 3), member(2, 1)]),
                        PlannedClass(venue: 0, members: [member(2, 3)]),
                        PlannedClass(venue: 1, members: [member(1, 2)]),
                    ], totalTravel: 19, provenOptimal: true))
        // Unmixed at the nearest venue: the same 19, in ⌈3/4⌉ + ⌈2/4⌉ + ⌈4/4⌉ = 3 classes.
        #expect(ClassPlanner.nearestUnmixed(problem) == (travel: 19, classes: 3))
        // Everyone at v0: 3 + 8 + 12 = 23; at v1: 15 + 4 + 12 = 31.
        #expect(ClassPlanner.allAt(0, problem) == 23 && ClassPlanner.allAt(1, problem) == 31)
    }

    @Test func aCapacitySendsAKecamatanToItsSecondVenue() throws {
        // Batch 4; v0 holds one class. k0 (4 seats) costs 1 at v0, 2 at v1; k1 (4) 1 and 10.
        // Both want v0 but only 4 fit. k0 at v1, k1 at v0: 4 × 2 + 4 × 1 = 12; the other way 4 + 40 = 44.
        // The flow first puts k0 at v0, then sends k1 to v0 and moves k0 on: 1 + (2 − 1) = 2 a seat, not 10.
        let problem = ClassPlanProblem(
            batchSize: 4, seats: [4, 4], capacities: [1, nil], travel: [[1, 2], [1, 10]])
        let solution = try #require(ClassPlanner.solve(problem))
        #expect(
            solution
                == ClassPlanSolution(
                    classes: [
                        PlannedClass(venue: 0, members: [member(1, 4)]),
                        PlannedClass(venue: 1, members: [member(0, 4)]),
                    ], totalTravel: 12, provenOptimal: true))
    }

    @Test func aClassLimitMixesKecamatan() throws {
        // Batch 4, one class at most. k0 (2 seats) costs 0 at v0, 6 at v1; k1 (2) 5 and 0.
        // Unlimited: two classes. One class at v0: 2 × 5 = 10; at v1: 2 × 6 = 12. Class counts (0,1) then
        // (1,0) are tried; (1,0) wins.
        let problem = ClassPlanProblem(
            batchSize: 4, seats: [2, 2], capacities: [nil, nil], travel: [[0, 6], [5, 0]], classLimit: 1)
        let solution = try #require(ClassPlanner.solve(problem))
        #expect(
            solution
                == ClassPlanSolution(
                    classes: [PlannedClass(venue: 0, members: [member(0, 2), member(1, 2)])], totalTravel: 10,
                    provenOptimal: true))
    }

    @Test func aClassLimitSplitsAKecamatanAcrossVenues() throws {
        // Batch 4, two classes at most (⌈8/4⌉ = 2 needed). k0 (6 seats) costs 0 at v0, 1 at v1; k1 (2) 9 and 0.
        // Unlimited: ⌈6/4⌉ + ⌈2/4⌉ = 3 classes. Counts (0,2): all at v1, 6; (1,1): k0 4 at v0, k0 2 and k1 2 at
        // v1, 2 × 1 = 2; (2,0): all at v0, 18. Best (1,1) with 2.
        let problem = ClassPlanProblem(
            batchSize: 4, seats: [6, 2], capacities: [nil, nil], travel: [[0, 1], [9, 0]], classLimit: 2)
        let solution = try #require(ClassPlanner.solve(problem))
        #expect(
            solution
                == ClassPlanSolution(
                    classes: [
                        PlannedClass(venue: 0, members: [member(0, 4)]),
                        PlannedClass(venue: 1, members: [member(0, 2), member(1, 2)]),
                    ], totalTravel: 2, provenOptimal: true))
    }

    @Test func noPlanWhenCapacitiesOrTheLimitHoldTooFew() {
        // 9 seats; two venues of one class of 4 hold 8; a limit of 2 classes holds 8.
        let travel: [[Int64]] = [[1, 2], [2, 1]]
        #expect(
            ClassPlanner.solve(ClassPlanProblem(batchSize: 4, seats: [5, 4], capacities: [1, 1], travel: travel)) == nil
        )
        #expect(
            ClassPlanner.solve(
                ClassPlanProblem(batchSize: 4, seats: [5, 4], capacities: [nil, nil], travel: travel, classLimit: 2))
                == nil)
        // With 8 seats both fit: each at its own venue, 4 + 4 = 8.
        #expect(
            ClassPlanner.solve(ClassPlanProblem(batchSize: 4, seats: [4, 4], capacities: [1, 1], travel: travel))?
                .totalTravel == 8)
    }

    @Test func noSeatsNoClasses() {
        let problem = ClassPlanProblem(
            batchSize: 3, seats: [0, 0], capacities: [0], travel: [[4], [5]], classLimit: 0)
        #expect(ClassPlanner.solve(problem) == ClassPlanSolution(classes: [], totalTravel: 0, provenOptimal: true))
    }

    @Test func classesAtAVenueAreBalancedAndFilledInKecamatanOrder() {
        // 5 + 4 + 2 = 11 trainees, batch 4: ⌈11/4⌉ = 3 classes of 4, 4, 3.
        let classes = ClassForming.classes(
            venue: 2, members: [member(1, 5), member(3, 4), member(4, 2)], batchSize: 4)
        #expect(
            classes == [
                PlannedClass(venue: 2, members: [member(1, 4)]),
                PlannedClass(venue: 2, members: [member(1, 1), member(3, 3)]),
                PlannedClass(venue: 2, members: [member(3, 1), member(4, 2)]),
            ])
        // 9 in batches of 5: 2 classes of 5 and 4, not 5 and 4 the other way round.
        #expect(
            ClassForming.classes(venue: 0, members: [member(0, 9)], batchSize: 5).map(\.trainees) == [5, 4])
    }

    /// A member of `seats` trainees from kecamatan `kecamatan`.
    private func member(_ kecamatan: Int, _ seats: Int) -> ClassMember {
        ClassMember(kecamatan: kecamatan, seats: seats)
    }
}
