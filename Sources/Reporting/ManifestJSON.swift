import Ingestion

/// `manifest.json`: the tool version, the run's start and finish (the only timestamps of a run
/// directory), the config with its SHA-256, every input file with its SHA-256 and row accounting,
/// the boundary file of the map when the plan names one, the population sources, and the names of
/// the files written. Keys sorted, written by ``JSONWriter``.
package enum ManifestJSON {
    /// Renders the manifest; `outputs` are the output file names, in the order given.
    package static func render(_ context: RunContext, outputs: [String]) -> String {
        var json = JSONWriter(into: ByteBuffer())
        json.beginObject()
        json.key("config")
        json.beginObject()
        json.key("path")
        json.string(context.configPath)
        json.key("sha256")
        json.string(context.configSHA256)
        json.endObject()
        json.key("finished")
        json.string(context.finishedAt)
        json.key("inputs")
        json.beginArray()
        for input in context.inputs {
            json.beginObject()
            json.key("path")
            json.string(input.path)
            json.key("role")
            json.string(input.role.rawValue)
            json.key("rows")
            json.beginObject()
            for (key, count) in [
                ("accepted", input.rows.accepted), ("read", input.rows.read), ("rejected", input.rows.rejected),
                ("skipped", input.rows.skipped),
            ] {
                json.key(key)
                json.integer(count)
            }
            json.endObject()
            json.key("sha256")
            json.string(input.sha256)
            json.endObject()
        }
        json.endArray()
        if let boundaries = context.boundaries {
            json.key("map")
            json.beginObject()
            json.key("path")
            json.string(boundaries.path)
            json.key("sha256")
            json.string(boundaries.sha256)
            json.endObject()
        }
        json.key("outputs")
        json.beginArray()
        for output in outputs { json.string(output) }
        json.endArray()
        json.key("sources")
        SummaryJSON.sources(context.sources, &json)
        json.key("started")
        json.string(context.startedAt)
        json.key("tool_version")
        json.string(context.toolVersion)
        json.endObject()
        return json.finish().text
    }
}
