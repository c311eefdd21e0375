import CSVSupport
import CapplanCommands
import Foundation
import Ingestion

/// The fuzz targets of `make fuzz` (docs/TESTING.md "Fuzzing"). Each takes any bytes and checks a property
/// of capplan on them: `check` returns nil when it holds and says what broke otherwise. A crash, a trap or
/// a hang is the fuzzer's (or the test's) to see; nothing here catches one.
package enum FuzzTarget: String, CaseIterable, Sendable {
    /// The CSV reader on any bytes: the same records, lines and errors whatever the read chunk size, lines
    /// in order, and the digest of the very bytes read.
    case csv
    /// Each input reader (regions, population, roster, scenario, a previous run folder) on any bytes, the
    /// first byte choosing which: every row accounted for (`read = accepted + rejected + skipped`), and no
    /// message echoing a number of 12 digits or more (an ID number).
    case inputs
    /// The plan loader on any bytes; a plan it accepts is then run on a small valid data set: no trap, no
    /// hang, every output published and read back.
    case plan
    /// The whole run on any plan and inputs (the input's sections, split at byte 0x1E: plan, regions,
    /// population, roster, scenario, map): plan → ingestion → analysis → every renderer → publish → the
    /// published ranking read back, twice (the second run reads the first as its previous run, in the
    /// other language), with the properties of `inputs`.
    case pipeline

    /// Checks the property on `bytes`, using `scratch` for the files.
    package func check(_ bytes: [UInt8], in scratch: FuzzScratch) -> String? {
        switch self {
        case .csv: CSVProperty.check(bytes, in: scratch)
        case .inputs: InputsProperty.check(bytes, in: scratch)
        case .plan: PipelineProperty.checkPlan(bytes, in: scratch)
        case .pipeline: PipelineProperty.check(bytes, in: scratch)
        }
    }
}

/// The properties shared by the targets.
package enum Invariants {
    /// The first message holding a run of 12 or more digits once `scratch`'s own path and the file names
    /// the plan gave (`named`: the planner's own words, which messages name) are taken out; nil when none
    /// does. A 16-digit NIK, or any long number, from a file is never echoed (docs/INPUTS.md "How rejects
    /// show a cell").
    package static func echoedNumber(in messages: [String], scratch: FuzzScratch, named: [String] = []) -> String? {
        for message in messages {
            var run = 0
            var text = message
            for name in named.sorted(by: { $0.count > $1.count }) where !name.isEmpty {
                text = text.replacingOccurrences(of: name, with: "")
            }
            for byte in text.replacingOccurrences(of: scratch.path, with: "").utf8 {
                run = (48...57).contains(byte) ? run + 1 : 0
                if run >= 12 { return "a message echoes a number of 12 or more digits: \(message)" }
            }
        }
        return nil
    }

    /// The first file whose rows are not all accounted for; nil when every one is.
    package static func unbalanced(_ counts: [(path: String, counts: RowCounts)]) -> String? {
        for (path, rows) in counts where !rows.balances {
            return "\(path): read \(rows.read) ≠ accepted \(rows.accepted) + rejected \(rows.rejected) + skipped "
                + "\(rows.skipped)"
        }
        return nil
    }
}
