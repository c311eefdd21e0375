import Analysis
import CSVSupport
import CapplanErrors
import Ingestion
import Reporting

/// Reads the ranking of a run folder written by `capplan run` or `capplan whatif` from its
/// `priorities.csv` (docs/OUTPUTS.md), for `capplan compare` and `capplan whatif --baseline`.
enum RunFolderReader {
    /// The largest rank or seat count a run folder can hold: one rank per possible kecamatan code (100 × 100 × 100),
    /// and no more seats than the config's bounds give over the planning years. Anything above is an edited file,
    /// and reading it would overflow the rank and seat arithmetic of a comparison.
    static let maximumRank = 1_000_000
    /// The largest seat count one row of `allocation.csv` may hold (``PlanBounds/maximumSeats``).
    static let maximumSeats = PlanBounds.maximumSeats

    /// Why a run folder cannot be compared.
    struct ReadError: CapplanFailure {
        /// The file concerned.
        let path: String
        /// The line, when the problem is in a row.
        var line: Int? = nil
        /// The column, when the problem is in a cell.
        var column: Int? = nil
        /// What is wrong.
        let problem: String
        /// What to do.
        let hint: String
        /// Input missing (66) for a missing file, else a data error (65): the file is malformed.
        var exitStatus = ExitStatus.dataError

        /// `FILE:LINE:COLUMN: what is wrong — what to do`.
        var message: ProblemMessage {
            ProblemMessage(SourceLocation(path, line: line, column: column), problem, remedy: hint)
        }
    }

    /// The ranking in `folder/priorities.csv`, read by header name (``RankedFigures/columnNames``).
    static func ranking(in folder: String) throws(ReadError) -> [RankedFigures] {
        let path = folder.hasSuffix("/") ? folder + "priorities.csv" : folder + "/priorities.csv"
        var index: [String: Int]?
        var ranking: [RankedFigures] = []
        do {
            _ = try CSVReader(path: path, delimiter: UInt8(ascii: ",")).read { record in
                if record.isBlank { return }
                let cells = (0..<record.count).map { record.string($0) }
                guard let known = index else {
                    if let missing = RankedFigures.columnNames.first(where: { !cells.contains($0) }) {
                        throw ReadError(
                            path: path, line: record.line, problem: "no column \(missing)",
                            hint: "give a run folder written by capplan run or capplan whatif")
                    }
                    index = Dictionary(cells.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
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
                    hint: "give a run folder written by capplan run or capplan whatif", exitStatus: .inputMissing)
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
        var seats: [KecamatanCode: Int] = [:]
        let found = try readColumns(["kode_kecamatan", "seats"], of: "allocation.csv", in: folder) {
            cells, path, line throws(ReadError) in
            guard let count = Int(cells[1]), (0...maximumSeats).contains(count),
                case .success(.kecamatan(let code)) = RegionCodeParser.parseKecamatan(cells[0])
            else {
                throw ReadError(
                    path: path, line: line, problem: "not a kecamatan code and a seat count",
                    hint: "the file has been edited; run capplan again")
            }
            seats[code, default: 0] += count
        }
        return found ? seats : nil
    }

    /// Classes and travel per year from `folder/classes.csv`, nil when the run has no class plan.
    static func classPlan(in folder: String) throws(ReadError) -> ClassPlanSummary? {
        var unit: ClassPlan.Unit?
        var years: [Int: ClassPlanSummary.Year] = [:]
        let found = try readColumns(["tahun", "travel_total", "travel_unit"], of: "classes.csv", in: folder) {
            cells, path, line throws(ReadError) in
            guard let year = Int(cells[0]), PlanBounds.years.contains(year), let travel = Double(cells[1]),
                travel.isFinite, travel >= 0, let rowUnit = ClassPlan.Unit(rawValue: cells[2]),
                unit ?? rowUnit == rowUnit
            else {
                throw ReadError(
                    path: path, line: line, problem: "not a year, a travel figure and the file's one travel unit",
                    hint: "the file has been edited; run capplan again")
            }
            unit = rowUnit
            years[year, default: .init(year: year, classes: 0, travel: 0)].classes += 1
            years[year]?.travel += travel
        }
        guard found else { return nil }
        // A classes.csv of a header alone has no unit to read: its plan has no classes.
        return ClassPlanSummary(unit: unit ?? .kilometres, years: years.values.sorted { $0.year < $1.year })
    }

    /// Reads `columns` of every data row of `folder/file` in order, by header name, giving `row` the cells, the
    /// path and the line; false when the file does not exist (a run without that output).
    private static func readColumns(
        _ columns: [String], of file: String, in folder: String,
        row: ([String], String, Int) throws(ReadError) -> Void
    ) throws(ReadError) -> Bool {
        let path = folder.hasSuffix("/") ? folder + file : folder + "/" + file
        var positions: [Int]?
        do {
            _ = try CSVReader(path: path, delimiter: UInt8(ascii: ",")).read { record in
                if record.isBlank { return }
                guard let known = positions else {
                    let header = (0..<record.count).map { record.string($0) }
                    let found = columns.compactMap { header.firstIndex(of: $0) }
                    guard found.count == columns.count else {
                        throw ReadError(
                            path: path, line: record.line,
                            problem: "no column " + columns.filter { !header.contains($0) }.joined(separator: " or "),
                            hint: "give a run folder written by capplan run or capplan whatif")
                    }
                    positions = found
                    return
                }
                guard record.count > known.max() ?? 0 else {
                    throw ReadError(
                        path: path, line: record.line, problem: "the row is shorter than the header",
                        hint: "the file has been cut or edited; run capplan again")
                }
                try row(known.map { record.string($0) }, path, record.line)
            }
        } catch let error as ReadError {
            throw error
        } catch CSVError.fileNotFound {
            return false
        } catch {
            throw ReadError(path: path, problem: "\(error)", hint: "run capplan again")
        }
        return true
    }

    /// One data row, its cells looked up through the header's `index`.
    private static func figures(
        _ cells: [String], index: [String: Int], path: String, line: Int
    ) throws(ReadError) -> RankedFigures {
        let figures: RankedFigures
        do {
            figures = try RankedFigures.read { name in index[name].flatMap { $0 < cells.count ? cells[$0] : nil } }
        } catch {
            let column = index[error.column].map { $0 + 1 }
            switch error {
            case .missing:
                throw ReadError(
                    path: path, line: line, problem: "the row is shorter than the header",
                    hint: "the file has been cut or edited; run capplan again")
            case .notANumber(let name, let text):
                throw ReadError(
                    path: path, line: line, column: column, problem: "\(name) is not a number (\"\(text)\")",
                    hint: "the file has been edited; run capplan again")
            case .notACode(_, let text):
                throw ReadError(
                    path: path, line: line, column: column, problem: "not a kecamatan code (\"\(text)\")",
                    hint: "the file has been edited; run capplan again")
            }
        }
        guard (1...maximumRank).contains(figures.rank) else {
            throw ReadError(
                path: path, line: line, column: index["rank"].map { $0 + 1 },
                problem: "rank \(figures.rank) is outside 1–\(maximumRank)",
                hint: "the file has been edited; run capplan again")
        }
        return figures
    }
}
