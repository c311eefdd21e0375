extension PlanConfigLoader {
    /// The keys of a `[[venues]]` table.
    static let venueKeys = ["kecamatan", "name", "capacity"]

    /// `[[venues]]` and the class keys of `[training]` (`travel_measure`, `limit_classes`); `travel` is a file and
    /// is resolved with the others.
    static func classPlan(_ root: ConfigTable) throws(ConfigError) -> ClassPlanSettings {
        var settings = ClassPlanSettings(venues: try venues(root))
        guard let training = try root.table("training") else { return settings }
        if let measure = try training.string("travel_measure") {
            guard let value = TravelMeasure(rawValue: measure) else {
                throw training.invalid(
                    "travel_measure", "is \"\(measure)\", must be \"hours\" or \"cost\"",
                    hint: "name the travel table's figure the class plan keeps low: hours (jam) or cost (biaya)")
            }
            settings.measure = value
        }
        settings.limitClasses = try training.bool("limit_classes") ?? false
        return settings
    }

    /// `[[venues]]`: each names a kecamatan by its Kemendagri code, once; `name` defaults to the kecamatan's
    /// name, `capacity` (classes a year) to no limit.
    static func venues(_ root: ConfigTable) throws(ConfigError) -> [PlanVenue] {
        guard let sections = try root.tables("venues") else { return [] }
        var venues: [PlanVenue] = []
        var keyOfCode: [KecamatanCode: String] = [:]
        for section in sections {
            try section.rejectUnknownKeys(venueKeys)
            guard let text = try section.string("kecamatan") else {
                throw .missingKey(path: root.path, key: section.qualified("kecamatan"))
            }
            guard case .success(.kecamatan(let code)) = RegionCodeParser.parseKecamatan(text) else {
                throw section.invalid(
                    "kecamatan", "\"\(text)\" is not a Kemendagri kecamatan code",
                    hint: "write the code of the venue's kecamatan as 65.01.05")
            }
            if let first = keyOfCode[code] {
                throw section.invalid(
                    "kecamatan", "\(code) is already the kecamatan of \(first)", hint: "list each venue once")
            }
            keyOfCode[code] = section.key
            let name = try section.string("name")
            if let name, name.isEmpty {
                throw section.invalid(
                    "name", "is empty", hint: "give the venue's name, or leave name out to use the kecamatan's")
            }
            let capacity = try section.int("capacity")
            if let capacity, capacity < 1 || capacity > PlanBounds.maximumSeats {
                throw section.invalid(
                    "capacity", "is \(capacity), must be from 1 to \(PlanBounds.maximumSeats)",
                    hint: "give the classes the venue can hold in a year, or leave capacity out for no limit")
            }
            venues.append(PlanVenue(code: code, name: name, capacity: capacity))
        }
        return venues
    }
}

extension ClassPlanSettings {
    /// The classes a year all listed venues hold together, when every one has a capacity; nil otherwise.
    var capacity: Int? {
        guard !venues.isEmpty else { return nil }
        var total = 0
        for venue in venues {
            guard let capacity = venue.capacity else { return nil }
            total += capacity
        }
        return total
    }
}
