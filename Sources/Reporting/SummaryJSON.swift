import Analysis
import Ingestion

/// `summary.json`: every figure of the CSVs in one document for notebooks and briefs, plus the
/// config the method ran with, the priority components and their weighted contributions, the
/// allocation's classes and unmet need, the class plan (when there is one) beside its naive plans, province and kabupaten totals, the kecamatan left unranked,
/// rejected rows per input and the population sources.
///
/// Written straight to a ``ByteSink`` by ``JSONWriter``: keys sorted and snake_case, every record
/// laid out by its schema, numbers from the same rounded text as the CSVs; no timestamps (the
/// manifest has them), so the same input gives the same bytes.
package enum SummaryJSON {
    /// Renders the document as text, ending in a newline.
    package static func render(_ analysis: PlanAnalysis, context: RunContext) -> String {
        var buffer = ByteBuffer()
        write(analysis, context: context, to: &buffer)
        return buffer.text
    }

    /// Streams the document into `sink`.
    package static func write<Sink: ByteSink>(_ analysis: PlanAnalysis, context: RunContext, to sink: inout Sink) {
        sink.forwarding { forwarding in
            var json = JSONWriter(into: forwarding)
            document(analysis, context: context, &json)
            forwarding = json.finish()
        }
    }

    /// The document, written by `json` (one concrete writer, so the code is compiled for it).
    private static func document(
        _ analysis: PlanAnalysis, context: RunContext, _ json: inout JSONWriter<ForwardingSink>
    ) {
        json.beginObject()
        json.key("allocation")
        json.beginObject()
        json.key("entries")
        array(analysis.allocation.entries, AllocationEntry.schema, &json)
        json.key("years")
        array(analysis.allocation.years, AllocationYear.schema, &json)
        json.endObject()
        if case .success(let plan) = analysis.classPlan {
            json.key("class_plan")
            json.beginObject()
            json.key("classes")
            array(ClassRow.rows(plan), ClassRow.schema, &json)
            json.key("years")
            array(ClassPlanYearRow.rows(plan), ClassPlanYearRow.schema, &json)
            json.endObject()
        }
        json.key("config")
        config(analysis.config, &json)
        json.key("kabupaten")
        regions(analysis.kabupaten, &json)
        json.key("kecamatan")
        array(PriorityRecord.records(of: analysis), PriorityRecord.schema, &json)
        json.key("no_population_data")
        json.beginArray()
        for unranked in analysis.unranked {
            json.beginObject()
            json.key("kabupaten")
            json.string(unranked.kabupaten)
            json.key("kecamatan")
            json.string(unranked.name)
            json.key("kode_kecamatan")
            json.string(unranked.code.description)
            json.endObject()
        }
        json.endArray()
        json.key("projection")
        projection(analysis, &json)
        json.key("provinces")
        regions(analysis.provinces, &json)
        json.key("rejected_rows")
        json.beginArray()
        for input in context.inputs {
            json.beginObject()
            json.key("path")
            json.string(input.path)
            json.key("rejected")
            json.integer(input.rows.rejected)
            json.key("role")
            json.string(input.role.rawValue)
            json.endObject()
        }
        json.endArray()
        json.key("sources")
        sources(context.sources, &json)
        json.key("years")
        json.beginObject()
        json.key("base")
        json.integer(analysis.years.base)
        json.key("horizon")
        json.integer(analysis.years.horizon)
        json.key("priority")
        json.integer(analysis.years.priority)
        json.endObject()
        json.endObject()
    }

    /// An array of records, each an object laid out by `schema`.
    static func array<Row, Sink>(_ rows: [Row], _ schema: RecordSchema<Row>, _ json: inout JSONWriter<Sink>) {
        let layout = schema.jsonLayout
        json.beginArray()
        for row in rows { layout.write(row, to: &json) }
        json.endArray()
    }

    /// Each kecamatan's projection series: `{kecamatan, kode_kecamatan, years: [...]}`.
    private static func projection<Sink>(_ analysis: PlanAnalysis, _ json: inout JSONWriter<Sink>) {
        let layout = ProjectionRecord.schema.jsonLayout
        json.beginArray()
        for kecamatan in analysis.kecamatan {
            json.beginObject()
            json.key("kecamatan")
            json.string(kecamatan.name)
            json.key("kode_kecamatan")
            json.string(kecamatan.code.description)
            json.key("years")
            json.beginArray()
            for year in kecamatan.years {
                layout.write(ProjectionRecord(code: kecamatan.code, name: kecamatan.name, figures: year), to: &json)
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
    }

    /// Provinces or kabupaten: `{kode, nama, years: [...]}`.
    private static func regions<Sink>(_ regions: [RegionTotals], _ json: inout JSONWriter<Sink>) {
        json.beginArray()
        for region in regions {
            json.beginObject()
            json.key("kode")
            json.string(region.code)
            json.key("nama")
            json.string(region.name)
            json.key("years")
            array(region.years, TotalFigures.schema, &json)
            json.endObject()
        }
        json.endArray()
    }

    /// Each `sumber` of the population data with the figures it gave (also in the manifest).
    static func sources<Sink>(_ sources: [(source: String, figures: Int)], _ json: inout JSONWriter<Sink>) {
        json.beginArray()
        for source in sources {
            json.beginObject()
            json.key("figures")
            json.integer(source.figures)
            json.key("source")
            json.string(source.source)
            json.endObject()
        }
        json.endArray()
    }
}
