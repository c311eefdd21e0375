import Ingestion

extension SummaryJSON {
    /// The config the method ran with: norms per role, modules, weights and the training settings;
    /// rates, norms and weights with 6 decimals (trailing zeros dropped, as every JSON number).
    static func config<Sink>(_ config: PlanConfig, _ json: inout JSONWriter<Sink>) {
        func share(_ key: String, _ value: Double) {
            json.key(key)
            json.number(FigureKind.share.text(.real(value)))
        }
        json.beginObject()
        share("attrition", config.attrition)
        json.key("batch_size")
        json.integer(config.batchSize)
        share("default_growth", config.defaultGrowth)
        json.key("modules")
        json.beginArray()
        for module in config.modules {
            json.beginObject()
            json.key("id")
            json.string(module.id)
            json.key("name")
            json.string(module.name)
            json.key("roles")
            json.beginArray()
            for role in module.roles.sorted() { json.string(role.rawValue) }
            json.endArray()
            json.key("valid_years")
            json.integer(module.validYears)
            json.endObject()
        }
        json.endArray()
        json.key("norms")
        json.beginObject()
        for role in [Role.psm, .tksk] {
            let norm = config.norms[role]
            json.key(role.rawValue.lowercased())
            json.beginObject()
            share("cases_per_worker", norm.casesPerWorker)
            share("per_desa", norm.perDesa)
            share("per_kecamatan", norm.perKecamatan)
            share("population_per_worker", norm.populationPerWorker)
            json.endObject()
        }
        json.endObject()
        json.key("seats_per_year")
        json.integer(config.seatsPerYear)
        json.key("weights")
        json.beginObject()
        share("growth", config.weights.growth)
        share("pressure", config.weights.pressure)
        share("readiness_gap", config.weights.readinessGap)
        share("untrained_share", config.weights.untrainedShare)
        json.endObject()
        json.endObject()
    }
}
