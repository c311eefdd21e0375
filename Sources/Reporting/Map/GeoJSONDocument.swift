/// The parts of a GeoJSON FeatureCollection (RFC 7946) that a ``BoundaryMap`` reads, as `Decodable` types.
///
/// Only the shape is checked here: the members' types and the nesting of coordinate arrays. What the values
/// mean (codes, ring sizes, ranges) is checked when the map is built, with messages naming the kecamatan.
struct GeoJSONDocument: Decodable {
    /// `"FeatureCollection"` for a document the map can use.
    var type: String?
    /// The features, in file order; nil when the member is missing.
    var features: [Feature]?

    /// One feature: its properties and its geometry, either of which may be `null`.
    struct Feature: Decodable {
        var properties: [String: JSONValue]?
        var geometry: Geometry?
    }

    /// A geometry: its type and, for a Polygon or MultiPolygon, its polygons (a Polygon is one).
    struct Geometry: Decodable {
        /// The GeoJSON type as written: `Polygon`, `MultiPolygon`, `Point`, …
        var type: String
        /// Polygons → rings → positions → numbers; nil for any other type (its coordinates are not read).
        var polygons: [[[[Double]]]]?

        private enum CodingKeys: String, CodingKey {
            case type, coordinates
        }

        init(type: String, polygons: [[[[Double]]]]?) {
            self.type = type
            self.polygons = polygons
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            type = try container.decode(String.self, forKey: .type)
            switch type {
            case "Polygon": polygons = [try container.decode([[[Double]]].self, forKey: .coordinates)]
            case "MultiPolygon": polygons = try container.decode([[[[Double]]]].self, forKey: .coordinates)
            default: polygons = nil
            }
        }
    }
}

/// Any JSON value, for the free-form `properties` of a feature.
enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([JSONValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// The JSON kind of the value: `number`, `string`, …
    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The value as it would be written in JSON, shortened: strings quoted, arrays and objects by kind only.
    var text: String {
        switch self {
        case .null: "null"
        case .bool(let bool): bool ? "true" : "false"
        case .number(let number): BoundaryMapError.number(number)
        case .string(let string): "\"\(string)\""
        case .array: "an array"
        case .object: "an object"
        }
    }
}
