import Analysis
import CSVSupport
import Ingestion

/// Reads the ranking of a run folder written by `capplan run` or `capplan whatif` from its
/// `priorities.csv` (SPEC §4), for `capplan compare` and `capplan whatif --baseline`.
enum RunFolderReader {
    /// Why a run folder cannot be compared.
    struct ReadError: Error, CustomStringConvertible {
        /// The file concerned.
        let path: String
        /// Line and column, when the problem is in a cell.
        var line: Int? = nil
        var column: Int? = nil
        /// What is wrong.
        let problem: String
        /// What to do.
        let hint: String
        /// The file is missing or unreadable (exit 66) rather than malformed (65).
        var isMissing = false

        /// `FILE:LINE:COLUMN: what is wrong — what to do`.
        var description: String {
            let place = [path] + [line, column].compactMap { $0.map(String.init) }
            return "\(place.joined(separator: ":")): \(problem) — \(hint)"
        }
    }

    /// The columns read, by name.
    static let columns = [
        "rank", "kode_kecamatan", "kecamatan", "score", "population_year", "required", "training_seats",
    ]

    /// The ranking in `folder/priorities.csv`.
    static func ranking(in folder: String) throws(ReadError) -> [RankedFigures] {
        let path = folder.hasSuffix("/") ? folder + "priorities.csv" : folder + "/priorities.csv"
        var index: [Int]?
        var ranking: [RankedFigures] = []
        do {
            _ = try CSVReader(path: path, delimiter: UInt8(ascii: ",")).read { record in
                if record.isBlank { return }
                let cells = (0..<record.count).map { record.string($0) }
                guard let known = index else {
                    let found = columns.map { cells.firstIndex(of: $0) }
                    if let missing = columns.indices.first(where: { found[$0] == nil }) {
                        throw ReadError(
                            path: path, line: record.line, problem: "no column \(columns[missing])",
                            hint: "give a run folder written by capplan run or capplan whatif")
                    }
                    index = found.map { $0! }
                    return
                }
                ranking.append(try figures(cells, index: known, path: path, line: record.line))
            }
        } catch let error as ReadError {
            throw error
        } catch let error as CSVError {
            var failure = ReadError(
                path: path, problem: error.description, hint: "give a run folder written by capplan run or whatif")
            if case .fileNotFound = error {
                failure = ReadError(
                    path: path, problem: "no such file",
                    hint: "give a run folder written by capplan run or capplan whatif", isMissing: true)
            }
            throw failure
        } catch {
            throw ReadError(path: path, problem: "\(error)", hint: "check the file")
        }
        guard index != nil else {
            throw ReadError(path: path, problem: "empty file", hint: "give a run folder written by capplan run")
        }
        guard let allocated = try allocation(in: folder) else { return ranking }
        return ranking.map { figures in
            var figures = figures
            figures.allocatedSeats = allocated[figures.code, default: 0]
            return figures
        }
    }

    /// Seats per kecamatan over all years from `folder/allocation.csv`, nil when the run has none.
    static func allocation(in folder: String) throws(ReadError) -> [KecamatanCode: Int]? {
        let path = folder.hasSuffix("/") ? folder + "allocation.csv" : folder + "/allocation.csv"
        var columns: (code: Int, seats: Int)?
        var seats: [KecamatanCode: Int] = [:]
        do {
            _ = try CSVReader(path: path, delimiter: UInt8(ascii: ",")).read { record in
                if record.isBlank { return }
                guard let known = columns else {
                    let header = (0..<record.count).map { record.string($0) }
                    guard let code = header.firstIndex(of: "kode_kecamatan"), let count = header.firstIndex(of: "seats")
                    else {
                        throw ReadError(
                            path: path, line: record.line, problem: "no column kode_kecamatan or seats",
                            hint: "give a run folder written by capplan run or capplan whatif")
                    }
                    columns = (code, count)
                    return
                }
                guard record.count > max(known.code, known.seats), let count = Int(record.string(known.seats)),
                    case .success(.kecamatan(let code)) = RegionCodeParser.parseKecamatan(record.string(known.code))
                else {
                    throw ReadError(
                        path: path, line: record.line, problem: "not a kecamatan code and a seat count",
                        hint: "the file has been edited; run capplan again")
                }
                seats[code, default: 0] += count
            }
        } catch let error as ReadError {
            throw error
        } catch CSVError.fileNotFound {
            return nil
        } catch {
            throw ReadError(path: path, problem: "\(error)", hint: "run capplan again")
        }
        return seats
    }

    /// One data row.
    private static func figures(
        _ cells: [String], index: [Int], path: String, line: Int
    ) throws(ReadError)
        -> RankedFigures
    {
        func cell(_ column: Int) throws(ReadError) -> String {
            guard index[column] < cells.count else {
                throw ReadError(
                    path: path, line: line, problem: "the row is shorter than the header",
                    hint: "the file has been cut or edited; run capplan again")
            }
            return cells[index[column]]
        }
        func number(_ column: Int) throws(ReadError) -> Double {
            let text = try cell(column)
            guard let value = Double(text), value.isFinite else {
                throw ReadError(
                    path: path, line: line, column: index[column] + 1,
                    problem: "\(columns[column]) is not a number (\"\(text)\")",
                    hint: "the file has been edited; run capplan again")
            }
            return value
        }
        let codeText = try cell(1)
        guard case .success(.kecamatan(let code)) = RegionCodeParser.parseKecamatan(codeText) else {
            throw ReadError(
                path: path, line: line, column: index[1] + 1, problem: "not a kecamatan code (\"\(codeText)\")",
                hint: "the file has been edited; run capplan again")
        }
        let rank = try number(0)
        return RankedFigures(
            code: code, name: try cell(2), rank: Int(rank), score: try number(3), population: try number(4),
            required: try number(5), trainingSeats: try number(6))
    }
}
