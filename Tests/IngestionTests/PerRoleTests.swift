import Ingestion
import Testing

/// One value per role (``PerRole``) and the one mapping of roles to positions (``Role/position``).
@Suite struct PerRoleTests {
    @Test("positions are the roles' places in allCases, and order them")
    func positions() {
        #expect(Role.allCases.map(\.position) == Array(Role.allCases.indices))
        #expect(Role.tksk.position == 0)
        #expect(Role.psm.position == 1)
        #expect(Role.tksk < .psm)
        #expect(!(Role.psm < .tksk))
        #expect(!(Role.tksk < .tksk))
    }

    @Test("the subscript reads and writes each role's own value")
    func subscriptReadsAndWrites() {
        var values = PerRole(tksk: 1, psm: 2)
        #expect(values[.tksk] == 1)
        #expect(values[.psm] == 2)
        values[.psm] += 10
        values[.tksk] = 7
        #expect(values == PerRole(tksk: 7, psm: 12))
        #expect(values.values == [7, 12])
    }

    @Test("init from a function and map visit the roles in Role order")
    func makeAndMap() {
        var visited: [Role] = []
        let names = PerRole { role in
            visited.append(role)
            return role.rawValue
        }
        #expect(visited == Role.allCases)
        #expect(names == PerRole(tksk: "TKSK", psm: "PSM"))
        #expect(names.map(\.count) == PerRole(tksk: 4, psm: 3))
        #expect(Set([names, names, PerRole(tksk: "PSM", psm: "TKSK")]).count == 2)
    }

    @Test("a throwing function's error passes through")
    func throwing() {
        struct Refused: Error, Equatable {}
        #expect(throws: Refused.self) {
            _ = try PerRole { (role: Role) throws(Refused) -> Int in
                if role == .psm { throw Refused() }
                return 1
            }
        }
    }

    @Test("the default norms: one TKSK per kecamatan, one PSM per desa")
    func defaultNorms() {
        #expect(WorkforceNorm.defaults[.tksk] == WorkforceNorm(perKecamatan: 1))
        #expect(WorkforceNorm.defaults[.psm] == WorkforceNorm(perDesa: 1))
    }
}
