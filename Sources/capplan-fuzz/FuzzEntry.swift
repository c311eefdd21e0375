import CapplanFuzzing
import Foundation

// Built two ways (docs/TESTING.md "Fuzzing"):
// - with `-sanitize=fuzzer -D CAPPLAN_LIBFUZZER` (`make fuzz`), libFuzzer's driver calls
//   `LLVMFuzzerTestOneInput` with each input, for the target named by CAPPLAN_FUZZ_TARGET;
// - otherwise it is `capplan-fuzz TARGET FILE-OR-FOLDER...`, which checks the target's property on each
//   file (a corpus, a crash the fuzzer saved) and exits 1 when one breaks it.

#if CAPPLAN_LIBFUZZER
    import CFuzzerDriver

    /// The entry point SwiftPM gives this executable (its module's name + `_main`): libFuzzer's driver.
    @_cdecl("capplan_fuzz_main")
    package func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
            fuzzOne(data, size)
        }
    }

    /// The target named by CAPPLAN_FUZZ_TARGET, and its scratch folder, made on the first input.
    nonisolated(unsafe) private var session: (target: FuzzTarget, scratch: FuzzScratch)?

    /// One input: checks the property, and traps (a finding) when it breaks. Also libFuzzer's own entry,
    /// which its runtime refers to.
    @_cdecl("LLVMFuzzerTestOneInput")
    package func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        if session == nil {
            let name = ProcessInfo.processInfo.environment["CAPPLAN_FUZZ_TARGET"] ?? ""
            guard let target = FuzzTarget(rawValue: name) else {
                fatalError(
                    "set CAPPLAN_FUZZ_TARGET to one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            session = (target, try! FuzzScratch())
        }
        let (target, scratch) = session!
        if let broken = target.check(Array(UnsafeBufferPointer(start: data, count: size)), in: scratch) {
            fatalError("property broken: \(broken)")
        }
        return 0
    }
#else
    @main
    struct FuzzReplay {
        static func main() throws {
            let arguments = Array(CommandLine.arguments.dropFirst())
            guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count > 1 else {
                let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
                FileHandle.standardError.write(Data("usage: capplan-fuzz \(names) FILE-OR-FOLDER...\n".utf8))
                exit(64)
            }
            let scratch = try FuzzScratch()
            var checked = 0
            var broken = 0
            for path in FuzzCorpus.files(arguments.dropFirst()) {
                checked += 1
                let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
                if let problem = target.check(bytes, in: scratch) {
                    broken += 1
                    FileHandle.standardError.write(Data("\(path): \(problem)\n".utf8))
                }
            }
            print("\(target.rawValue): \(checked) inputs checked, \(broken) broke the property")
            exit(broken == 0 ? 0 : 1)
        }
    }
#endif
