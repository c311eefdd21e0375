import CapplanCommands

/// The `capplan` executable: everything lives in the CapplanCommands library so it can be tested.
@main
struct Entrypoint {
    static func main() {
        Capplan.runMain()
    }
}
