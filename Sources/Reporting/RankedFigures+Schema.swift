import Analysis
import Ingestion

extension RankedFigures {
    /// The `priorities.csv` columns a comparison reads, by header name; a file missing one is
    /// named by the first missing in this order.
    package static let columnNames = [
        "rank", "kode_kecamatan", "kecamatan", "score", "population_year", "required", "training_seats",
    ]

    /// Why a row of `priorities.csv` cannot be read back.
    package enum CellProblem: Error, Equatable {
        /// The row has no cell for the column (it is shorter than the header).
        case missing(column: String)
        /// The cell is not a number of the column's kind.
        case notANumber(column: String, text: String)
        /// The code cell is not a kecamatan code.
        case notACode(column: String, text: String)

        /// The column concerned.
        package var column: String {
            switch self {
            case .missing(let column), .notANumber(let column, _), .notACode(let column, _): column
            }
        }
    }

    /// Reads one ranked kecamatan from its written cells, looked up by column name; the same for
    /// a run read back from its folder and for a run in memory, so both sides of a comparison agree.
    package static func read(_ cell: (String) -> String?) throws(CellProblem) -> RankedFigures {
        func text(_ name: String) throws(CellProblem) -> String {
            guard let text = cell(name) else { throw .missing(column: name) }
            return text
        }
        func number(_ name: String) throws(CellProblem) -> Double {
            let text = try text(name)
            guard let value = Double(text), value.isFinite else { throw .notANumber(column: name, text: text) }
            return value
        }
        let rankText = try text("rank")
        guard let rank = Int(rankText) else { throw .notANumber(column: "rank", text: rankText) }
        let codeText = try text("kode_kecamatan")
        guard case .success(.kecamatan(let code)) = RegionCodeParser.parseKecamatan(codeText) else {
            throw .notACode(column: "kode_kecamatan", text: codeText)
        }
        return RankedFigures(
            code: code, name: try text("kecamatan"), rank: rank, score: try number("score"),
            population: try number("population_year"), required: try number("required"),
            trainingSeats: try number("training_seats"))
    }

    /// The comparison figures of every ranked kecamatan of `analysis`, in rank order, read through
    /// the text ``PriorityRecord/schema`` writes to `priorities.csv`, so a run compared in memory
    /// gives exactly what the same run compared from its folder gives.
    package static func ranking(of analysis: PlanAnalysis) -> [RankedFigures] {
        var allocated: [KecamatanCode: Int] = [:]
        for entry in analysis.allocation.entries { allocated[entry.code, default: 0] += entry.seats }
        let planned = analysis.config.seatsPerYear > 0
        let schema = PriorityRecord.schema
        return PriorityRecord.records(of: analysis).map { record in
            do {
                var figures = try read { schema.column($0)?.text(record) }
                figures.allocatedSeats = planned ? allocated[figures.code, default: 0] : nil
                return figures
            } catch {
                preconditionFailure("priorities.csv's own text does not read back: \(error)")
            }
        }
    }
}
