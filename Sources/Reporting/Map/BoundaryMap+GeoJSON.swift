import Ingestion

extension BoundaryMap {
    /// The features of a decoded document, checked one by one in file order: the first problem is thrown.
    static func features(of document: GeoJSONDocument) throws(BoundaryMapError) -> [BoundaryFeature] {
        guard let type = document.type else { throw .notGeoJSON(detail: "the top level has no `type` member") }
        guard type == "FeatureCollection" else {
            throw .notGeoJSON(detail: "the top level is a \(type), not a FeatureCollection")
        }
        guard let features = document.features else {
            throw .notGeoJSON(detail: "the FeatureCollection has no `features` member")
        }
        var seen: [KecamatanCode: Int] = [:]
        var result: [BoundaryFeature] = []
        result.reserveCapacity(features.count)
        for (offset, feature) in features.enumerated() {
            let number = offset + 1
            let properties = feature.properties ?? [:]
            let code = try code(properties["kode"], feature: number)
            if let earlier = seen[code] { throw .duplicateCode(code, first: earlier, second: number) }
            seen[code] = number
            if let kabupaten = properties["kabupaten_kode"], kabupaten != .null {
                try checkKabupaten(kabupaten, of: code)
            }
            guard let geometry = feature.geometry else { throw .missingGeometry(code) }
            guard let polygons = geometry.polygons else { throw .unsupportedGeometry(code, type: geometry.type) }
            var name: String?
            if case .string(let text) = properties["nama"] { name = text }
            let built = BoundaryFeature(code: code, name: name, polygons: try Self.polygons(polygons, of: code))
            try check(built)
            result.append(built)
        }
        return result
    }

    /// The feature's `kode`: a string holding a Kemendagri kecamatan code.
    static func code(_ value: JSONValue?, feature: Int) throws(BoundaryMapError) -> KecamatanCode {
        guard let value, value != .null else { throw .missingCode(feature: feature) }
        guard case .string(let text) = value else {
            throw .invalidCode(feature: feature, kode: value.text, reason: "a JSON \(value.kind), not a string")
        }
        switch RegionCodeParser.parseKecamatan(text) {
        case .success(.kecamatan(let code)):
            return code
        case .success(.bpsKecamatan):
            throw .invalidCode(feature: feature, kode: value.text, reason: "a BPS code, not a Kemendagri code")
        case .success:
            throw .invalidCode(feature: feature, kode: value.text, reason: "not a kecamatan code")
        case .failure(let error):
            throw .invalidCode(feature: feature, kode: value.text, reason: error.reason)
        }
    }

    /// Throws unless `value` is a string naming the kabupaten of `code`.
    static func checkKabupaten(_ value: JSONValue, of code: KecamatanCode) throws(BoundaryMapError) {
        if case .string(let text) = value, case .success(.kabupaten(let kabupaten)) = RegionCodeParser.parse(text),
            kabupaten == code.kabupatenCode
        {
            return
        }
        throw .kabupatenMismatch(code, kabupatenKode: value.text)
    }

    /// The decoded coordinate arrays as polygons of open rings: positions of at least two numbers (a third,
    /// the altitude, is ignored), the closing position dropped when it repeats the first.
    static func polygons(
        _ coordinates: [[[[Double]]]], of code: KecamatanCode
    ) throws(BoundaryMapError) -> [BoundaryFeature.Polygon] {
        var polygons: [BoundaryFeature.Polygon] = []
        for rings in coordinates {
            var polygon: [[GeoPoint]] = []
            for positions in rings {
                var ring: [GeoPoint] = []
                ring.reserveCapacity(positions.count)
                for position in positions {
                    guard position.count >= 2 else {
                        throw .invalidGeometry(code, reason: "a position has fewer than 2 numbers")
                    }
                    ring.append(GeoPoint(longitude: position[0], latitude: position[1]))
                }
                if ring.count > 1, ring.first == ring.last { ring.removeLast() }
                polygon.append(ring)
            }
            polygons.append(BoundaryFeature.Polygon(rings: polygon))
        }
        return polygons
    }
}
